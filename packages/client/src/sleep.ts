import { deadline, follow } from './timeout.js';

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  const controller = new AbortController();
  const unfollow = follow(signal, controller);
  const timer = deadline(controller, ms);
  await new Promise((resolve) => controller.signal.addEventListener('abort', resolve, { once: true }));
  unfollow();
  timer.clear();
  if (!timer.passed()) throw signal.reason;
}
