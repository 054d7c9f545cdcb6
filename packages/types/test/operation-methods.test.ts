import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { operationTable } from '../src/index.js';
import { listOperations, loadBundledSpec } from './bundled-spec.js';
import { createGenerationSandbox, type GenerationSandbox } from './sandbox.js';

// `x-tmdb-method` names each operation's client method (`tmdb.movies.details`): the spec is the only place
// the names are chosen, so these check them there, and check that the generator refuses bad ones.
const spec = loadBundledSpec();
const operations = listOperations(spec).map(({ method, path, operation }) => ({
  label: `${method.toUpperCase()} ${path}`,
  method,
  path,
  name: Reflect.get(operation, 'x-tmdb-method'),
  tags: operation.tags ?? [],
}));

describe('x-tmdb-method', () => {
  it('names every operation, in dotted camelCase, once', () => {
    const unnamed = operations.filter(({ name }) => typeof name !== 'string');
    expect(unnamed.map(({ label }) => label)).toEqual([]);
    const malformed = operations.filter(
      ({ name }) => !/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/.test(String(name)),
    );
    expect(malformed.map(({ label, name }) => `${label}: ${name}`)).toEqual([]);
    const names = operations.map(({ name }) => String(name));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('puts the operations of one tag in one namespace', () => {
    const namespaces = new Map<string, Set<string>>();
    for (const { name, tags } of operations) {
      const namespace = String(name).split('.').slice(0, -1).join('.');
      for (const tag of tags) namespaces.set(tag, (namespaces.get(tag) ?? new Set()).add(namespace));
    }
    const split = [...namespaces].filter(([, names]) => names.size > 1);
    expect(split.map(([tag, names]) => `${tag}: ${[...names].join(', ')}`)).toEqual([]);
  });

  it('never makes a method name the namespace of another', () => {
    const names = new Set(operations.map(({ name }) => String(name)));
    const clashes = [...names].filter((name) => [...names].some((other) => other.startsWith(`${name}.`)));
    expect(clashes).toEqual([]);
  });

  // The runtime table, flattened back to `name → "METHOD path flags"` (GET is implied when left out).
  const table = Object.entries(operationTable).flatMap(([namespace, entries]) =>
    Object.entries(entries).map(([leaf, entry]) => {
      const [method, path, flags = ''] = entry.startsWith('/')
        ? ['GET', ...entry.split(' ')]
        : entry.split(' ');
      return { name: `${namespace}.${leaf}`, operation: `${method} ${path}`, flags };
    }),
  );

  it('is what the generated operation table is keyed by, each entry naming its method and path', () => {
    const expected = Object.fromEntries(
      operations.map(({ name, method, path }) => [String(name), `${method.toUpperCase()} ${path}`]),
    );
    expect(Object.fromEntries(table.map(({ name, operation }) => [name, operation]))).toEqual(expected);
  });

  it('flags exactly the operations that take a body, pages or appends', () => {
    const flagged = (flag: string) =>
      table
        .filter(({ flags }) => flags.includes(flag))
        .map(({ name }) => name)
        .sort();
    expect(flagged('a')).toEqual([
      'movies.details',
      'people.details',
      'tvEpisodes.details',
      'tvSeasons.details',
      'tvSeries.details',
    ]);
    expect(flagged('p')).toEqual(
      expect.arrayContaining(['movies.popular', 'search.movies', 'discover.movies']),
    );
    expect(flagged('p')).not.toContain('movies.details');
    expect(flagged('b')).toEqual(
      expect.arrayContaining([
        'account.addFavorite',
        'authentication.createSessionIdWithLogin',
        'movies.addRating',
      ]),
    );
    expect(flagged('b')).not.toContain('movies.deleteRating');
  });
});

// These run the real generator on a copy of the spec, so each takes seconds (far more on a loaded machine).
describe('the generator refuses unusable method names', { timeout: 150_000 }, () => {
  let sandbox: GenerationSandbox | undefined;
  afterEach(() => sandbox?.remove());

  const edit = (file: string, change: (text: string) => string) => {
    if (!sandbox) throw new Error('no sandbox');
    const path = join(sandbox.root, 'openapi', file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };
  const generate = () => {
    if (!sandbox) throw new Error('no sandbox');
    const before = readFileSync(join(sandbox.packageDir, 'src/generated/operations.ts'), 'utf8');
    const result = spawnSync(process.execPath, ['scripts/generate.mjs'], {
      cwd: sandbox.packageDir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const after = readFileSync(join(sandbox.packageDir, 'src/generated/operations.ts'), 'utf8');
    return {
      status: result.status,
      output: `${result.stdout}\n${result.stderr}`,
      unchanged: before === after,
    };
  };

  // One run with four broken operations: the generator reports every problem, each with its file.
  it('fails on missing, duplicate, clashing and namespace-shadowing names, naming each file and reason', () => {
    sandbox = createGenerationSandbox();
    edit('paths/movies/keywords.yaml', (text) => text.replace(/^ {2}x-tmdb-method: .*\n/m, ''));
    edit('paths/movies/videos.yaml', (text) =>
      text.replace('x-tmdb-method: movies.videos', 'x-tmdb-method: movies.credits'),
    );
    edit('paths/movies/images.yaml', (text) =>
      text.replace(
        /^ {2}parameters:\n/m,
        '  parameters:\n    - name: movie_id\n      in: query\n      schema:\n        type: integer\n',
      ),
    );
    edit('paths/movies/similar.yaml', (text) =>
      text.replace('x-tmdb-method: movies.similar', 'x-tmdb-method: movies.details.similar'),
    );
    const { status, output, unchanged } = generate();
    expect(status).not.toBe(0);
    expect(output).toContain('previous output left untouched');
    expect(unchanged).toBe(true);
    expect(output).toContain(
      'openapi/paths/movies/keywords.yaml: GET /3/movie/{movie_id}/keywords: has no x-tmdb-method',
    );
    expect(output).toContain(
      'openapi/paths/movies/videos.yaml: GET /3/movie/{movie_id}/videos: x-tmdb-method "movies.credits" is already the name of GET /3/movie/{movie_id}/credits (openapi/paths/movies/credits.yaml)',
    );
    expect(output).toContain(
      'openapi/paths/movies/images.yaml: GET /3/movie/{movie_id}/images: path and query both have a parameter "movie_id"',
    );
    expect(output).toContain(
      'openapi/paths/movies/details.yaml: GET /3/movie/{movie_id}: x-tmdb-method "movies.details" is also the namespace of "movies.details.similar" (openapi/paths/movies/similar.yaml)',
    );
  });
});
