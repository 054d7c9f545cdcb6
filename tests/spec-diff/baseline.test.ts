import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBaseline, readBaseline } from '../../scripts/spec-diff/src/baseline.js';
import { DEFAULT_BASELINE, DEFAULT_DELIBERATE, EXIT, runCli } from '../../scripts/spec-diff/src/cli.js';
import { readDeliberateDifferences } from '../../scripts/spec-diff/src/deliberate.js';
import type { JsonObject } from '../../scripts/spec-diff/src/json.js';
import { getWith, spec } from './specs.js';

let workDir: string;
let counter = 0;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'spec-diff-baseline-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function writeSpec(document: JsonObject | string): Promise<string> {
  counter += 1;
  const file = join(workDir, `spec-${counter}.json`);
  await writeFile(file, typeof document === 'string' ? document : JSON.stringify(document));
  return file;
}

async function run(argv: string[], day = '2026-11-30') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: () => new Date(`${day}T12:00:00Z`),
  });
  return { code, stdout, stderr };
}

/** A fresh baseline file recorded from `document`. */
async function baselineOf(document: JsonObject): Promise<string> {
  counter += 1;
  const baseline = join(workDir, `baseline-${counter}.json`);
  const recorded = await run(['--update-baseline', '--baseline', baseline, await writeSpec(document)]);
  expect(recorded.code).toBe(EXIT.same);
  return baseline;
}

const text = { type: 'string' };

