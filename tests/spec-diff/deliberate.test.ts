import { describe, expect, it } from 'vitest';
import { EXIT } from '../../scripts/spec-diff/src/cli.js';
import type { JsonObject } from '../../scripts/spec-diff/src/json.js';
import { againstOursWith, temporaryFolder } from './files.js';
import { baseSpec, getWith, languageParam, pageParam, spec } from './specs.js';

const folder = temporaryFolder('spec-diff-deliberate-');
const againstOurs = (ours: JsonObject, theirs: JsonObject, rules: JsonObject[]) =>
  againstOursWith(folder, ours, theirs, rules);

const formatsRule = {
  rule: 'formats are not compared',
  reason: 'TMDB tags ids int32',
  match: { aspect: 'format' },
};

/** TMDB's side: ids tagged int32 (deliberately ignored) and, unless said otherwise, a new `region`. */
function upstream({ withRegion }: { withRegion: boolean }): JsonObject {
  return spec({
    '/3/movie/{movie_id}': getWith([
      { name: 'movie_id', in: 'path', required: true, schema: { type: 'integer', format: 'int32' } },
      languageParam,
    ]),
    '/3/search/movie': getWith([
      { name: 'query', in: 'query', required: true, schema: { type: 'string' } },
      pageParam,
      ...(withRegion ? [{ name: 'region', in: 'query', schema: { type: 'string' } }] : []),
    ]),
  });
}

describe('pnpm spec:diff --against-ours with deliberate differences', () => {
  it('leaves out what a rule matches and exits 0 when nothing else differs', async () => {
    expect(await againstOurs(baseSpec(), upstream({ withRegion: false }), [formatsRule])).toEqual({
      code: EXIT.same,
      stdout: 'No differences: all 2 operations match upstream (1 deliberate difference left out).\n',
      stderr: '',
    });
  });

  it('still reports what no rule matches, and exits 1', async () => {
    const result = await againstOurs(baseSpec(), upstream({ withRegion: true }), [formatsRule]);
    expect(result).toEqual({
      code: EXIT.differences,
      stdout: [
        'Upstream differs in 1 operation:',
        '  ~ GET /3/search/movie',
        '      + query parameter "region"',
        '1 difference (ours → upstream) (1 deliberate difference left out).',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('reports the difference itself when no rule covers it', async () => {
    const result = await againstOurs(baseSpec(), upstream({ withRegion: false }), []);
    expect(result.code).toBe(EXIT.differences);
    expect(result.stdout).toContain('      ~ path parameter "movie_id": format (none) → int32');
  });

  it('matches every field a rule gives: values, operation and parameter patterns, whole', async () => {
    const theirs = upstream({ withRegion: true });
    const narrow = (match: JsonObject) => [{ rule: 'narrow', reason: 'test', match }, formatsRule];
    const hidden = { difference: 'parameter-added', operation: 'GET /3/search/movie', parameter: 'region' };
    expect((await againstOurs(baseSpec(), theirs, narrow(hidden))).code).toBe(EXIT.same);
    for (const miss of [
      { ...hidden, difference: 'parameter-removed' },
      { ...hidden, operation: 'GET /3/search' },
      { ...hidden, parameter: 'reg' },
      { ...hidden, location: 'header' },
      { ...hidden, aspect: 'type' },
      { ...hidden, theirs: 'string' },
    ]) {
      const result = await againstOurs(baseSpec(), theirs, narrow(miss));
      expect(result.code, JSON.stringify(miss)).toBe(EXIT.differences);
      expect(result.stdout).toContain('+ query parameter "region"');
    }
  });

  it('matches our value and theirs, null standing for "not stated"', async () => {
    const formatAdded = (ours: string | null, theirs: string | null) => [
      { rule: 'int32 ids', reason: 'test', match: { aspect: 'format', ours, theirs } },
    ];
    const theirs = upstream({ withRegion: false });
    expect((await againstOurs(baseSpec(), theirs, formatAdded(null, 'int32'))).code).toBe(EXIT.same);
    expect((await againstOurs(baseSpec(), theirs, formatAdded(null, 'int64'))).code).toBe(EXIT.differences);
    expect((await againstOurs(baseSpec(), theirs, formatAdded('int32', 'int32'))).code).toBe(
      EXIT.differences,
    );
  });

  it('names rules that matched nothing, without failing', async () => {
    const stale = { rule: 'old header', reason: 'gone upstream', match: { location: 'header' } };
    expect(await againstOurs(baseSpec(), upstream({ withRegion: false }), [formatsRule, stale])).toEqual({
      code: EXIT.same,
      stdout:
        'No differences: all 2 operations match upstream (1 deliberate difference left out).\n' +
        'Deliberate differences that matched nothing (remove them if what they excused is gone): "old header".\n',
      stderr: '',
    });
  });

  it.each([
    [{ reason: 'r', match: { aspect: 'format' } }, 'needs a "rule"'],
    [{ rule: 'x', match: { aspect: 'format' } }, '"x" needs a "reason"'],
    [{ rule: 'x', reason: 'r', match: {} }, '"x" needs a "match"'],
    [{ rule: 'x', reason: 'r', match: { aspects: 'format' } }, '"x": unknown match field "aspects"'],
    [{ rule: 'x', reason: 'r', match: { difference: 'parameter-typo' } }, '"x": difference must be one of'],
    [{ rule: 'x', reason: 'r', match: { operation: 'GET (' } }, '"x": operation is not a regular expression'],
    [{ rule: 'x', reason: 'r', match: { ours: 3 } }, '"x": ours must be a string or null'],
  ])('rejects a rule that could silently match too much: %j', async (rule, reason) => {
    const result = await againstOurs(baseSpec(), baseSpec(), [rule]);
    expect(result.code).toBe(EXIT.error);
    expect(result.stderr).toContain(`difference #1: ${reason}`);
  });

  it('compares only the API version upstream describes', async () => {
    const ours = spec({
      ...(baseSpec().paths as JsonObject),
      '/4/list/{list_id}': getWith([
        { name: 'list_id', in: 'path', required: true, schema: { type: 'integer' } },
      ]),
    });
    const theirsV4 = spec({
      '/4/list/{list_id}': getWith([
        { name: 'list_id', in: 'path', required: true, schema: { type: 'integer' } },
      ]),
    });
    expect(await againstOurs(ours, theirsV4, [])).toEqual({
      code: EXIT.same,
      stdout: 'No differences: all 1 operations match upstream.\n',
      stderr: '',
    });
  });
});
