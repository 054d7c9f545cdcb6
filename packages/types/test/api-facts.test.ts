// The run-time facts generator (scripts/emit-api-facts.mjs) on small documents: what it reads from the
// spec, and the clear failure a malformed catalogue gets.
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without declarations; its JSDoc types are checked by its own @ts-check
import { emitApiFacts, operationsOf } from '../scripts/emit-api-facts.mjs';

const catalogue = (entries: unknown[]) => ({
  components: { schemas: { TmdbStatusCode: { type: 'integer', 'x-tmdb-status-codes': entries } } },
});

const document = {
  ...catalogue([
    { code: 7, name: 'InvalidApiKey', httpStatus: 401, summary: 'Bad key.' },
    { code: 34, name: 'NotFound', httpStatus: 404, summary: 'No such thing.' },
  ]),
  paths: {
    '/3/account/{account_id}': {
      // A path-level parameter applies to every operation of the path.
      parameters: [{ $ref: '#/components/parameters/Session' }],
      get: { parameters: [{ name: 'account_id', in: 'path' }] },
      delete: {},
    },
    '/3/guest_session/{guest_session_id}/rated': {
      get: { parameters: [{ name: 'guest_session_id', in: 'path' }] },
    },
    '/3/movie/{movie_id}': {
      get: {
        parameters: [
          { name: 'language', in: 'query' },
          { name: 'append_to_response', in: 'query', 'x-tmdb-max-items': 20 },
        ],
      },
    },
  },
};
Object.assign(document.components, { parameters: { Session: { name: 'session_id', in: 'query' } } });

describe('emitApiFacts', () => {
  it('lists the operations that take a session id, and where, from path and operation parameters', () => {
    expect(
      operationsOf(document).map((op: { method: string; path: string }) => `${op.method} ${op.path}`),
    ).toEqual([
      'get /3/account/{account_id}',
      'delete /3/account/{account_id}',
      'get /3/guest_session/{guest_session_id}/rated',
      'get /3/movie/{movie_id}',
    ]);
    const source: string = emitApiFacts(document, '');
    expect(source).toContain(`"GET /3/account/{account_id}": {"session_id":"query"}`);
    expect(source).toContain(`"DELETE /3/account/{account_id}": {"session_id":"query"}`);
    expect(source).toContain(`"GET /3/guest_session/{guest_session_id}/rated": {"guest_session_id":"path"}`);
    expect(source).not.toContain('/3/movie/{movie_id}');
  });

  it('emits the status codes by name, with their HTTP statuses', () => {
    const source: string = emitApiFacts(document, '');
    expect(source).toContain('InvalidApiKey: 7,');
    expect(source).toContain('NotFound: 34,');
    expect(source).toContain('7: 401,');
    expect(source).toContain('34: 404,');
  });

  it('emits the append limit the append_to_response parameters state', () => {
    expect(emitApiFacts(document, '')).toContain('export const MAX_APPENDS = 20;');
  });

  it.each([
    ['no limit', { name: 'append_to_response', in: 'query' }, /needs x-tmdb-max-items/],
    [
      'a limit that is not a number',
      { name: 'append_to_response', in: 'query', 'x-tmdb-max-items': '20' },
      /needs x-tmdb-max-items/,
    ],
  ])('fails clearly on an append_to_response with %s', (_, parameter, message) => {
    const spec = { ...document, paths: { '/3/person/{person_id}': { get: { parameters: [parameter] } } } };
    expect(() => emitApiFacts(spec, '')).toThrow(message);
  });

  it('fails clearly when operations state different append limits', () => {
    const withLimit = (limit: number) => ({
      get: { parameters: [{ name: 'append_to_response', in: 'query', 'x-tmdb-max-items': limit }] },
    });
    const spec = {
      ...document,
      paths: { '/3/movie/{movie_id}': withLimit(20), '/3/tv/{series_id}': withLimit(10) },
    };
    expect(() => emitApiFacts(spec, '')).toThrow(/limits differ between operations \(20, 10\)/);
  });

  it.each([
    ['no catalogue', { paths: {} }, /no x-tmdb-status-codes catalogue/],
    ['a name that is not PascalCase', catalogue([{ code: 1, name: 'ok', httpStatus: 200 }]), /malformed/],
    ['a code without an HTTP status', catalogue([{ code: 1, name: 'Ok' }]), /malformed/],
    [
      'a code listed twice',
      catalogue([
        { code: 1, name: 'Ok', httpStatus: 200 },
        { code: 1, name: 'Fine', httpStatus: 200 },
      ]),
      /twice/,
    ],
  ])('fails clearly on %s', (_, spec, message) => {
    expect(() => emitApiFacts({ paths: document.paths, ...spec }, '')).toThrow(message);
  });
});
