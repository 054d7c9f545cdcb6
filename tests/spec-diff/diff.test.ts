import { describe, expect, it } from 'vitest';
import { countDifferences, diffOperations, type SpecDiff } from '../../scripts/spec-diff/src/diff.js';
import type { JsonObject } from '../../scripts/spec-diff/src/json.js';
import { parseSpec } from '../../scripts/spec-diff/src/load-spec.js';
import { collectOperations } from '../../scripts/spec-diff/src/operations.js';
import { formatAgainstOursReport } from '../../scripts/spec-diff/src/report.js';
import { baseSpec, getWith, languageParam, pageParam, spec } from './specs.js';

function diff(ours: JsonObject, theirs: JsonObject): SpecDiff {
  return diffOperations(collectOperations(ours), collectOperations(theirs));
}

describe('diffOperations', () => {
  it('finds nothing between a spec and itself', () => {
    const result = diff(baseSpec(), baseSpec());
    expect(countDifferences(result)).toBe(0);
    expect(result.comparedOperations).toBe(2);
    expect(formatAgainstOursReport(result, 0)).toBe('No differences: all 2 operations match upstream.\n');
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
    const report = formatAgainstOursReport(result, 0);
    expect(report).toContain('  + DELETE /3/movie/{movie_id}');
    expect(report).toContain('  - GET /3/search/movie');
    expect(report).toContain('3 differences');
  });

  it('reports parameters added, removed and changed in type, required, enum and default', () => {
    const theirs = spec({
      '/3/movie/{movie_id}': getWith([
        { name: 'movie_id', in: 'path', required: true, schema: { type: 'integer' } },
        { name: 'include_adult', in: 'query', schema: { type: 'boolean' } },
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
        addedParameters: [{ location: 'query', name: 'include_adult' }],
        removedParameters: [{ location: 'query', name: 'language' }],
        renamedParameters: [],
        changedParameters: [],
        changes: [],
      },
      {
        method: 'GET',
        path: '/3/search/movie',
        addedParameters: [],
        removedParameters: [],
        renamedParameters: [],
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
              { aspect: 'enum', ours: undefined, theirs: '["a","b"]' },
            ],
          },
        ],
        changes: [],
      },
    ]);
    const report = formatAgainstOursReport(result, 0);
    expect(report).toContain('      + query parameter "include_adult"');
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

describe('each kind of parameter and body change', () => {
  const one = (parameter: JsonObject) => spec({ '/3/search/movie': getWith([parameter]) });
  const changesOf = (ours: JsonObject, theirs: JsonObject) => diff(ours, theirs).changedOperations[0];

  it('reports a format that changed, appeared or went away', () => {
    const id = (schema: JsonObject) => one({ name: 'id', in: 'query', schema });
    expect(
      changesOf(id({ type: 'integer', format: 'int32' }), id({ type: 'integer', format: 'int64' })),
    ).toEqual(
      expect.objectContaining({
        changedParameters: [
          { location: 'query', name: 'id', changes: [{ aspect: 'format', ours: 'int32', theirs: 'int64' }] },
        ],
      }),
    );
    expect(
      changesOf(id({ type: 'string' }), id({ type: 'string', format: 'date' }))?.changedParameters,
    ).toEqual([
      { location: 'query', name: 'id', changes: [{ aspect: 'format', ours: undefined, theirs: 'date' }] },
    ]);
    const report = formatAgainstOursReport(
      diff(id({ type: 'integer', format: 'int32' }), id({ type: 'integer', format: 'int64' })),
      0,
    );
    expect(report).toContain('      ~ query parameter "id": format int32 → int64');
  });

  it('reports an array whose item type, format or enum changed', () => {
    const ids = (items: JsonObject) => one({ name: 'ids', in: 'query', schema: { type: 'array', items } });
    expect(changesOf(ids({ type: 'string' }), ids({ type: 'integer' }))?.changedParameters).toEqual([
      { location: 'query', name: 'ids', changes: [{ aspect: 'items', ours: 'string', theirs: 'integer' }] },
    ]);
    expect(
      changesOf(ids({ type: 'integer', format: 'int32' }), ids({ type: 'integer', format: 'int64' }))
        ?.changedParameters,
    ).toEqual([
      {
        location: 'query',
        name: 'ids',
        changes: [{ aspect: 'items', ours: 'integer format int32', theirs: 'integer format int64' }],
      },
    ]);
    expect(
      changesOf(ids({ type: 'string', enum: ['a'] }), ids({ type: 'string', enum: ['a', 'b'] }))
        ?.changedParameters,
    ).toEqual([
      {
        location: 'query',
        name: 'ids',
        changes: [{ aspect: 'items', ours: 'string enum ["a"]', theirs: 'string enum ["a","b"]' }],
      },
    ]);
  });

  it('reports a query parameter renamed when one went and one alike in everything else came', () => {
    const ours = one({ name: 'lang', in: 'query', schema: { type: 'string', enum: ['en', 'fr'] } });
    const theirs = one({ name: 'language', in: 'query', schema: { type: 'string', enum: ['en', 'fr'] } });
    const changed = changesOf(ours, theirs);
    expect(changed).toMatchObject({
      addedParameters: [],
      removedParameters: [],
      renamedParameters: [{ location: 'query', from: 'lang', to: 'language' }],
    });
    expect(formatAgainstOursReport(diff(ours, theirs), 0)).toContain(
      '      ~ query parameter "lang" renamed to "language"',
    );
  });

  it('does not guess a rename when the newcomer differs or several look alike', () => {
    const text = { type: 'string' };
    const different = changesOf(
      one({ name: 'lang', in: 'query', schema: text }),
      one({ name: 'language', in: 'query', schema: { type: 'integer' } }),
    );
    expect(different).toMatchObject({
      addedParameters: [{ location: 'query', name: 'language' }],
      removedParameters: [{ location: 'query', name: 'lang' }],
      renamedParameters: [],
    });
    const ambiguous = diff(
      spec({
        '/3/search/movie': getWith([
          { name: 'a', in: 'query', schema: text },
          { name: 'b', in: 'query', schema: text },
        ]),
      }),
      spec({ '/3/search/movie': getWith([{ name: 'c', in: 'query', schema: text }]) }),
    ).changedOperations[0];
    expect(ambiguous?.renamedParameters).toEqual([]);
    expect(ambiguous?.removedParameters).toHaveLength(2);
    expect(ambiguous?.addedParameters).toEqual([{ location: 'query', name: 'c' }]);
  });

  it('says a parameter is now required and which enum values are new or gone', () => {
    const ours = one({ name: 'window', in: 'query', schema: { type: 'string', enum: ['day', 'week'] } });
    const theirs = one({
      name: 'window',
      in: 'query',
      required: true,
      schema: { type: 'string', enum: ['week', 'month', 'year'] },
    });
    expect(formatAgainstOursReport(diff(ours, theirs), 0)).toContain(
      '      ~ query parameter "window": now required; new enum values "month", "year"; enum value "day" gone',
    );
    expect(formatAgainstOursReport(diff(theirs, ours), 0)).toContain(
      '      ~ query parameter "window": no longer required; new enum value "day"; enum values "month", "year" gone',
    );
  });

  it('says when a request body was added or removed', () => {
    const withoutBody = spec({ '/3/list': { post: { responses: {} } } });
    const withBody = spec({
      '/3/list': {
        post: {
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: {},
        },
      },
    });
    expect(changesOf(withoutBody, withBody)?.changes).toEqual([
      { aspect: 'requestBody', ours: undefined, theirs: 'optional application/json' },
    ]);
    expect(formatAgainstOursReport(diff(withoutBody, withBody), 0)).toContain(
      '      ~ request body added (optional application/json)',
    );
    expect(formatAgainstOursReport(diff(withBody, withoutBody), 0)).toContain(
      '      ~ request body removed (was optional application/json)',
    );
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