/** Upstream as reviewed: one operation for each kind of change the next test makes. */
function reviewed(): JsonObject {
  return spec({
    '/3/movie/{movie_id}': getWith([
      { name: 'movie_id', in: 'path', required: true, schema: { type: 'integer', format: 'int32' } },
      { name: 'language', in: 'query', schema: text },
    ]),
    '/3/search/movie': getWith([
      { name: 'query', in: 'query', schema: text },
      { name: 'page', in: 'query', schema: { type: 'integer' } },
      { name: 'year', in: 'query', schema: { type: 'integer' } },
    ]),
    '/3/trending/{media_type}/{time_window}': getWith([
      { name: 'media_type', in: 'path', required: true, schema: { type: 'string', enum: ['movie', 'tv'] } },
      { name: 'time_window', in: 'path', required: true, schema: { type: 'string', enum: ['day', 'week'] } },
    ]),
    '/3/discover/movie': getWith([
      { name: 'with_genres', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
      { name: 'lang', in: 'query', schema: { type: 'string', pattern: '^[a-z]{2}$' } },
    ]),
    '/3/list': { post: { requestBody: { content: { 'application/json': {} } }, responses: {} } },
    '/3/list/{list_id}/clear': { post: { responses: {} } },
    '/3/genre/movie/list': getWith([]),
  });
}

/** Upstream now: every kind of change, one or two per operation. */
function changed(): JsonObject {
  return spec({
    '/3/movie/{movie_id}': getWith([
      { name: 'movie_id', in: 'path', required: true, schema: { type: 'integer', format: 'int64' } },
      { name: 'language', in: 'query', schema: text },
      { name: 'append_to_response', in: 'query', schema: { type: 'boolean' } },
    ]),
    '/3/search/movie': getWith([
      { name: 'query', in: 'query', required: true, schema: text },
      { name: 'page', in: 'query', schema: { type: 'number' } },
    ]),
    '/3/trending/{media_type}/{window}': getWith([
      { name: 'media_type', in: 'path', required: true, schema: { type: 'string', enum: ['movie', 'tv'] } },
      {
        name: 'window',
        in: 'path',
        required: true,
        schema: { type: 'string', enum: ['day', 'month', 'week'] },
      },
    ]),
    '/3/discover/movie': getWith([
      { name: 'with_genres', in: 'query', schema: { type: 'array', items: { type: 'integer' } } },
      { name: 'language', in: 'query', schema: { type: 'string', pattern: '^[a-z]{2}$' } },
    ]),
    '/3/list': { post: { responses: {} } },
    '/3/list/{list_id}/clear': {
      post: { requestBody: { content: { 'application/json': {} } }, responses: {} },
    },
    '/3/watch/providers/movie': getWith([]),
  });
}

describe('pnpm spec:diff <upstream> (since the baseline)', () => {
  it('records a baseline, then reports nothing while upstream stays the same', async () => {
    const baseline = join(workDir, 'recorded.json');
    const upstream = await writeSpec(reviewed());
    const recorded = await run(['--update-baseline', '--baseline', baseline, upstream], '2026-11-28');
    expect(recorded.code).toBe(EXIT.same);
    expect(recorded.stdout).toMatch(
      new RegExp(
        `^Recorded v3 \\(test 1, 7 operations, sha256 [0-9a-f]{12}\\) as the baseline of 2026-11-28 in ${baseline}\\.\\n$`,
      ),
    );

    expect(await run(['--baseline', baseline, upstream])).toEqual({
      code: EXIT.same,
      stdout: 'TMDB changed no operations since the baseline of 2026-11-28 (v3): all 7 are as reviewed.\n',
      stderr: '',
    });
  });

  it('reports every kind of change, says how many operations changed since when, and exits 1', async () => {
    const baseline = await baselineOf(reviewed());
    const result = await run(['--baseline', baseline, await writeSpec(changed())]);
    expect(result.code).toBe(EXIT.differences);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'TMDB changed 8 operations since the baseline of 2026-11-30 (v3):',
        '  + GET /3/watch/providers/movie (new)',
        '  - GET /3/genre/movie/list (removed)',
        '  ~ GET /3/discover/movie',
        '      ~ query parameter "lang" renamed to "language"',
        '      ~ query parameter "with_genres": items string → integer',
        '  ~ GET /3/movie/{movie_id}',
        '      + query parameter "append_to_response"',
        '      ~ path parameter "movie_id": format int32 → int64',
        '  ~ GET /3/search/movie',
        '      - query parameter "year"',
        '      ~ query parameter "page": type integer → number',
        '      ~ query parameter "query": now required',
        '  ~ GET /3/trending/{media_type}/{window}',
        '      ~ path parameter "window": name time_window → window; new enum value "month"',
        '  ~ POST /3/list',
        '      ~ request body removed (was optional application/json)',
        '  ~ POST /3/list/{list_id}/clear',
        '      ~ request body added (optional application/json)',
        'Review each change, update openapi/ where it matters to us, then record the review:',
        '  pnpm spec:diff --update-baseline <file-or-url>',
        '',
      ].join('\n'),
    );
  });

  it('prints the same as JSON with --json', async () => {
    const baseline = await baselineOf(reviewed());
    const result = await run(['--json', '--baseline', baseline, await writeSpec(changed())]);
    expect(result.code).toBe(EXIT.differences);
    const report = JSON.parse(result.stdout);
    expect(report.baseline).toMatchObject({ key: 'v3', reviewed: '2026-11-30' });
    expect(report.addedOperations).toEqual([{ method: 'GET', path: '/3/watch/providers/movie' }]);
    expect(report.changedOperations).toHaveLength(6);
  });

  it('says so when the document changed in nothing it tracks', async () => {
    const baseline = await baselineOf(reviewed());
    const reworded = reviewed();
    reworded.info = { title: 'test', version: '1', description: 'new prose' };
    const result = await run(['--baseline', baseline, await writeSpec(reworded)]);
    expect(result).toEqual({
      code: EXIT.same,
      stdout:
        'TMDB changed no operations since the baseline of 2026-11-30 (v3): all 7 are as reviewed.\n' +
        'Its document did change, but not in anything spec:diff tracks (descriptions, examples, responses).\n',
      stderr: '',
    });
  });

  it('exits 2 when the baseline has no document for that API version, or cannot be read', async () => {
    const baseline = await baselineOf(reviewed());
    const v4 = await writeSpec(
      spec({ '/4/list/{list_id}': getWith([]), '/4/list': getWith([]), '/': { post: { responses: {} } } }),
    );
    expect(await run(['--baseline', baseline, v4])).toEqual({
      code: EXIT.error,
      stdout: '',
      stderr:
        `spec:diff: ${baseline} has no baseline for v4 (it has: v3). Review TMDB's v4 document, then record it: ` +
        'pnpm spec:diff --update-baseline <file-or-url>\n',
    });
    const broken = await writeSpec('{"documents": {"v3": {"operations": []}}}');
    const result = await run(['--baseline', broken, await writeSpec(reviewed())]);
    expect(result.code).toBe(EXIT.error);
    expect(result.stderr).toContain(`${broken}: not a spec:diff baseline (document "v3" has no operations)`);
  });
});

