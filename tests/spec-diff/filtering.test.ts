// `--against-ours` with a rule for each kind of difference: each leaves out exactly what it matches.
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../scripts/spec-diff/src/cli.js';
import type { JsonObject } from '../../scripts/spec-diff/src/json.js';
import { againstOursWith, temporaryFolder } from './files.js';
import { getWith, spec } from './specs.js';

const folder = temporaryFolder('spec-diff-filtering-');
const againstOurs = (ours: JsonObject, theirs: JsonObject, rules: JsonObject[]) =>
  againstOursWith(folder, ours, theirs, rules);

const query = (name: string, type: string): JsonObject => ({ name, in: 'query', schema: { type } });
const movieId: JsonObject = { name: 'movie_id', in: 'path', required: true, schema: { type: 'integer' } };
const json = { content: { 'application/json': {} } };

const ours = spec({
  '/3/gone-a': getWith([]),
  '/3/gone-b': getWith([]),
  '/3/movie/{movie_id}': getWith([
    movieId,
    query('language', 'string'),
    query('region', 'string'),
    query('lang', 'boolean'),
    query('page', 'integer'),
    query('year', 'integer'),
    query('count', 'integer'),
  ]),
  '/3/list': { post: { requestBody: json, responses: {} } },
});

const theirs = spec({
  '/3/new-a': getWith([]),
  '/3/new-b': getWith([]),
  '/3/movie/{movie_id}': getWith([
    movieId,
    query('locale', 'boolean'),
    query('page', 'number'),
    query('year', 'number'),
    query('count', 'number'),
  ]),
  '/3/list': { post: { requestBody: { ...json, required: true }, deprecated: true, responses: {} } },
});

const rule = (name: string, match: JsonObject): JsonObject => ({ rule: name, reason: 'test', match });

const rules = [
  rule('new-a', { difference: 'operation-added', operation: 'GET /3/new-a' }),
  rule('gone-a', { difference: 'operation-removed', operation: 'GET /3/gone-a' }),
  rule('deprecations', { difference: 'operation-changed', aspect: 'deprecated' }),
  rule('region', { difference: 'parameter-removed', parameter: 'region' }),
  rule('locale', { difference: 'parameter-renamed', location: 'query', ours: 'lang', theirs: 'locale' }),
  rule('page', {
    difference: 'parameter-changed',
    location: 'query',
    parameter: 'page',
    aspect: 'type',
    ours: 'integer',
  }),
  rule('count, whatever changed', { difference: 'parameter-changed', parameter: 'count' }),
  rule('parameters of new-b', { operation: 'GET /3/new-b', parameter: '.*' }),
];

describe('deliberate differences of every kind', () => {
  it('are reported when no rule matches them', async () => {
    expect(await againstOurs(ours, theirs, [])).toEqual({
      code: EXIT.differences,
      stdout: [
        'Upstream has 2 operations we do not describe:',
        '  + GET /3/new-a',
        '  + GET /3/new-b',
        'Upstream does not have 2 operations we describe:',
        '  - GET /3/gone-a',
        '  - GET /3/gone-b',
        'Upstream differs in 2 operations:',
        '  ~ GET /3/movie/{movie_id}',
        '      - query parameter "language"',
        '      - query parameter "region"',
        '      ~ query parameter "lang" renamed to "locale"',
        '      ~ query parameter "count": type integer → number',
        '      ~ query parameter "page": type integer → number',
        '      ~ query parameter "year": type integer → number',
        '  ~ POST /3/list',
        '      ~ request body optional application/json → required application/json',
        '      ~ now deprecated',
        '6 differences (ours → upstream).',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('are each left out by the rule that matches them, and only by it', async () => {
    expect(await againstOurs(ours, theirs, rules)).toEqual({
      code: EXIT.differences,
      stdout: [
        'Upstream has 1 operation we do not describe:',
        '  + GET /3/new-b',
        'Upstream does not have 1 operation we describe:',
        '  - GET /3/gone-b',
        'Upstream differs in 2 operations:',
        '  ~ GET /3/movie/{movie_id}',
        '      - query parameter "language"',
        '      ~ query parameter "year": type integer → number',
        '  ~ POST /3/list',
        '      ~ request body optional application/json → required application/json',
        '4 differences (ours → upstream) (7 deliberate differences left out).',
        'Deliberate differences that matched nothing (remove them if what they excused is gone): "parameters of new-b".',
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});
