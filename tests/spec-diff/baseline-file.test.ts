// The baseline file: how it is written, and what it takes to refuse one that is not a baseline.
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../scripts/spec-diff/src/baseline.js';
import { EXIT } from '../../scripts/spec-diff/src/cli.js';
import { runCollected, temporaryFolder } from './files.js';
import { getWith, spec } from './specs.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const folder = temporaryFolder('spec-diff-baseline-file-');
const write = folder.write;

/** `now: null` runs without a clock, as `pnpm spec:diff` does. */
const run = (argv: string[], now: (() => Date) | null = () => new Date('2026-11-30T12:00:00Z')) =>
  runCollected(argv, now ? { now } : {});

const v3 = () =>
  spec({
    '/3/search/movie': getWith([{ name: 'page', in: 'query', schema: { type: 'integer' } }]),
    '/3/genre/movie/list': getWith([]),
    '/3/account/{account_id}': getWith([]),
    '/3/movie/{movie_id}': getWith([]),
  });

/** A baseline file with one v3 document whose operations are given as the file spells them. */
function handWritten(operations: unknown, document: Record<string, unknown> = {}): unknown {
  return {
    documents: {
      v3: {
        title: 't',
        version: '1',
        sha256: 'abc',
        reviewed: '2026-01-01',
        source: 'x.json',
        operations,
        ...document,
      },
    },
  };
}