describe('pnpm spec:diff --update-baseline', () => {
  it('keeps the other API versions, lists what it accepts and dates the review', async () => {
    const baseline = await baselineOf(reviewed());
    const v4 = spec({
      '/4/list/{list_id}': getWith([{ name: 'page', in: 'query', schema: { type: 'integer' } }]),
    });
    const addedV4 = await run(
      ['--update-baseline', '--baseline', baseline, await writeSpec(v4)],
      '2026-12-01',
    );
    expect(addedV4.stdout).toMatch(
      /^Recorded v4 \(test 1, 1 operations, sha256 [0-9a-f]{12}\) as the baseline of 2026-12-01/,
    );

    const update = await run(
      ['--update-baseline', '--baseline', baseline, await writeSpec(changed())],
      '2026-12-02',
    );
    expect(update.code).toBe(EXIT.same);
    expect(update.stdout).toMatch(/^TMDB changed 8 operations since the baseline of 2026-11-30 \(v3\):\n/);
    expect(update.stdout).not.toContain('Review each change');
    expect(update.stdout).toMatch(
      /\nRecorded v3 \(test 1, 7 operations, sha256 [0-9a-f]{12}\) as the baseline of 2026-12-02/,
    );

    const { documents } = await readBaseline(baseline);
    expect(Object.keys(documents).sort()).toEqual(['v3', 'v4']);
    expect(documents.v3?.reviewed).toBe('2026-12-02');
    expect(documents.v4?.reviewed).toBe('2026-12-01');
    const now = await run(['--baseline', baseline, await writeSpec(changed())]);
    expect(now.code).toBe(EXIT.same);
  });

  it('leaves the file alone when the document is the one already reviewed', async () => {
    const upstream = await writeSpec(reviewed());
    const baseline = join(workDir, 'same.json');
    await run(['--update-baseline', '--baseline', baseline, upstream], '2026-11-01');
    const before = await readFile(baseline, 'utf8');
    const again = await run(['--update-baseline', '--baseline', baseline, upstream], '2026-12-01');
    expect(again).toEqual({
      code: EXIT.same,
      stdout: `${baseline} already holds this v3 document (reviewed 2026-11-01).\n`,
      stderr: '',
    });
    expect(await readFile(baseline, 'utf8')).toBe(before);
  });

  it('never overwrites a baseline it cannot read, nor records a document that is not a spec', async () => {
    const garbage = await writeSpec('{"not": "a baseline"}');
    const refused = await run(['--update-baseline', '--baseline', garbage, await writeSpec(reviewed())]);
    expect(refused.code).toBe(EXIT.error);
    expect(refused.stderr).toContain('not a spec:diff baseline (no "documents" object)');
    expect(await readFile(garbage, 'utf8')).toBe('{"not": "a baseline"}');

    const baseline = await baselineOf(reviewed());
    const before = await readFile(baseline, 'utf8');
    const notSpec = await run([
      '--update-baseline',
      '--baseline',
      baseline,
      await writeSpec('{"swagger": "2.0"}'),
    ]);
    expect(notSpec.code).toBe(EXIT.error);
    expect(await readFile(baseline, 'utf8')).toBe(before);
  });

  it('records every fact it compares, so a baseline read back equals the document it came from', async () => {
    const rich = spec({
      '/3/a/{id}': {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer', format: 'int32' } },
        ],
        post: {
          deprecated: true,
          parameters: [
            { name: 'X-Trace', in: 'header', schema: text },
            {
              name: 'when',
              in: 'query',
              required: true,
              schema: { type: ['string', 'null'], format: 'date' },
            },
            { name: 'kind', in: 'query', schema: { type: 'string', enum: ['b', 'a', 'c/d'], default: 'a' } },
            {
              name: 'flags',
              in: 'query',
              schema: { type: 'array', items: { type: 'integer', enum: [2, 1] } },
            },
            { name: 'obj', in: 'query', schema: { type: 'object', default: { z: 1, a: [true] } } },
          ],
          requestBody: { required: true, content: { 'application/json': {}, 'text/plain': {} } },
          responses: {},
        },
      },
    });
    const baseline = await baselineOf(rich);
    expect(await run(['--baseline', baseline, await writeSpec(rich)])).toMatchObject({ code: EXIT.same });
    const written = await readFile(baseline, 'utf8');
    expect(formatBaseline(await readBaseline(baseline))).toBe(written);
    // One line per operation: a baseline update reads as a short diff.
    expect(written.split('\n').filter((line) => line.includes('"POST /3/a/{id}"'))).toHaveLength(1);
  });
});

describe('the committed files', () => {
  it('openapi/upstream-baseline.json holds TMDB v3 and v4 exactly as the tool writes them', async () => {
    const baseline = await readBaseline(DEFAULT_BASELINE);
    expect(Object.keys(baseline.documents).sort()).toEqual(['v3', 'v4']);
    expect(baseline.documents.v3?.operations.size).toBeGreaterThan(100);
    expect(formatBaseline(baseline)).toBe(await readFile(DEFAULT_BASELINE, 'utf8'));
  });

  it('the deliberate differences each have a rule, a reason and a valid match', async () => {
    const rules = await readDeliberateDifferences(DEFAULT_DELIBERATE);
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules.map((rule) => rule.rule)).size).toBe(rules.length);
  });
});
