// How the caller's signal, the per-attempt deadline and the limiter's queue combine: what a custom fetch
// sees on the signal it is given, and what a long-lived signal (one per page or per job, reused for many
// calls) leaves behind once the calls it covered have started or ended.
import { describe, expect, it } from 'vitest';
import { createTmdbClient, type FetchFunction, RateLimiter } from '../src/index.js';
import { configuration, TOKEN } from './support/fixtures.js';

/** A fetch that answers only when its signal aborts, and reports the signal it was given. */
function fetchWaitingForAbort(seen: (signal: AbortSignal) => void): FetchFunction {
  return (_input, init) =>
    new Promise((_resolve, reject) => {
      const signal = init?.signal;
      if (!signal) throw new Error('the client sent no signal');
      seen(signal);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
}

const client = (fetch: FetchFunction, timeout: number | false = false) =>
  createTmdbClient({
    accessToken: TOKEN,
    baseUrl: 'https://api.example.test',
    fetch,
    retry: false,
    rateLimit: false,
    timeout,
  });

describe('the signal a custom fetch is given', () => {
  it('aborts with the caller’s own reason', async () => {
    const reasons: unknown[] = [];
    const tmdb = client(
      fetchWaitingForAbort((signal) => signal.addEventListener('abort', () => reasons.push(signal.reason))),
    );
    const controller = new AbortController();
    const reason = new Error('user left the page');

    const call = tmdb.GET('/3/configuration', { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 10);

    await expect(call).rejects.toBe(reason);
    expect(reasons).toEqual([reason]);
  });

  it('aborts with a TimeoutError naming the limit when the attempt’s deadline passes', async () => {
    const reasons: unknown[] = [];
    const tmdb = client(
      fetchWaitingForAbort((signal) => signal.addEventListener('abort', () => reasons.push(signal.reason))),
      25,
    );

    await expect(tmdb.GET('/3/configuration')).rejects.toMatchObject({ kind: 'timeout' });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toBeInstanceOf(DOMException);
    expect(reasons[0]).toMatchObject({ name: 'TimeoutError', message: 'timed out after 25 ms' });
  });

  it('does not abort later, once the call has succeeded', async () => {
    const signals: AbortSignal[] = [];
    const tmdb = client(async (_input, init) => {
      if (init?.signal) signals.push(init.signal);
      return Response.json(configuration);
    }, 20);

    expect((await tmdb.GET('/3/configuration')).data).toEqual(configuration);
    await new Promise((resolve) => setTimeout(resolve, 60));

    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(false);
  });
});

describe('a long-lived signal shared by queued requests', () => {
  it('aborting it after its request has started does not drop the next one waiting', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 1 });
    const holding = limiter.tryAcquire();
    if (!holding) throw new Error('the limiter should have had a free slot');
    const page = new AbortController();

    const started = limiter.acquire(page.signal);
    holding();
    const releaseStarted = await started;
    const waiting = limiter.acquire();
    expect(limiter.pending).toBe(1);

    // The page goes away while its request is running: only that request's own code reacts to it.
    page.abort(new Error('page closed'));
    expect(limiter.pending).toBe(1);
    releaseStarted();

    const releaseWaiting = await waiting;
    expect(limiter.active).toBe(1);
    releaseWaiting();
    expect(limiter.active).toBe(0);
  });

  it('queues a request without a signal and starts it once a slot is free', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 1 });
    const first = await limiter.acquire();
    const second = limiter.acquire();
    expect(limiter.pending).toBe(1);
    first();
    const release = await second;
    expect(limiter.active).toBe(1);
    release();
  });
});