describe('the baseline file as written', () => {
  it('sorts documents and operations, whatever order they came in', async () => {
    const baseline = join(folder.path, 'sorted.json');
    const v4 = spec({ '/4/list/{list_id}': getWith([]) });
    expect((await run(['--update-baseline', '--baseline', baseline, await write(v4)])).code).toBe(EXIT.same);
    expect((await run(['--update-baseline', '--baseline', baseline, await write(v3())])).code).toBe(
      EXIT.same,
    );
    const lines = (await readFile(baseline, 'utf8')).split('\n');
    const named = lines.filter((line) => /^ {4}"v\d"|^ {8}"/.test(line)).map((line) => line.trim());
    expect(named).toEqual([
      '"v3": {',
      '"GET /3/account/{account_id}": {},',
      '"GET /3/genre/movie/list": {},',
      '"GET /3/movie/{movie_id}": {},',
      '"GET /3/search/movie": {"parameters":[{"in":"query","name":"page","type":"integer"}]}',
      '"v4": {',
      '"GET /4/list/{list_id}": {}',
    ]);
  });

  it('records an empty title and version when the document states none, and dates today without a clock', async () => {
    const baseline = join(folder.path, 'untitled.json');
    const before = new Date().toISOString().slice(0, 10);
    const recorded = await run(
      ['--update-baseline', '--baseline', baseline, await write({ ...v3(), info: {} })],
      null,
    );
    const after = new Date().toISOString().slice(0, 10);
    expect(recorded.stdout).toMatch(
      /^Recorded v3 \( , 4 operations, sha256 [0-9a-f]{12}\) as the baseline of /,
    );
    const { documents } = await readBaseline(baseline);
    expect(documents.v3?.title).toBe('');
    expect(documents.v3?.version).toBe('');
    expect([before, after]).toContain(documents.v3?.reviewed);
  });

  it('says when a reworded document changes nothing the tool tracks, while recording it', async () => {
    const baseline = join(folder.path, 'reworded.json');
    await run(['--update-baseline', '--baseline', baseline, await write(v3())]);
    const reworded = { ...v3(), info: { title: 't', version: '1', description: 'new prose' } };
    const update = await run(['--update-baseline', '--baseline', baseline, await write(reworded)]);
    expect(update.code).toBe(EXIT.same);
    expect(update.stdout).toMatch(
      /^TMDB changed no operations since the baseline of 2026-11-30 \(v3\): all 4 are as reviewed\.\nIts document did change, but not in anything spec:diff tracks/,
    );
  });

  it('compares enum values as a set, in whatever order a hand-edited baseline lists them', async () => {
    const baseline = await write(
      handWritten({
        'GET /3/a': { parameters: [{ in: 'query', name: 'w', type: 'string', enum: ['week', 'day'] }] },
      }),
    );
    const upstream = spec({
      '/3/a': getWith([{ name: 'w', in: 'query', schema: { type: 'string', enum: ['day', 'week'] } }]),
    });
    expect(await run(['--baseline', baseline, await write(upstream)])).toMatchObject({
      code: EXIT.same,
      stdout:
        'TMDB changed no operations since the baseline of 2026-01-01 (v3): all 1 are as reviewed.\nIts document did change, but not in anything spec:diff tracks (descriptions, examples, responses).\n',
    });
  });
});

describe('a baseline that cannot be used', () => {
  it('is an empty one when the file does not exist, named relative to the repository when inside it', async () => {
    const missing = join(repoRoot, 'tests/spec-diff/no-such-baseline.json');
    expect(await run(['--baseline', missing, await write(v3())])).toEqual({
      code: EXIT.error,
      stdout: '',
      stderr:
        "spec:diff: tests/spec-diff/no-such-baseline.json has no baseline for v3 (it has: none). Review TMDB's v3 " +
        'document, then record it: pnpm spec:diff --update-baseline <file-or-url>\n',
    });
  });

  it('names every API version it has when it has none for the document', async () => {
    const baseline = join(folder.path, 'two-versions.json');
    await run(['--update-baseline', '--baseline', baseline, await write(v3())]);
    await run(['--update-baseline', '--baseline', baseline, await write(spec({ '/4/list': getWith([]) }))]);
    const result = await run(['--baseline', baseline, await write(spec({ '/5/movie': getWith([]) }))]);
    expect(result.code).toBe(EXIT.error);
    expect(result.stderr).toMatch(/ has no baseline for v5 \(it has: v3, v4\)\. /);
  });

  it('is an error naming the file and the reason when it cannot be read', async () => {
    const directory = join(folder.path, 'a-directory');
    await mkdir(directory);
    const result = await run(['--baseline', directory, await write(v3())]);
    expect(result.code).toBe(EXIT.error);
    expect(result.stderr).toMatch(
      new RegExp(`^spec:diff: ${directory}: cannot read the baseline \\(Error: EISDIR`),
    );
  });

  it.each([
    ['not JSON', '{"documents": ', /^not a spec:diff baseline \(.*JSON/],
    ['a missing field', handWritten({}, { sha256: undefined }), 'document "v3" has no "sha256"'],
    ['a field of the wrong kind', handWritten({}, { reviewed: 20260101 }), 'document "v3" has no "reviewed"'],
    ['an operation without a path', handWritten({ GET: {} }), 'bad operation "GET"'],
    [
      'an operation name with more than two words',
      handWritten({ 'GET /3/a b': {} }),
      'bad operation "GET /3/a b"',
    ],
    ['an operation name without a method', handWritten({ ' /3/a': {} }), 'bad operation " /3/a"'],
    ['operation facts that are not an object', handWritten({ 'GET /3/a': [] }), 'bad operation "GET /3/a"'],
    [
      'a parameter without "in"',
      handWritten({ 'GET /3/a': { parameters: [{ name: 'page' }] } }),
      'a parameter of "GET /3/a" has no "in" or "name"',
    ],
    [
      'a parameter without "name"',
      handWritten({ 'GET /3/a': { parameters: [{ in: 'query' }] } }),
      'a parameter of "GET /3/a" has no "in" or "name"',
    ],
    [
      'a parameter that is not an object',
      handWritten({ 'GET /3/a': { parameters: ['page'] } }),
      'a parameter of "GET /3/a" has no "in" or "name"',
    ],
  ])('refuses a baseline with %s', async (_what, content, reason) => {
    const file = await write(content);
    const result = await run(['--baseline', file, await write(v3())]);
    expect(result.code).toBe(EXIT.error);
    expect(result.stdout).toBe('');
    if (typeof reason === 'string')
      expect(result.stderr).toBe(`spec:diff: ${file}: not a spec:diff baseline (${reason})\n`);
    else expect(result.stderr.slice(`spec:diff: ${file}: `.length)).toMatch(reason);
  });
});
