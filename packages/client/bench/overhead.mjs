// Per-request cost of @tmdb-kit/client with its defaults on (timeout, retry, de-duplication, error
// normalisation, rate limiter bookkeeping), side by side with bare openapi-fetch and raw fetch, against
// one loopback server running in a child process (so it does not share the client's core).
//
//   node packages/client/bench/overhead.mjs [requestsPerClient]
//
// A loopback base URL gets no limiter by default; ours is given an unthrottled one, so that the limiter's
// bookkeeping (which a client of TMDB pays) is measured but not its waits (TMDB's 50 requests per second).
// Every request has its own URL, so de-duplication never helps.
//
// Goal: the client's per-request CPU cost at most 1.15× bare openapi-fetch's (reported, not enforced:
// a shared machine's noise would make a hard failure flaky). Bytes and microseconds beyond that are not
// worth structure: a client limited to 50 requests per second spends its time waiting on TMDB.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { bundle } from './lib/bundle.mjs';

const REQUESTS = Number(process.argv[2] ?? 6000);
const BATCH = 200;
const TOKEN = 'bench-read-access-token-0123456789';

// The client, bundled from src/ together with the openapi-fetch it ships with.
const dir = mkdtempSync(join(tmpdir(), 'tmdb-client-bench-'));
const modulePath = join(dir, 'client.mjs');
writeFileSync(
  modulePath,
  await bundle(
    `export { createTmdbClient, RateLimiter } from './src/index.ts';\nexport { default as createClient } from 'openapi-fetch';`,
    { platform: 'node' },
  ),
);
const { createTmdbClient, RateLimiter, createClient } = await import(pathToFileURL(modulePath).href);

const server = fork(new URL('./lib/server.mjs', import.meta.url), {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const port = await new Promise((resolve) => server.once('message', resolve));
const baseUrl = `http://127.0.0.1:${port}`;

const ours = createTmdbClient({
  accessToken: TOKEN,
  baseUrl,
  rateLimit: new RateLimiter({ requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 64 }),
});
const bare = createClient({ baseUrl, headers: { Authorization: `Bearer ${TOKEN}` } });
const headers = { Authorization: `Bearer ${TOKEN}` };

let id = 0;
const contestants = {
  'raw fetch': async () => {
    const response = await fetch(`${baseUrl}/3/movie/${++id}`, { headers });
    const data = await response.json();
    if (!response.ok || data.id !== 1001) throw new Error('bad answer');
  },
  'openapi-fetch': async () => {
    const { data } = await bare.GET('/3/movie/{movie_id}', { params: { path: { movie_id: ++id } } });
    if (data?.id !== 1001) throw new Error('bad answer');
  },
  '@tmdb-kit/client': async () => {
    const { data } = await ours.GET('/3/movie/{movie_id}', { params: { path: { movie_id: ++id } } });
    if (data?.id !== 1001) throw new Error('bad answer');
  },
};

/**
 * Runs `count` calls with `concurrency` in flight; returns the wall time and the client process's CPU time
 * (on a busy machine the wall clock swings with everything else running; the client's CPU much less).
 */
async function batch(call, concurrency, count) {
  let remaining = count;
  const worker = async () => {
    while (remaining-- > 0) await call();
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Interleaves the contestants in small batches, many times over, so that the machine's changing load is
 * shared evenly between them; returns each one's req/s and CPU µs per request over all its batches.
 */
async function compare(concurrency) {
  const totals = Object.fromEntries(Object.keys(contestants).map((name) => [name, { ms: 0, cpuMs: 0 }]));
  for (const call of Object.values(contestants)) await batch(call, concurrency, BATCH); // warm up
  for (let round = 0; round < REQUESTS / BATCH; round++) {
    for (const [name, call] of Object.entries(contestants)) {
      const { ms, cpuMs } = await batch(call, concurrency, BATCH);
      totals[name].ms += ms;
      totals[name].cpuMs += cpuMs;
    }
  }
  return Object.fromEntries(
    Object.entries(totals).map(([name, { ms, cpuMs }]) => [
      name,
      { rate: REQUESTS / (ms / 1000), cpu: (cpuMs * 1000) / REQUESTS },
    ]),
  );
}

try {
  console.log(
    `${REQUESTS} requests per client, interleaved in batches of ${BATCH}, keep-alive, one loopback server`,
  );
  console.log(
    'req/s: wall clock (noisy on a shared machine); CPU µs/req: time the client process spent per request',
  );
  for (const concurrency of [1, 8]) {
    const results = await compare(concurrency);
    const base = results['openapi-fetch'];
    console.log(`\nconcurrency ${concurrency}`);
    console.log(
      `${'client'.padEnd(18)} ${'req/s'.padStart(8)} ${'vs openapi-fetch'.padStart(17)} ${'CPU µs/req'.padStart(11)} ${'vs openapi-fetch'.padStart(17)}`,
    );
    for (const [name, { rate, cpu }] of Object.entries(results)) {
      const slower = `×${(base.rate / rate).toFixed(2)}`;
      const costlier = `×${(cpu / base.cpu).toFixed(2)}`;
      console.log(
        `${name.padEnd(18)} ${rate.toFixed(0).padStart(8)} ${slower.padStart(17)} ${cpu.toFixed(0).padStart(11)} ${costlier.padStart(17)}`,
      );
    }
    const ratio = results['@tmdb-kit/client'].cpu / base.cpu;
    console.log(
      `goal: @tmdb-kit/client CPU ≤ ×1.15 openapi-fetch → ×${ratio.toFixed(2)} (${ratio <= 1.15 ? 'ok' : 'over'})`,
    );
  }
} finally {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
