import { describe, expect, it } from 'vitest';
import { countDifferences, diffOperations, type SpecDiff } from '../../scripts/spec-diff/src/diff.js';
import type { JsonObject } from '../../scripts/spec-diff/src/json.js';
import { parseSpec } from '../../scripts/spec-diff/src/load-spec.js';
import { collectOperations } from '../../scripts/spec-diff/src/operations.js';
import { formatReport } from '../../scripts/spec-diff/src/report.js';
import { apiVersionsOf, withinVersions } from '../../scripts/spec-diff/src/scope.js';
import { baseSpec, getWith, languageParam, pageParam, spec } from './specs.js';

function diff(ours: JsonObject, theirs: JsonObject): SpecDiff {
  return diffOperations(collectOperations(ours), collectOperations(theirs));
}

describe('diffOperations', () => {
  it('finds nothing between a spec and itself', () => {
    const result = diff(baseSpec(), baseSpec());
    expect(countDifferences(result)).toBe(0);
    expect(result.comparedOperations).toBe(2);
    expect(formatReport(result)).toBe('No differences: all 2 operations match upstream.\n');
  });

  it('reports operations upstream added and removed, by method and path', () => {
    const theirs = baseSpec();
    const paths = theirs.paths as JsonObject;
    delete paths['/3/search/movie'];
    paths['/3/movie/{movie_id}'] = {
      ...(paths['/3/movie/{movie_id}'] as JsonObject),
      delete: { responses: { '204': { description: 'gone' } } },
    };
    paths['/3/trending/{media_type}'] = getWith([]);

    const result = diff(baseSpec(), theirs);

    expect(result.addedOperations).toEqual([
      { method: 'DELETE', path: '/3/movie/{movie_id}' },
      { method: 'GET', path: '/3/trending/{media_type}' },
    ]);
    expect(result.removedOperations).toEqual([{ method: 'GET', path: '/3/search/movie' }]);
    expect(result.changedOperations).toEqual([]);
    const report = formatReport(result);
    expect(report).toContain('  + DELETE /3/movie/{movie_id}');
    expect(report).toContain('  - GET /3/search/movie');
    expect(report).toContain('3 differences');
  });

  it('reports parameters added, removed and changed in type, required, enum and default', () => {
    const theirs = spec({
      '/3/movie/{movie_id}': getWith([
        { name: 'movie_id', in: 'path', required: true, schema: { type: 'integer' } },
        { name: 'append_to_response', in: 'query', schema: { type: 'string' } },
      ]),
      '/3/search/movie': getWith([
        { name: 'query', in: 'query', required: false, schema: { type: 'string', enum: ['b', 'a'] } },
        { name: 'page', in: 'query', schema: { type: 'number', default: 2 } },
      ]),
    });

    const result = diff(baseSpec(), theirs);

    expect(result.addedOperations).toEqual([]);
    expect(result.removedOperations).toEqual([]);
    expect(result.changedOperations).toEqual([
      {
        method: 'GET',
        path: '/3/movie/{movie_id}',
        addedParameters: [{ location: 'query', name: 'append_to_response' }],
        removedParameters: [{ location: 'query', name: 'language' }],
        changedParameters: [],
        changes: [],
      },
      {
        method: 'GET',
        path: '/3/search/movie',
        addedParameters: [],
        removedParameters: [],
        changedParameters: [
          {
            location: 'query',
            name: 'page',
            changes: [
              { aspect: 'type', ours: 'integer', theirs: 'number' },
              { aspect: 'default', ours: '1', theirs: '2' },
            ],
          },
          {
            location: 'query',
            name: 'query',
            changes: [
              { aspect: 'required', ours: 'true', theirs: 'false' },
              { aspect: 'enum', ours: undefined, theirs: '"a", "b"' },
            ],
          },
        ],
        changes: [],
      },
    ]);
    const report = formatReport(result);
    expect(report).toContain('      + query parameter "append_to_response"');
    expect(report).toContain('      - query parameter "language"');
    expect(report).toContain('      ~ query parameter "page": type integer → number; default 1 → 2');
  });

  it('treats a renamed path parameter as the same operation with a changed parameter name', () => {
    const theirs = spec({
      '/3/movie/{id}': getWith([
        { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
        languageParam,
      ]),
      '/3/search/movie': getWith([
        { name: 'query', in: 'query', required: true, schema: { type: 'string' } },
        pageParam,
      ]),
    });

    const result = diff(baseSpec(), theirs);

    expect(result.addedOperations).toEqual([]);
    expect(result.removedOperations).toEqual([]);
    expect(result.changedOperations).toHaveLength(1);
    expect(result.changedOperations[0]?.changedParameters).toEqual([
      { location: 'path', name: 'id', changes: [{ aspect: 'name', ours: 'movie_id', theirs: 'id' }] },
    ]);
  });

  it('resolves $ref parameters and schemas, path-level parameters and allOf, so spelling alone never differs', () => {
    const theirs = spec(
      {
        '/3/movie/{movie_id}': {
          parameters: [{ $ref: '#/components/parameters/MovieId' }],
          get: { parameters: [{ $ref: '#/components/parameters/Language' }], responses: {} },
        },
        '/3/search/movie': getWith([
          {
            name: 'query',
            in: 'query',
            required: true,
            schema: { allOf: [{ $ref: '#/components/schemas/Text' }] },
          },
          { $ref: '#/components/parameters/Page' },
        ]),
      },
      {
        components: {
          parameters: {
            MovieId: {
              name: 'movie_id',
              in: 'path',
              required: true,
              schema: { $ref: '#/components/schemas/Id' },
            },
            Language: languageParam,
            Page: pageParam,
          },
          schemas: { Id: { type: 'integer' }, Text: { type: 'string' } },
        },
      },
    );

    expect(countDifferences(diff(baseSpec(), theirs))).toBe(0);
  });

  it('reads OpenAPI 3.0 nullable and 3.1 type arrays as the same type', () => {
    const ours = spec({
      '/3/a': getWith([{ name: 'x', in: 'query', schema: { type: ['string', 'null'] } }]),
    });
    const theirs = spec(
      { '/3/a': getWith([{ name: 'x', in: 'query', schema: { type: 'string', nullable: true } }]) },
      { openapi: '3.0.3' },
    );
    expect(countDifferences(diff(ours, theirs))).toBe(0);
  });

  it('puts the server base path in front of paths that do not already carry it', () => {
    const theirs = spec(
      {
        '/movie/{movie_id}': (baseSpec().paths as JsonObject)['/3/movie/{movie_id}'] ?? {},
        '/search/movie': (baseSpec().paths as JsonObject)['/3/search/movie'] ?? {},
      },
      { servers: [{ url: 'https://api.example.test/3/' }] },
    );
    expect(countDifferences(diff(baseSpec(), theirs))).toBe(0);
  });

  it('reports request bodies and deprecation that changed', () => {
    const body = (required: boolean, type: string): JsonObject => ({
      required,
      content: { [type]: { schema: { type: 'object' } } },
    });
    const ours = spec({
      '/3/list': { post: { requestBody: body(true, 'application/json'), responses: {} } },
    });
    const theirs = spec({
      '/3/list': {
        post: {
          deprecated: true,
          requestBody: body(false, 'application/x-www-form-urlencoded'),
          responses: {},
        },
      },
    });

    expect(diff(ours, theirs).changedOperations[0]?.changes).toEqual([
      {
        aspect: 'requestBody',
        ours: 'required application/json',
        theirs: 'optional application/x-www-form-urlencoded',
      },
      { aspect: 'deprecated', ours: undefined, theirs: 'true' },
    ]);
  });
});

describe('parseSpec', () => {
  it.each([
    ['openapi: 3.1.0', /not JSON/],
    ['[]', /expected a JSON object/],
    ['{"swagger": "2.0", "paths": {}}', /not an OpenAPI 3 document \(Swagger 2.0\)/],
    ['{"openapi": "3.1.0"}', /no "paths" object/],
  ])('rejects %s with a reason', (text, reason) => {
    expect(() => parseSpec(text, 'x.json')).toThrow(reason);
  });

  it('names a $ref it cannot follow', () => {
    const broken = spec({ '/3/a': getWith([{ $ref: '#/components/parameters/Missing' }]) });
    expect(() => collectOperations(broken)).toThrow(
      '$ref "#/components/parameters/Missing" does not resolve',
    );
  });

  it('stops at a $ref cycle instead of looping', () => {
    const cyclic = spec(
      { '/3/a': getWith([{ $ref: '#/components/parameters/A' }]) },
      {
        components: {
          parameters: { A: { $ref: '#/components/parameters/B' }, B: { $ref: '#/components/parameters/A' } },
        },
      },
    );
    expect(() => collectOperations(cyclic)).toThrow(/\$ref cycle/);
  });
});

describe('comparing against one API version', () => {
  const v3AndV4 = () =>
    spec({
      '/3/search/movie': getWith([pageParam]),
      '/4/list/{list_id}': getWith([pageParam]),
      '/4/account/{account_object_id}/lists': getWith([pageParam]),
    });

  it('narrows our side to the versions upstream covers, so a v4 file does not "remove" v3', () => {
    const theirs = collectOperations(
      spec({ '/4/list/{list_id}': getWith([pageParam]), '/4/{list_id}': { delete: { responses: {} } } }),
    );
    const ours = withinVersions(collectOperations(v3AndV4()), apiVersionsOf(theirs));
    const result = diffOperations(ours, theirs);
    expect(result.removedOperations).toEqual([
      { method: 'GET', path: '/4/account/{account_object_id}/lists' },
    ]);
    expect(result.addedOperations).toEqual([{ method: 'DELETE', path: '/4/{list_id}' }]);
    expect(result.comparedOperations).toBe(1);
  });

  it('keeps everything when upstream names no version', () => {
    const ours = collectOperations(v3AndV4());
    expect(withinVersions(ours, apiVersionsOf(collectOperations(spec({ '/': getWith([]) }))))).toBe(ours);
  });
});
