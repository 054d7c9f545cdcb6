// The run-time facts generator at its edges: how it follows `$ref`s, which parameters an operation ends up
// with, and the exact text and errors it emits. Each case is one a spec edit could hit.
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without declarations; its JSDoc types are checked by its own @ts-check
import { emitApiFacts, operationsOf, resolveLocal } from '../scripts/emit-api-facts.mjs';

type Operation = { method: string; path: string; parameters: { name: string; in: string }[] };
const statusCodes = (entries: unknown[]) => ({
  schemas: { TmdbStatusCode: { type: 'integer', 'x-tmdb-status-codes': entries } },
});
const appendParameter = (limit: unknown) => ({
  name: 'append_to_response',
  in: 'query',
  'x-tmdb-max-items': limit,
});
/** A document that emits: one status code, one operation with appends, plus the paths given. */
const documentWith = (
  paths: object = {},
  components: object = statusCodes([{ code: 7, name: 'InvalidApiKey', httpStatus: 401 }]),
) => ({
  components,
  paths: { '/3/movie/{movie_id}': { get: { parameters: [appendParameter(20)] } }, ...paths },
});

describe('resolveLocal', () => {
  it('follows chains of local $refs and unescapes ~1 and ~0 in their tokens', () => {
    const document = {
      components: {
        parameters: { 'a/b': { $ref: '#/components/parameters/c~0d' }, 'c~d': { name: 'page' } },
      },
    };
    expect(resolveLocal(document, { $ref: '#/components/parameters/a~1b' })).toEqual({ name: 'page' });
  });

  it('returns what is not a $ref as it is', () => {
    for (const node of [null, undefined, 'text', 3, { name: 'page' }, { $ref: 3 }]) {
      expect(resolveLocal({}, node)).toEqual(node);
    }
  });

  it('names the $ref it cannot follow, and why', () => {
    expect(() => resolveLocal({}, { $ref: 'other.yaml#/x' })).toThrow(
      'emit-api-facts: only local $refs are expected, got other.yaml#/x',
    );
    expect(() => resolveLocal({ components: {} }, { $ref: '#/components/missing' })).toThrow(
      'emit-api-facts: #/components/missing points at nothing',
    );
    // Through a value that is not an object.
    expect(() => resolveLocal({ components: { x: 'text' } }, { $ref: '#/components/x/length' })).toThrow(
      'emit-api-facts: #/components/x/length points at nothing',
    );
  });

  it('stops at a cycle, and follows at most 19 $refs in a row', () => {
    const cycle = { components: { a: { $ref: '#/components/b' }, b: { $ref: '#/components/a' } } };
    expect(() => resolveLocal(cycle, { $ref: '#/components/a' })).toThrow(
      'emit-api-facts: $ref chain too long (a cycle?)',
    );
    const chain = (length: number) => {
      const links: Record<string, unknown> = { [`n${length}`]: { name: 'end' } };
      for (let index = 1; index < length; index++) links[`n${index}`] = { $ref: `#/links/n${index + 1}` };
      return { links };
    };
    // The node itself is the first $ref and n1 … n18 the next 18; n19 is the value.
    expect(resolveLocal(chain(19), { $ref: '#/links/n1' })).toEqual({ name: 'end' });
    expect(() => resolveLocal(chain(20), { $ref: '#/links/n1' })).toThrow(/too long/);
  });
});

describe('operationsOf', () => {
  it('lists every HTTP method of a path item in the spec order, and nothing else', () => {
    const item = Object.fromEntries(
      ['trace', 'patch', 'head', 'options', 'delete', 'post', 'put', 'get', 'summary', 'servers'].map(
        (key) => [key, {}],
      ),
    );
    expect(operationsOf({ paths: { '/x': item } }).map((operation: Operation) => operation.method)).toEqual([
      'get',
      'put',
      'post',
      'delete',
      'options',
      'head',
      'patch',
      'trace',
    ]);
  });

  it('lets an operation parameter replace the path-level one with the same name and location only', () => {
    const document = {
      components: {
        pathItems: {
          Item: {
            parameters: [
              { $ref: '#/components/parameters/Id' },
              { name: 'page', in: 'query', shared: true },
              { name: 'id', in: 'query' },
            ],
            get: {
              parameters: [
                { name: 'id', in: 'path', own: true },
                { name: 'language', in: 'query' },
              ],
            },
            put: { parameters: 'not a list' },
          },
        },
        parameters: { Id: { name: 'id', in: 'path' } },
      },
      paths: { '/3/thing/{id}': { $ref: '#/components/pathItems/Item' } },
    };
    const [get, put] = operationsOf(document) as Operation[];
    expect(get?.parameters).toEqual([
      { name: 'page', in: 'query', shared: true },
      { name: 'id', in: 'query' },
      { name: 'id', in: 'path', own: true },
      { name: 'language', in: 'query' },
    ]);
    // A `parameters` that is not a list adds none.
    expect(put?.parameters).toEqual([
      { name: 'id', in: 'path' },
      { name: 'page', in: 'query', shared: true },
      { name: 'id', in: 'query' },
    ]);
    expect(operationsOf({ paths: { '/y': { get: {} } } })).toEqual([
      { method: 'get', path: '/y', parameters: [] },
    ]);
  });
});

