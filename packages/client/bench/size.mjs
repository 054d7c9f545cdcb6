// Bundle size of @tmdb-kit/client as an application ships it: esbuild (browser platform, minified, ES2022)
// and gzip (zlib, level 9), openapi-fetch included, side by side with openapi-fetch alone. Fails when the
// client itself, `createTmdbClient` with every default on, is above its 8 kB ceiling (8000 bytes).
//
//   node packages/client/bench/size.mjs
//
// The helpers (paginate, details, sessions, image URLs, login flows, response cache) are separate exports
// so that an application pays only for those it imports; they are measured here too, together.
import { gzipSync } from 'node:zlib';
import { bundle } from './lib/bundle.mjs';

const BUDGET = 8000;

const entries = [
  ['openapi-fetch alone (baseline)', `export { default } from 'openapi-fetch';`],
  ['createTmdbClient (the client)', `export { createTmdbClient } from './src/index.ts';`],
  [
    'client + paginate, details, sessions, images',
    `export { createTmdbClient, paginate, details, withSession, withGuestSession, imageUrls, unwrap, orThrow, isTmdbError } from './src/index.ts';`,
  ],
  ['every export', `export * from './src/index.ts';`],
];

const sizes = [];
for (const [name, contents] of entries) {
  // `browser` also proves the bundle needs no Node built-in: esbuild fails on an unresolvable `node:` import.
  const code = await bundle(contents, { minify: true, platform: 'browser' });
  if (/\bnode:/.test(code)) throw new Error(`${name}: the browser bundle refers to a Node built-in`);
  sizes.push({ name, minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });
}

const baseline = sizes[0]?.gzip ?? 1;
console.log(
  `${'bundle'.padEnd(46)} ${'minified'.padStart(9)} ${'gzip'.padStart(7)} ${'vs openapi-fetch'.padStart(17)}`,
);
for (const { name, minified, gzip } of sizes) {
  console.log(
    `${name.padEnd(46)} ${String(minified).padStart(9)} ${String(gzip).padStart(7)} ${`×${(gzip / baseline).toFixed(2)}`.padStart(17)}`,
  );
}
const client = sizes[1]?.gzip ?? Number.POSITIVE_INFINITY;
console.log(
  `\nbudget: createTmdbClient ≤ ${BUDGET} bytes gzip → ${client} bytes (${client <= BUDGET ? 'ok' : 'OVER'})`,
);
if (client > BUDGET) process.exitCode = 1;
