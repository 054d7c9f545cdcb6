// Abort-signal helpers shared by the pipeline's stages (transport, retry, rate limit, de-duplication).

/**
 * Calls `listener` once `signal` aborts (at once if it already has); returns the function that stops
 * listening. Without a signal there is nothing to listen to.
 */
export function onAbort(signal: AbortSignal | undefined, listener: () => void): () => void {
  if (!signal) return () => {};
  if (signal.aborted) {
    listener();
    return () => {};
  }
  signal.addEventListener('abort', listener, { once: true });
  return () => signal.removeEventListener('abort', listener);
}

/** Makes `controller` abort, with the same reason, when `signal` does; returns the function that undoes it. */
export function follow(signal: AbortSignal, controller: AbortController): () => void {
  return onAbort(signal, () => controller.abort(signal.reason));
}

/** An attempt's deadline: aborts `controller` after `ms` unless cleared first. */
export interface Deadline {
  /** True once the deadline (not the caller) aborted the controller. */
  passed(): boolean;
  clear(): void;
}

export function deadline(controller: AbortController, ms: number): Deadline {
  let passed = false;
  const timer = setTimeout(() => {
    passed = true;
    controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError'));
  }, ms);
  return { passed: () => passed, clear: () => clearTimeout(timer) };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(() => {
      stop();
      resolve();
    }, ms);
    const stop = onAbort(signal, () => {
      clearTimeout(timer);
      reject(signal?.reason);
    });
  });
}
