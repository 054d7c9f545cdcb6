/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const settle = (aborted: boolean) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      aborted ? reject(signal.reason) : resolve();
    };
    const onAbort = () => settle(true);
    const timer = setTimeout(settle, ms, false);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
