// The in-process cost of answering (routing, validation, handler, projection, serialisation), per operation,
// side by side with a baseline that only serialises the same body: the ratio is what the fake adds.
// MSW handlers pay exactly this cost per request.
//
//   pnpm --filter @tmdb-kit/mock build && node packages/mock/bench/engine.mjs [iterations]
import { performance } from 'node:perf_hooks';
import { createMockEngine, MOCK_ACCESS_TOKEN } from '../dist/index.js';

const ITERATIONS = Number(process.argv[2] ?? 3000);
const engine = createMockEngine({ now: () => Date.parse('2026-11-28T12:00:00Z') });
const request = (path) => ({
  method: 'GET',
  url: new URL(path, 'http://mock.invalid'),
  authorization: `Bearer ${MOCK_ACCESS_TOKEN}`,
  bodyText: undefined,
});

const scenarios = [
  ['configuration', '/3/configuration'],
  ['search movie', '/3/search/movie?query=the'],
  [
    'movie details + 5 appends',
    '/3/movie/1001?append_to_response=credits,videos,images,recommendations,release_dates',
  ],
  ['discover movie (filters)', '/3/discover/movie?with_genres=18|878&sort_by=vote_average.desc'],
  ['tv details + 2 seasons', '/3/tv/2001?append_to_response=season/1,season/2,aggregate_credits'],
  ['trending all (week)', '/3/trending/all/week'],
  ['find by imdb id', '/3/find/tt9001001?external_source=imdb_id'],
];

function perSecond(work) {
  for (let index = 0; index < ITERATIONS / 10; index++) work();
  const started = performance.now();
  for (let index = 0; index < ITERATIONS; index++) work();
  return ITERATIONS / ((performance.now() - started) / 1000);
}

async function perSecondAsync(work) {
  for (let index = 0; index < ITERATIONS / 10; index++) await work();
  const started = performance.now();
  for (let index = 0; index < ITERATIONS; index++) await work();
  return ITERATIONS / ((performance.now() - started) / 1000);
}

console.log(`${ITERATIONS} iterations per scenario`);
console.log(
  `${'scenario'.padEnd(30)} ${'baseline ops/s'.padStart(15)} ${'engine ops/s'.padStart(13)} ${'engine/baseline'.padStart(16)}`,
);
for (const [name, path] of scenarios) {
  const body = JSON.parse((await engine.handle(request(path))).body);
  const base = perSecond(() => JSON.stringify(body));
  const fake = await perSecondAsync(() => engine.handle(request(path)));
  console.log(
    `${name.padEnd(30)} ${base.toFixed(0).padStart(15)} ${fake.toFixed(0).padStart(13)} ${(fake / base).toFixed(3).padStart(16)}`,
  );
}
