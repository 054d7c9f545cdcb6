// Throughput of the fake over real HTTP, side by side with a baseline: a bare node:http server that answers
// the same URL with the same bytes, precomputed. The ratio is the fake's cost on top of HTTP itself.
//
//   pnpm --filter @tmdb-kit/mock build && node packages/mock/bench/throughput.mjs [requestsPerScenario]
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { MOCK_ACCESS_TOKEN, startMockServer } from '../dist/index.js';

const REQUESTS = Number(process.argv[2] ?? 1500);
const CONCURRENCY = 8;
const headers = { authorization: `Bearer ${MOCK_ACCESS_TOKEN}` };

const scenarios = [
  ['configuration', '/3/configuration'],
  ['search movie', '/3/search/movie?query=the'],
  [
    'movie details + 5 appends',
    '/3/movie/1001?append_to_response=credits,videos,images,recommendations,release_dates',
  ],
  [
    'discover movie (filters)',
    '/3/discover/movie?with_genres=18|878&sort_by=vote_average.desc&primary_release_date.gte=2000-01-01',
  ],
  ['tv details + 2 seasons', '/3/tv/2001?append_to_response=season/1,season/2,aggregate_credits'],
  ['person combined credits', '/3/person/3001/combined_credits'],
];

async function run(baseUrl, path) {
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const response = await fetch(baseUrl + path, { headers });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return REQUESTS / ((performance.now() - started) / 1000);
}

const mock = await startMockServer({ now: () => Date.parse('2026-11-28T12:00:00Z') });
const bodies = new Map();
for (const [, path] of scenarios) bodies.set(path, await (await fetch(mock.url + path, { headers })).text());
const baseline = createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
  response.end(bodies.get(request.url) ?? '{}');
});
await new Promise((resolve) => baseline.listen(0, '127.0.0.1', resolve));
const baselineUrl = `http://127.0.0.1:${baseline.address().port}`;

console.log(`${REQUESTS} requests per scenario, ${CONCURRENCY} concurrent, keep-alive fetch`);
console.log(
  `${'scenario'.padEnd(30)} ${'baseline req/s'.padStart(15)} ${'mock req/s'.padStart(12)} ${'mock/baseline'.padStart(14)}`,
);
try {
  for (const [name, path] of scenarios) {
    await run(baselineUrl, path); // warm both paths up before measuring
    await run(mock.url, path);
    const base = await run(baselineUrl, path);
    const fake = await run(mock.url, path);
    console.log(
      `${name.padEnd(30)} ${base.toFixed(0).padStart(15)} ${fake.toFixed(0).padStart(12)} ${(fake / base).toFixed(2).padStart(14)}`,
    );
  }
} finally {
  await mock.close();
  baseline.closeAllConnections();
  await new Promise((resolve) => baseline.close(resolve));
}
