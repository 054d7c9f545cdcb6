// The fake reads the spec with @tmdb-kit/types/spec-walk, the walker spec-diff shares: JSON pointers by
// RFC 6901 (escapes, percent-encoded fragments, array indexes), own keys only.
import { describe, expect, it } from 'vitest';
import { SpecShapeError } from '../src/openapi/json.js';
import { indexSpec } from '../src/openapi/operations.js';

const ok = { '200': { description: 'ok' } };

function documentWith(parameters: unknown[], extra: Record<string, unknown> = {}) {
  return {
    openapi: '3.1.0',
    paths: {
      '/3/movie/{movie_id}': {
        parameters: [{ name: 'movie_id', in: 'path', required: true, schema: { type: 'integer' } }],
        get: { operationId: 'getMovie', parameters, responses: ok },
      },
    },
    ...extra,
  };
}

describe('indexSpec', () => {
  it('follows $refs into arrays, through escaped and percent-encoded path keys', () => {
    const document = documentWith([
      // What bundlers write for a parameter declared once on another path.
      { $ref: '#/paths/~13~1movie~1%7Bmovie_id%7D/parameters/0' },
      { $ref: '#/components/parameters/a~1b' },
    ]);
    Object.assign(document, {
      components: { parameters: { 'a/b': { name: 'language', in: 'query', schema: { type: 'string' } } } },
    });
    const [operation] = indexSpec(document).operations;
    expect(operation?.parameters.map((parameter) => [parameter.in, parameter.name])).toEqual([
      ['path', 'movie_id'],
      ['query', 'language'],
    ]);
  });

  it('refuses a $ref that only resolves through Object.prototype', () => {
    expect(() => indexSpec(documentWith([{ $ref: '#/constructor' }]))).toThrow(SpecShapeError);
    expect(() => indexSpec(documentWith([{ $ref: '#/constructor' }]))).toThrow(
      /unresolvable|does not resolve/,
    );
  });

  it('lets an operation parameter replace a path-level one of the same name and location', () => {
    const [operation] = indexSpec(
      documentWith([{ name: 'movie_id', in: 'path', required: true, schema: { type: 'string' } }]),
    ).operations;
    expect(operation?.parameters).toEqual([
      { name: 'movie_id', in: 'path', required: true, schema: { type: 'string' } },
    ]);
  });
});
