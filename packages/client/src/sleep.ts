import { withTimeout } from './timeout.js';

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  const timer = withTimeout(signal, ms);
  await new Promise((resolve) => timer.signal.addEventListener('abort', resolve, { once: true }));
  timer.dispose();
  if (!timer.timedOut()) throw signal.reason;
}
