/** A signal that aborts when the caller's does or when `timeoutMs` passes, whichever comes first. */
export interface TimedSignal {
  readonly signal: AbortSignal;
  /** True once the timer (not the caller) aborted the signal. */
  timedOut(): boolean;
  /** Stops the timer and unhooks from the caller's signal; call it when the attempt is over. */
  dispose(): void;
}

/**
 * Links a per-attempt timeout to the caller's `AbortSignal`. Written by hand rather than with
 * `AbortSignal.any` + `AbortSignal.timeout` because those keep their timers and listeners alive until they
 * fire, which under load accumulates thousands of pending timers; this one is released when the attempt ends.
 */
export function withTimeout(callerSignal: AbortSignal, timeoutMs: number): TimedSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(callerSignal.reason);
  if (callerSignal.aborted) onCallerAbort();
  else callerSignal.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      callerSignal.removeEventListener('abort', onCallerAbort);
    },
  };
}