describe('emitApiFacts', () => {
  it('writes one line per status code and per session-taking operation', () => {
    const source: string = emitApiFacts(
      documentWith(
        {
          '/3/account': { get: { parameters: [{ name: 'session_id', in: 'query' }] } },
          '/3/guest_session/{guest_session_id}/rated': {
            get: {
              parameters: [
                { name: 'guest_session_id', in: 'path' },
                { name: 'session_id', in: 'header' },
              ],
            },
          },
        },
        statusCodes([
          { code: 7, name: 'InvalidApiKey', httpStatus: 401, summary: 'The key is wrong: see */ here.' },
          { code: 34, name: 'NotFound', httpStatus: 404 },
        ]),
      ),
      '// header\n',
    );
    expect(source.startsWith('// header\n/** Where an operation')).toBe(true);
    expect(source).toContain(
      '  /** The key is wrong: see *\\/ here. (HTTP 401) */\n  InvalidApiKey: 7,\n  /**  (HTTP 404) */\n  NotFound: 34,\n} as const;',
    );
    expect(source).toContain('= {\n  7: 401,\n  34: 404,\n};');
    expect(source).toContain(
      '= {\n  "GET /3/account": {"session_id":"query"},\n  "GET /3/guest_session/{guest_session_id}/rated": {"guest_session_id":"path"},\n};',
    );
  });

  it.each([
    ['no schemas at all', {}],
    ['a TmdbStatusCode that is null', { schemas: { TmdbStatusCode: null } }],
    ['a TmdbStatusCode that is not an object', { schemas: { TmdbStatusCode: 'integer' } }],
    ['an empty catalogue', statusCodes([])],
  ])('fails clearly on %s', (_, components) => {
    expect(() => emitApiFacts(documentWith({}, components), '')).toThrow(
      'emit-api-facts: components.schemas.TmdbStatusCode has no x-tmdb-status-codes catalogue',
    );
  });

  it.each([
    ['a name with a lower-case start', { code: 1, name: 'xOk', httpStatus: 200 }],
    ['a name with a trailing symbol', { code: 1, name: 'Ok-', httpStatus: 200 }],
    ['a code that is not an integer', { code: 1.5, name: 'Ok', httpStatus: 200 }],
  ])('rejects a status code entry with %s', (_, entry) => {
    expect(() => emitApiFacts(documentWith({}, statusCodes([entry])), '')).toThrow(
      `emit-api-facts: malformed status code entry ${JSON.stringify(entry)}`,
    );
  });

  it('rejects a name given to two codes', () => {
    const twice = statusCodes([
      { code: 1, name: 'Ok', httpStatus: 200 },
      { code: 2, name: 'Ok', httpStatus: 200 },
    ]);
    expect(() => emitApiFacts(documentWith({}, twice), '')).toThrow(
      'emit-api-facts: status code 2 (Ok) twice',
    );
  });

  it('accepts an append limit of 1, and names the operation whose limit is not positive', () => {
    const one = {
      ...documentWith(),
      paths: { '/3/tv/{series_id}': { get: { parameters: [appendParameter(1)] } } },
    };
    expect(emitApiFacts(one, '')).toContain('export const MAX_APPENDS = 1;');
    const zero = documentWith({ '/3/tv/{series_id}': { post: { parameters: [appendParameter(0)] } } });
    expect(() => emitApiFacts(zero, '')).toThrow(
      'emit-api-facts: append_to_response of POST /3/tv/{series_id} needs x-tmdb-max-items (a positive integer)',
    );
  });

  it('fails when no operation states an append limit', () => {
    expect(() => emitApiFacts({ ...documentWith(), paths: { '/3/x': { get: {} } } }, '')).toThrow(
      'emit-api-facts: no operation takes append_to_response with x-tmdb-max-items',
    );
  });
});
