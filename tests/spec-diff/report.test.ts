// The words the reports use for each change, and which pairs of parameters count as a rename.
import { describe, expect, it } from 'vitest';
import { diffOperations } from '../../scripts/spec-diff/src/diff.js';
import type { JsonObject } from '../../scripts/spec-diff/src/json.js';
import { collectOperations } from '../../scripts/spec-diff/src/operations.js';
import { formatAgainstOursReport, formatBaselineReport } from '../../scripts/spec-diff/src/report.js';
import { getWith, spec } from './specs.js';

const diff = (ours: JsonObject, theirs: JsonObject) =>
  diffOperations(collectOperations(ours), collectOperations(theirs));

/** The report lines about the one operation `/3/a`, below its heading. */
function changesOf(ours: JsonObject, theirs: JsonObject): string[] {
  const lines = formatAgainstOursReport(diff(spec({ '/3/a': ours }), spec({ '/3/a': theirs })), 0).split(
    '\n',
  );
  return lines.filter((line) => line.startsWith('      '));
}

const withParam = (schema: JsonObject) => getWith([{ name: 'p', in: 'query', schema }]);

describe('the words for each change', () => {
  it('deprecation, both ways', () => {
    expect(changesOf(getWith([]), getWith([], { deprecated: true }))).toEqual(['      ~ now deprecated']);
    expect(changesOf(getWith([], { deprecated: true }), getWith([]))).toEqual([
      '      ~ no longer deprecated',
    ]);
  });

  it('enum values added, removed or both, and an enum stated on one side only', () => {
    const enumOf = (...values: string[]) => withParam({ type: 'string', enum: values });
    expect(changesOf(enumOf('a'), enumOf('a', 'b'))).toEqual([
      '      ~ query parameter "p": new enum value "b"',
    ]);
    expect(changesOf(enumOf('a'), enumOf('a', 'c', 'd'))).toEqual([
      '      ~ query parameter "p": new enum values "c", "d"',
    ]);
    expect(changesOf(enumOf('a', 'b'), enumOf('a'))).toEqual([
      '      ~ query parameter "p": enum value "b" gone',
    ]);
    expect(changesOf(enumOf('a', 'b', 'c'), enumOf('a'))).toEqual([
      '      ~ query parameter "p": enum values "b", "c" gone',
    ]);
    expect(changesOf(enumOf('a', 'b'), enumOf('b', 'c'))).toEqual([
      '      ~ query parameter "p": new enum value "c"; enum value "a" gone',
    ]);
    expect(changesOf(withParam({ type: 'string' }), enumOf('b', 'a'))).toEqual([
      '      ~ query parameter "p": enum (none) → ["a","b"]',
    ]);
    expect(changesOf(enumOf('a'), withParam({ type: 'string' }))).toEqual([
      '      ~ query parameter "p": enum ["a"] → (none)',
    ]);
  });

  it('defaults and formats, "(none)" standing for not stated', () => {
    expect(
      changesOf(withParam({ type: 'integer', default: 1 }), withParam({ type: 'integer', default: 2 })),
    ).toEqual(['      ~ query parameter "p": default 1 → 2']);
    expect(
      changesOf(withParam({ type: 'integer' }), withParam({ type: 'integer', format: 'int32' })),
    ).toEqual(['      ~ query parameter "p": format (none) → int32']);
  });

  it('request bodies changed in what they require', () => {
    const post = (requestBody: JsonObject) => ({ post: { requestBody, responses: {} } });
    const json = { 'application/json': {} };
    const lines = formatAgainstOursReport(
      diff(
        spec({ '/3/l': post({ content: json }) }),
        spec({ '/3/l': post({ required: true, content: json }) }),
      ),
      0,
    );
    expect(lines).toContain('      ~ request body optional application/json → required application/json\n');
  });
});

describe('the report against our spec', () => {
  it('has a section only for the kinds of difference there are', () => {
    const ours = spec({ '/3/a': getWith([]) });
    const theirs = spec({ '/3/a': getWith([]), '/3/b': getWith([]), '/3/c': getWith([]) });
    expect(formatAgainstOursReport(diff(ours, theirs), 0, ['old', 'older'])).toBe(
      [
        'Upstream has 2 operations we do not describe:',
        '  + GET /3/b',
        '  + GET /3/c',
        '2 differences (ours → upstream).',
        'Deliberate differences that matched nothing (remove them if what they excused is gone): "old", "older".',
        '',
      ].join('\n'),
    );
    expect(formatAgainstOursReport(diff(theirs, ours), 1)).toBe(
      [
        'Upstream does not have 2 operations we describe:',
        '  - GET /3/b',
        '  - GET /3/c',
        '2 differences (ours → upstream) (1 deliberate difference left out).',
        '',
      ].join('\n'),
    );
  });

  it('the baseline report lists removed operations without advice when asked', () => {
    const ours = spec({ '/3/a': getWith([]), '/3/b': getWith([]) });
    const theirs = spec({ '/3/a': getWith([]) });
    expect(
      formatBaselineReport(diff(ours, theirs), {
        key: 'v3',
        reviewed: '2026-01-01',
        sameFile: false,
        advice: false,
      }),
    ).toBe('TMDB changed 1 operation since the baseline of 2026-01-01 (v3):\n  - GET /3/b (removed)\n');
  });
});

describe('renamed parameters', () => {
  const params = (...list: [string, string][]) =>
    getWith(list.map(([name, type]) => ({ name, in: 'query', schema: { type } })));

  it('pair a removed and an added parameter with the same facts, when only one removed one looks like it', () => {
    expect(changesOf(params(['a', 'string'], ['b', 'integer']), params(['c', 'string']))).toEqual([
      '      - query parameter "b"',
      '      ~ query parameter "a" renamed to "c"',
    ]);
  });

  it('do not guess between two added look-alikes, nor between two removed ones', () => {
    expect(changesOf(params(['a', 'string']), params(['c', 'string'], ['d', 'string']))).toEqual([
      '      + query parameter "c"',
      '      + query parameter "d"',
      '      - query parameter "a"',
    ]);
    expect(changesOf(params(['a', 'string'], ['b', 'string']), params(['c', 'string']))).toEqual([
      '      + query parameter "c"',
      '      - query parameter "a"',
      '      - query parameter "b"',
    ]);
  });
});
