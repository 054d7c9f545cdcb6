import { describe, expect, it } from 'vitest';
import {
  dereference,
  escapePointerToken,
  pointerTokens,
  resolvePointer,
  SpecWalkError,
  walkOperations,
} from '../src/spec-walk.js';

// The examples of RFC 6901 section 5, plus keys a spec can really have (`/3/movie/{movie_id}`).
const rfcDocument = {
  foo: ['bar', 'baz'],
  '': 0,
  'a/b': 1,
  'c%d': 2,
  'e^f': 3,
  'g|h': 4,
  'i\\j': 5,
  'k"l': 6,
  ' ': 7,
  'm~n': 8,
  '~1': 9,
  paths: { '/3/movie/{movie_id}': { get: {} } },
};

describe('resolvePointer', () => {
  it.each([
    ['', rfcDocument],
    ['/foo', ['bar', 'baz']],
    ['/foo/0', 'bar'],
    ['/', 0],
    ['/a~1b', 1],
    ['/c%d', 2],
    ['/e^f', 3],
    ['/g|h', 4],
    ['/i\\j', 5],
    ['/k"l', 6],
    ['/ ', 7],
    ['/m~0n', 8],
    ['/~01', 9],
    ['/paths/~13~1movie~1{movie_id}/get', {}],
  ])('resolves the JSON pointer %j', (pointer, expected) => {
    expect(resolvePointer(rfcDocument, pointer)).toEqual(expected);
  });

  it.each([
    ['#', rfcDocument],
    ['#/foo', ['bar', 'baz']],
    ['#/foo/0', 'bar'],
    ['#/', 0],
    ['#/a~1b', 1],
    ['#/c%25d', 2],
    ['#/e%5Ef', 3],
    ['#/g%7Ch', 4],
    ['#/i%5Cj', 5],
    ['#/k%22l', 6],
    ['#/%20', 7],
    ['#/m~0n', 8],
    ['#/paths/~13~1movie~1%7Bmovie_id%7D/get', {}],
  ])('resolves the URI fragment %j', (pointer, expected) => {
    expect(resolvePointer(rfcDocument, pointer)).toEqual(expected);
  });

  it.each([
    ['/missing', /does not resolve/],
    ['/foo/2', /does not resolve/],
    ['/foo/-', /does not resolve/],
    ['/foo/01', /does not resolve/],
    ['/foo/0/x', /does not resolve/],
    ['/toString', /does not resolve/],
    ['/paths/__proto__', /does not resolve/],
    ['foo', /must start with "\/"/],
    ['/m~2n', /bad "~" escape/],
    ['/m~', /bad "~" escape/],
    ['#/%E0%A4%A', /percent-encoding/],
  ])('rejects %j with a reason', (pointer, reason) => {
    expect(() => resolvePointer(rfcDocument, pointer)).toThrow(SpecWalkError);
    expect(() => resolvePointer(rfcDocument, pointer)).toThrow(reason);
  });

  it('escapes keys into tokens that unescape back to the key', () => {
    for (const key of ['a/b', 'm~n', '~1', '/~0/', '/3/movie/{movie_id}']) {
      expect(pointerTokens(`/${escapePointerToken(key)}`)).toEqual([key]);
    }
  });
});

describe('dereference', () => {
  const document = {
    components: {
      parameters: {
        Page: { name: 'page', in: 'query' },
        Alias: { $ref: '#/components/parameters/Page' },
        LoopA: { $ref: '#/components/parameters/LoopB' },
        LoopB: { $ref: '#/components/parameters/LoopA' },
      },
    },
  };

  it('follows a chain of $refs to the value and leaves other values alone', () => {
    expect(dereference(document, { $ref: '#/components/parameters/Alias' })).toEqual({
      name: 'page',
      in: 'query',
    });
    expect(dereference(document, { name: 'x' })).toEqual({ name: 'x' });
    expect(dereference(document, 'text')).toBe('text');
  });

  it('stops at a cycle and refuses references to other files', () => {
    expect(() => dereference(document, { $ref: '#/components/parameters/LoopA' })).toThrow(/\$ref cycle/);
    expect(() => dereference(document, { $ref: 'other.yaml#/Page' })).toThrow(/outside the document/);
  });
});

describe('walkOperations', () => {
  it('lists every method of every path, path-level parameters first, following $ref path items', () => {
    const shared = { name: 'movie_id', in: 'path' };
    const own = { name: 'language', in: 'query' };
    const document = {
      paths: {
        '/3/movie/{movie_id}': {
          parameters: [shared],
          summary: 'not an operation',
          get: { parameters: [own] },
          delete: {},
        },
        '/3/alias': { $ref: '#/x-items/Search' },
      },
      'x-items': { Search: { post: { operationId: 'search' } } },
    };

    expect([...walkOperations(document)]).toEqual([
      {
        path: '/3/movie/{movie_id}',
        method: 'get',
        operation: { parameters: [own] },
        parameters: [shared, own],
      },
      { path: '/3/movie/{movie_id}', method: 'delete', operation: {}, parameters: [shared] },
      { path: '/3/alias', method: 'post', operation: { operationId: 'search' }, parameters: [] },
    ]);
  });

  it('yields nothing for a document without paths', () => {
    expect([...walkOperations({ openapi: '3.1.0' })]).toEqual([]);
    expect([...walkOperations(null)]).toEqual([]);
  });
});
