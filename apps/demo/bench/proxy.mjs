// What the demo server's /tmdb proxy costs: requests per second and median latency through the proxy,
// side by side with the same requests sent straight to the mock (the baseline). Both run in this process
// against one mock with no simulated latency, so the ratio is the proxy's own overhead at its worst; against
// the real TMDB, network time dwarfs it.
//
//   pnpm --filter @tmdb-kit/mock build && node apps/demo/bench/proxy.mjs [requestsPerRound]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MOCK_ACCESS_TOKEN, startMockServer } from '@tmdb-kit/mock';

const DEMO_ROOT = join(import.meta.dirname, '..');
const REQUESTS = /^\d+$/.test(process.argv[2] ?? '') ? Number(process.argv[2]) : 600;
const ROUNDS = 3;
const CONCURRENCY = 8;

const scenarios = [
  ['configuration', '/3/configuration'],
  ['search movie', '/3/search/movie?query=the'],
  ['movie details + 4 appends', '/3/movie/1001?append_to_response=credits,videos,images,recommendations'],
  ['trending all (day)', '/3/trending/all/day'],
];

// The server is TypeScript; compile it if `pnpm build` has not.
const serverModule = join(DEMO_ROOT, 'dist/server/demo-server.js');
if (!existsSync(serverModule)) {
  const tsc = spawnSync(join(DEMO_ROOT, '../../node_modules/.bin/tsc'), ['-p', 'tsconfig.server.json'], {
    cwd: DEMO_ROOT,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) process.exit(1);
}
const { startDemoServer } = await import(serverModule);

const publicDir = mkdtempSync(join(tmpdir(), 'tmdb-kit-demo-bench-'));
writeFileSync(join(publicDir, 'index.html'), '<!doctype html><!--demo-config-->');
const mock = await startMockServer();
const demo = await startDemoServer({
  publicDir,
  upstreamUrl: mock.url,
  accessToken: MOCK_ACCESS_TOKEN,
  config: { mode: 'mock' },
});

/** `REQUESTS` GETs with `CONCURRENCY` in flight: requests per second and the median latency in ms. */
async function measure(url, headers) {
  const latencies = [];
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const started = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: REQUESTS / seconds, median: latencies[Math.floor(latencies.length / 2)] ?? 0 };
}

const direct = { authorization: `Bearer ${MOCK_ACCESS_TOKEN}` };
const columns = ['scenario'.padEnd(28), 'mock req/s', 'proxy req/s', 'ratio', 'mock p50', 'proxy p50'];
console.log(`${REQUESTS} requests per round, ${CONCURRENCY} in flight, best of ${ROUNDS} alternating rounds`);
console.log(columns.map((column, index) => (index === 0 ? column : column.padStart(12))).join(''));
try {
  for (const [name, path] of scenarios) {
    await measure(`${mock.url}${path}`, direct); // warm-up
    let baseline = { perSecond: 0, median: Number.POSITIVE_INFINITY };
    let proxied = { perSecond: 0, median: Number.POSITIVE_INFINITY };
    // Alternating rounds, so that a slower moment of the machine hits both sides alike.
    for (let round = 0; round < ROUNDS; round++) {
      const a = await measure(`${mock.url}${path}`, direct);
      const b = await measure(`${demo.url}/tmdb${path}`, {});
      if (a.perSecond > baseline.perSecond) baseline = a;
      if (b.perSecond > proxied.perSecond) proxied = b;
    }
    console.log(
      [
        name.padEnd(28),
        baseline.perSecond.toFixed(0).padStart(12),
        proxied.perSecond.toFixed(0).padStart(12),
        `${(proxied.perSecond / baseline.perSecond).toFixed(2)}×`.padStart(12),
        `${baseline.median.toFixed(2)} ms`.padStart(12),
        `${proxied.median.toFixed(2)} ms`.padStart(12),
      ].join(''),
    );
  }
} finally {
  await demo.close();
  await mock.close();
  rmSync(publicDir, { recursive: true, force: true });
}
