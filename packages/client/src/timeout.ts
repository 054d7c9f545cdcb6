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

/** Makes `controller` abort when `signal` does; returns the function that undoes the link. */
export function follow(signal: AbortSignal, controller: AbortController): () => void {
  const onAbort = () => controller.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}
