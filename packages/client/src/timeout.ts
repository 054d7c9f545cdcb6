import { NEVER_ABORTED } from './caller-request.js';

/** An attempt's deadline: aborts `controller` after `timeoutMs` unless cleared first. */
export interface Deadline {
  /** True once the deadline (not the caller) aborted the controller. */
  passed(): boolean;
  clear(): void;
}

export function deadline(controller: AbortController, timeoutMs: number): Deadline {
  let passed = false;
  const timer = setTimeout(() => {
    passed = true;
    controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  return { passed: () => passed, clear: () => clearTimeout(timer) };
}

/**
 * Calls `listener` once `signal` aborts (at once if it already has); returns the function that stops
 * listening. Calls that passed no signal share `NEVER_ABORTED`, which is not listened to at all: thousands of
 * waiting requests would otherwise pile listeners (and leak warnings) onto that one signal.
 */
export function onAbort(signal: AbortSignal, listener: () => void): () => void {
  if (signal === NEVER_ABORTED) return () => {};
  if (signal.aborted) {
    listener();
    return () => {};
  }
  signal.addEventListener('abort', listener, { once: true });
  return () => signal.removeEventListener('abort', listener);
}

/** Makes `controller` abort when `signal` does; returns the function that undoes the link. */
export function follow(signal: AbortSignal, controller: AbortController): () => void {
  return onAbort(signal, () => controller.abort(signal.reason));
}
