// Benchmark: how much the generated types cost the compiler, ours versus types generated the same way
// from TMDB's own published spec. Side by side in one run:
//   (a) size of the generated module, (b) `tsc --extendedDiagnostics` check time, types and
//   instantiations for one consumer file with twenty typical calls (bench/consumer.ts.txt).
//
//   node bench/type-cost.mjs [--upstream <path to TMDB's OpenAPI JSON>] [--runs 5]
// Without --upstream (or TMDB_UPSTREAM_SPEC) only our figures are printed: the upstream spec is not
// part of the repo.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import openapiTS, { astToString } from 'openapi-typescript';

const benchDir = import.meta.dirname;
const packageDir = resolve(benchDir, '..');
const repoRoot = resolve(packageDir, '../..');
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const upstreamSpec = option('--upstream') ?? process.env.TMDB_UPSTREAM_SPEC;
const runs = Number(option('--runs') ?? 5);
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
const openapiFetch = realpathSync(join(repoRoot, 'packages/client/node_modules/openapi-fetch'));

const work = mkdtempSync(join(tmpdir(), 'tmdb-kit-type-cost-'));

function prepare(name, schemaSource) {
  const dir = join(work, name);
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(openapiFetch, join(dir, 'node_modules/openapi-fetch'));
  writeFileSync(join(dir, 'schema.ts'), schemaSource);
  copyFileSync(join(benchDir, 'consumer.ts.txt'), join(dir, 'consumer.ts'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        skipLibCheck: true,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  return { name, dir, bytes: Buffer.byteLength(schemaSource), gzipBytes: gzipSync(schemaSource).length };
}

function measure(subject) {
  const result = spawnSync(process.execPath, [tsc, '-p', subject.dir, '--extendedDiagnostics'], {
    encoding: 'utf8',
  });
  const read = (label) =>
    Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(result.stdout)?.[1] ?? Number.NaN);
  const errors = (result.stdout.match(/error TS\d+/g) ?? []).length;
  return { check: read('Check time'), instantiations: read('Instantiations'), types: read('Types'), errors };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const subjects = [prepare('tmdb-kit', readFileSync(join(packageDir, 'src/generated/tmdb.ts'), 'utf8'))];
  if (upstreamSpec) {
    const ast = await openapiTS(new URL(`file://${resolve(upstreamSpec)}`));
    subjects.push(prepare('upstream', astToString(ast)));
  } else {
    console.log('(no --upstream given: printing our figures only)');
  }
  const samples = new Map(subjects.map((subject) => [subject.name, []]));
  // Alternate the subjects so machine noise falls on both alike.
  for (let run = 0; run < runs; run++) {
    for (const subject of subjects) samples.get(subject.name).push(measure(subject));
  }
  const rows = subjects.map((subject) => {
    const list = samples.get(subject.name);
    return {
      subject: subject.name,
      'module KiB': (subject.bytes / 1024).toFixed(1),
      'gzip KiB': (subject.gzipBytes / 1024).toFixed(1),
      'check s (median)': median(list.map((sample) => sample.check)).toFixed(3),
      instantiations: median(list.map((sample) => sample.instantiations)),
      types: median(list.map((sample) => sample.types)),
      'consumer errors': list[0].errors,
    };
  });
  console.table(rows);
  const [ours, upstream] = rows;
  if (ours && upstream) {
    const ratio = (key) => (Number(ours[key]) / Number(upstream[key])).toFixed(2);
    console.log(
      `ours / upstream: size ${ratio('module KiB')}, check time ${ratio('check s (median)')}, ` +
        `instantiations ${ratio('instantiations')} (goal: size and check time at most 0.50)`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
