// The operation-method emitter on small in-memory specs: nested namespaces (v4's `v4.lists.details`),
// and the loud failures, without running the whole generator.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitOperations } from '../scripts/emit-operations.mjs';

const specDir = mkdtempSync(join(tmpdir(), 'tmdb-kit-emit-'));
writeFileSync(
  join(specDir, 'openapi.yaml'),
  [
    'paths:',
    '  /4/list/{list_id}:',
    '    $ref: paths/v4/list.yaml',
    '  /4/auth/request_token:',
    '    $ref: paths/v4/request-token.yaml',
    '  /3/movie/{movie_id}:  ',
    '    $ref: "paths/movie.yaml"',
    '  /3/tv/{series_id}:',
    "    $ref:    'paths/tv.yaml'",
    'components:',
    '  x-not-a-path:',
    '    /3/unlisted:',
    '      $ref: paths/wrong.yaml',
    '',
  ].join('\n'),
);
afterAll(() => rmSync(specDir, { recursive: true, force: true }));

const ok = { '200': { content: { 'application/json': { schema: { type: 'object' } } } } };
const operation = (name: string, operationId: string, extra: object = {}) => ({
  operationId,
  'x-tmdb-method': name,
  summary: `The ${name} summary`,
  responses: ok,
  ...extra,
});
const spec = (paths: object, components: object = {}) => ({ paths, components });
const emit = (paths: object, components: object = {}) =>
  emitOperations(spec(paths, components), {
    specDir,
    fail: (message) => new Error(message),
    display: (file) => file.replace(`${specDir}/`, ''),
  });

/** The whole message generation fails with, or what it returned if it did not fail. */
const failureOf = (paths: object, components: object = {}) => {
  try {
    return `no failure:\n${emit(paths, components)}`;
  } catch (error) {
    return (error as Error).message;
  }
};
const json = (schema?: object) => ({ content: { 'application/json': schema ? { schema } : {} } });
const pathParam = (name: string, description?: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'integer' },
  ...(description ? { description } : {}),
});
const query = (name: string, required = false) => ({
  name,
  in: 'query',
  required,
  schema: { type: 'string' },
});
/** The `OperationFacts` entry of one method, its lines. */
const factsOf = (output: string, name: string) =>
  output
    .split(`\n${JSON.stringify(name)}: {\n`)[1]
    ?.split('\n};')[0]
    ?.split('\n');
/** The runtime table's row of one method, in its namespace. */
const rowOf = (output: string, name: string) => {
  const namespace = name.slice(0, name.lastIndexOf('.'));
  const block = output
    .split(`\n${JSON.stringify(namespace)}: {\n`)
    .at(-1)
    ?.split('\n},')[0];
  return block?.split('\n').find((line) => line.startsWith(`${name.slice(name.lastIndexOf('.') + 1)}: `));
};

describe('emitOperations', () => {
  it('nests namespaces as deep as the names go, in the tree and the table', () => {
    const output = emit({
      '/4/list/{list_id}': {
        get: operation('v4.lists.details', 'getListV4', {
          parameters: [{ name: 'list_id', in: 'path', required: true, schema: { type: 'integer' } }],
        }),
      },
      '/4/auth/request_token': { post: operation('v4.auth.createRequestToken', 'createRequestTokenV4') },
    });
    expect(output).toMatch(
      /v4: \{\n\s+auth: \{[\s\S]*createRequestToken: M\["v4\.auth\.createRequestToken"\];/,
    );
    expect(output).toMatch(/lists: \{[\s\S]*details: M\["v4\.lists\.details"\];/);
    expect(output).toContain('"v4.lists": {\ndetails: "/4/list/{list_id}",\n},');
    expect(output).toContain('"v4.auth": {\ncreateRequestToken: "POST /4/auth/request_token",\n},');
    expect(output).toContain('lead: [list_id: operations["getListV4"]["parameters"]["path"]["list_id"]];');
    expect(output).toContain('* The v4.lists.details summary');
  });

  it('fails naming the file when a name is missing or reserved, or a parameter name is taken', () => {
    const failure = () =>
      emit({
        '/4/list/{list_id}': {
          get: {
            operationId: 'getListV4',
            responses: ok,
            parameters: [{ name: 'list_id', in: 'path', required: true, schema: { type: 'integer' } }],
          },
          delete: operation('v4.lists.then', 'deleteListV4', {
            parameters: [{ name: 'list_id', in: 'path', required: true, schema: { type: 'integer' } }],
          }),
        },
        '/4/auth/request_token': {
          post: operation('v4.auth.createRequestToken', 'createRequestTokenV4', {
            parameters: [{ name: 'signal', in: 'query', schema: { type: 'string' } }],
          }),
        },
      });
    expect(failure).toThrow('paths/v4/list.yaml: GET /4/list/{list_id}: has no x-tmdb-method');
    expect(failure).toThrow(
      'paths/v4/list.yaml: DELETE /4/list/{list_id}: x-tmdb-method "v4.lists.then" uses "then"',
    );
    expect(failure).toThrow(
      'paths/v4/request-token.yaml: POST /4/auth/request_token: has a query parameter "signal"',
    );
  });

  it('emits the whole module for a small spec: documented methods, facts, the tree and the table', () => {
    const output = emit({
      '/3/movie/{movie_id}': {
        get: {
          operationId: 'movie-details',
          'x-tmdb-method': 'movies.details',
          summary: '  Details  ',
          description: 'Line one.\n\nEnds a comment */ early.',
          parameters: [pathParam('movie_id', ' The movie id. ')],
          externalDocs: { url: 'https://example.test/movie', description: ' Movie details ' },
          responses: { '200': json({ type: 'object' }) },
        },
      },
      '/3/tv/{series_id}': {
        post: {
          operationId: 'tv-rate',
          'x-tmdb-method': 'tv.rating.add',
          summary: 'Rate',
          parameters: [pathParam('series_id')],
          requestBody: json({ type: 'object' }),
          responses: { '201': json({ type: 'object' }) },
        },
      },
      '/3/unlisted': { get: { operationId: 'unlisted', 'x-tmdb-method': 'a.b', responses: ok } },
    });
    expect(output).toMatchInlineSnapshot(`
      "/**
       * Generated by @tmdb-kit/types from each operation's \`x-tmdb-method\` in openapi/.
       * Do not edit: change the spec and run \`pnpm generate\`.
       */

      import type { operations } from "./tmdb.js";

      /**
       * What each operation method takes and returns, by its \`x-tmdb-method\` name:
       * - \`lead\`: the positional arguments (a single path id, then the request body, if any);
       * - \`params\`: the flat object of query parameters (and of path parameters, when there are several), or never;
       * - \`required\`: the keys of \`params\` a call must set;
       * - \`result\`: the success body (for append_to_response operations, the details without appends);
       * - \`appends\`: what append_to_response can add, by key; \`paged\`: the body is a page of results.
       */
      export interface OperationFacts {
      "a.b": {
      lead: [];
      params: never;
      required: never;
      result: operations["unlisted"]["responses"][200]["content"]["application/json"];
      };
      "movies.details": {
      lead: [movie_id: operations["movie-details"]["parameters"]["path"]["movie_id"]];
      params: never;
      required: never;
      result: operations["movie-details"]["responses"][200]["content"]["application/json"];
      };
      "tv.rating.add": {
      lead: [series_id: operations["tv-rate"]["parameters"]["path"]["series_id"], body: NonNullable<operations["tv-rate"]["requestBody"]>["content"]["application/json"]];
      params: never;
      required: never;
      result: operations["tv-rate"]["responses"][201]["content"]["application/json"];
      };
      }

      /** The name of every operation method (\`"movies.details"\`). */
      export type MethodName = keyof OperationFacts;

      /** The client's namespaces, with \`M[name]\` as each method: \`tmdb.movies.details\` is \`M["movies.details"]\`. */
      export interface TmdbMethodTree<M extends { [Name in MethodName]: unknown }> {
        a: {
          /**
           * \`GET /3/unlisted\`
           *
           * @see {@link https://developer.themoviedb.org/reference TMDB API reference}
           */
          b: M["a.b"];
        };
        movies: {
          /**
           * Details
           *
           * Line one.
           *
           * Ends a comment *\\/ early.
           *
           * \`GET /3/movie/{movie_id}\`
           *
           * @param movie_id The movie id.
           *
           * @see {@link https://example.test/movie Movie details}
           */
          details: M["movies.details"];
        };
        tv: {
          rating: {
            /**
             * Rate
             *
             * \`POST /3/tv/{series_id}\`
             *
             * @param series_id
             *
             * @see {@link https://developer.themoviedb.org/reference TMDB API reference}
             */
            add: M["tv.rating.add"];
          };
        };
      }

      /**
       * Per namespace and method, \`"[<METHOD> ]<path>[ <flags>]"\` for the runtime: the method is left out for
       * GET; flags b: request body, p: paginated, a: append_to_response. (Grouped and terse: every bundle has it.)
       */
      export const operationTable: {
        readonly [Namespace: string]: { readonly [Method: string]: string };
      } = {
      "a": {
      b: "/3/unlisted",
      },
      "movies": {
      details: "/3/movie/{movie_id}",
      },
      "tv.rating": {
      add: "POST /3/tv/{series_id} b",
      },
      };
      "
    `);
  });

  it('names the spec file from the root document, and falls back to the root for paths it does not list', () => {
    const unnamed = { operationId: 'x', responses: ok };
    expect(
      failureOf({
        '/3/movie/{movie_id}': { get: { ...unnamed, 'x-tmdb-method': 7 } },
        '/3/tv/{series_id}': { put: unnamed },
        '/3/unlisted': { patch: unnamed },
        '/3/nothing': null,
      }),
    ).toMatchInlineSnapshot(`
      "operation method names are not usable:
        paths/movie.yaml: GET /3/movie/{movie_id}: has no x-tmdb-method (the name of its client method, e.g. "movies.details")
        paths/tv.yaml: PUT /3/tv/{series_id}: has no x-tmdb-method (the name of its client method, e.g. "movies.details")
        openapi.yaml (paths./3/unlisted): PATCH /3/unlisted: has no x-tmdb-method (the name of its client method, e.g. "movies.details")"
    `);
  });

  it('accepts dotted camelCase names only', () => {
    const named = (name: string) => ({ '/3/unlisted': { get: operation(name, 'x') } });
    for (const name of [
      'movies',
      'Movies.details',
      'movies.Details',
      '1movies.details',
      'movies.details-x',
      'movies..details',
      'movies.',
    ]) {
      expect(failureOf(named(name))).toBe(
        `operation method names are not usable:\n  openapi.yaml (paths./3/unlisted): GET /3/unlisted: x-tmdb-method "${name}" is not "<namespace>.<method>" in dotted camelCase`,
      );
    }
    expect(rowOf(emit(named('movies2.getDetails9')), 'movies2.getDetails9')).toBe(
      'getDetails9: "/3/unlisted",',
    );
  });

  it('rejects the client members at the top only, and then, prototype keys anywhere', () => {
    const named = (name: string) => ({ '/3/unlisted': { get: operation(name, 'x') } });
    const reason = (name: string, segment: string) =>
      `operation method names are not usable:\n  openapi.yaml (paths./3/unlisted): GET /3/unlisted: x-tmdb-method "${name}" uses "${segment}", which the client object cannot carry`;
    for (const segment of ['use', 'eject', 'request']) {
      expect(failureOf(named(`${segment}.list`))).toBe(reason(`${segment}.list`, segment));
      expect(rowOf(emit(named(`movies.${segment}`)), `movies.${segment}`)).toBe(`${segment}: "/3/unlisted",`);
    }
    for (const segment of ['then', 'constructor', 'prototype', 'toString', 'valueOf']) {
      expect(failureOf(named(`movies.${segment}`))).toBe(reason(`movies.${segment}`, segment));
      expect(failureOf(named(`${segment}.list`))).toBe(reason(`${segment}.list`, segment));
    }
  });

  it('fails on a name used twice, naming where it was first, and on a missing operationId', () => {
    expect(
      failureOf({
        '/3/movie/{movie_id}': {
          get: operation('movies.details', 'a', { parameters: [pathParam('movie_id')] }),
        },
        '/3/tv/{series_id}': {
          get: operation('movies.details', 'b', { parameters: [pathParam('series_id')] }),
          delete: operation('movies.details', 'c', { parameters: [pathParam('series_id')] }),
        },
        '/3/unlisted': { get: { 'x-tmdb-method': 'other.list', responses: ok } },
      }),
    ).toMatchInlineSnapshot(`
      "operation method names are not usable:
        paths/tv.yaml: GET /3/tv/{series_id}: x-tmdb-method "movies.details" is already the name of GET /3/movie/{movie_id} (paths/movie.yaml)
        paths/tv.yaml: DELETE /3/tv/{series_id}: x-tmdb-method "movies.details" is already the name of GET /3/movie/{movie_id} (paths/movie.yaml)
        openapi.yaml (paths./3/unlisted): GET /3/unlisted: has no operationId (the generated types are indexed by it)"
    `);
  });

  it('fails on a name that is also a namespace, at any depth', () => {
    expect(
      failureOf({
        '/3/movie/{movie_id}': {
          get: operation('movies.details', 'a', { parameters: [pathParam('movie_id')] }),
        },
        '/3/tv/{series_id}': {
          get: operation('movies.details.more.extra', 'b', { parameters: [pathParam('series_id')] }),
        },
        '/3/unlisted': { get: operation('movies.details.more', 'c') },
      }),
    ).toMatchInlineSnapshot(`
      "operation method names are not usable:
        paths/movie.yaml: GET /3/movie/{movie_id}: x-tmdb-method "movies.details" is also the namespace of "movies.details.more.extra" (paths/tv.yaml)
        openapi.yaml (paths./3/unlisted): GET /3/unlisted: x-tmdb-method "movies.details.more" is also the namespace of "movies.details.more.extra" (paths/tv.yaml)
        paths/movie.yaml: GET /3/movie/{movie_id}: x-tmdb-method "movies.details" is also the namespace of "movies.details.more" (openapi.yaml (paths./3/unlisted))"
    `);
  });

  it('fails when the path parameters do not match the template', () => {
    const at = (path: string, parameters: object[]) =>
      failureOf({ [path]: { get: operation('a.b', 'x', { parameters }) } });
    expect(at('/3/movie/{movie_id}', [])).toContain(
      'GET /3/movie/{movie_id}: its path parameters (none) do not match the path template',
    );
    expect(at('/3/movie/{movie_id}', [pathParam('id')])).toContain('its path parameters (id) do not match');
    expect(at('/3/unlisted', [pathParam('id')])).toContain('its path parameters (id) do not match');
    expect(at('/3/movie/{movie_id}', [pathParam('movie_id'), pathParam('id')])).toContain(
      'its path parameters (movie_id, id) do not match',
    );
    expect(at('/3/a/{x}/{y}', [pathParam('x')])).toContain(
      'GET /3/a/{x}/{y}: its path parameters (x) do not match',
    );
    expect(at('/3/a/{x}/{y}', [pathParam('y'), pathParam('x'), query('z')])).toMatch(/^no failure/);
  });

  it('fails on query parameters the client takes for itself or that a path parameter has', () => {
    const withQuery = (parameters: object[], responses: object = ok) =>
      failureOf({
        '/3/movie/{movie_id}': {
          get: operation('movies.details', 'x', {
            parameters: [pathParam('movie_id'), ...parameters],
            responses,
          }),
        },
      });
    expect(withQuery([query('movie_id')])).toBe(
      'operation method names are not usable:\n  paths/movie.yaml: GET /3/movie/{movie_id}: path and query both have a parameter "movie_id"; the client takes them in one flat object, so one must be renamed',
    );
    expect(withQuery([{ ...pathParam('signal'), in: 'header' }, query('id')])).toMatch(/^no failure/);
    const page = { '200': json({ allOf: [{ $ref: '#/components/schemas/Page' }, { type: 'object' }] }) };
    expect(withQuery([query('page'), query('maxPages')], page)).toBe(
      'operation method names are not usable:\n  paths/movie.yaml: GET /3/movie/{movie_id}: has a query parameter "maxPages", which the client uses for pages',
    );
    // Not paged, so `maxPages` is the spec's own.
    expect(withQuery([query('maxPages')], page)).toMatch(/^no failure/);
    expect(withQuery([query('page'), query('maxPages')])).toMatch(/^no failure/);
    const appendable = {
      '200': json({
        allOf: [{ $ref: '#/components/schemas/MovieDetails' }, { $ref: '#/components/schemas/MovieAppends' }],
      }),
    };
    expect(withQuery([query('append_to_response'), query('append')], appendable)).toBe(
      'operation method names are not usable:\n  paths/movie.yaml: GET /3/movie/{movie_id}: has a query parameter "append", which the client uses for append_to_response',
    );
    expect(withQuery([query('append')], appendable)).toMatch(/^no failure/);
  });

  it('fails on an append_to_response operation whose 200 schema is not allOf [Details, Appends]', () => {
    const reason =
      'operation method names are not usable:\n  openapi.yaml (paths./3/unlisted): GET /3/unlisted: takes append_to_response but its 200 schema is not allOf [<Thing>Details, <Thing>Appends]';
    const withSchema = (schema?: object) =>
      failureOf({
        '/3/unlisted': {
          get: operation('a.b', 'x', {
            parameters: [query('append_to_response')],
            responses: { '200': json(schema) },
          }),
        },
      });
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    expect(withSchema()).toBe(reason);
    expect(withSchema({ type: 'object' })).toBe(reason);
    expect(withSchema({ allOf: [ref('MovieAppends')] })).toBe(reason);
    expect(withSchema({ allOf: [ref('MovieDetails')] })).toBe(reason);
    expect(withSchema({ allOf: [ref('MovieAppends'), ref('TvAppends')] })).toBe(reason);
    expect(withSchema({ allOf: [ref('MovieDetails'), ref('MovieAppends'), ref('More')] })).toBe(reason);
    expect(withSchema({ allOf: [ref('MovieDetails'), { type: 'object' }] })).toBe(reason);
    expect(
      withSchema({ allOf: [ref('MovieDetails'), { $ref: '#/components/schemas/x/MovieAppends' }] }),
    ).toBe(reason);
    expect(
      withSchema({ allOf: [ref('MovieDetails'), { $ref: 'other.yaml#/components/schemas/MovieAppends' }] }),
    ).toBe(reason);
    expect(
      withSchema({ allOf: [ref('MovieDetails'), { $ref: '#/components/schemas/MovieAppends/x' }] }),
    ).toBe(reason);
    expect(withSchema({ allOf: [null, ref('MovieAppends')] })).toBe(reason);
    const output = withSchema({ allOf: [ref('MovieAppends'), ref('MovieDetails')] });
    expect(factsOf(output, 'a.b')).toEqual([
      'lead: [];',
      'params: Omit<NonNullable<operations["x"]["parameters"]["query"]>, "append_to_response">;',
      'required: never;',
      'result: components["schemas"]["MovieDetails"];',
      'appends: components["schemas"]["MovieAppends"];',
    ]);
    expect(rowOf(output, 'a.b')).toBe('b: "/3/unlisted a",');
    expect(output).toContain('import type { components, operations } from "./tmdb.js";');
  });

  it('fails on an operation without a JSON success body or with a non-JSON request body', () => {
    const at = (extra: object) => failureOf({ '/3/unlisted': { post: operation('a.b', 'x', extra) } });
    const prefix =
      'operation method names are not usable:\n  openapi.yaml (paths./3/unlisted): POST /3/unlisted: ';
    expect(
      at({
        responses: {
          '204': { description: 'No content' },
          '203': { content: { 'text/plain': {} } },
          '202': null,
          '404': json({ type: 'object' }),
          '4200': json({ type: 'object' }),
          '2000': json({ type: 'object' }),
          default: json({ type: 'object' }),
        },
      }),
    ).toBe(`${prefix}has no 2xx response with a JSON body for its method to return`);
    expect(at({ responses: undefined })).toBe(
      `${prefix}has no 2xx response with a JSON body for its method to return`,
    );
    expect(at({ requestBody: { content: { 'multipart/form-data': {} } } })).toBe(
      `${prefix}has a request body that is not JSON, which the client methods cannot send`,
    );
    expect(at({ requestBody: {} })).toBe(
      `${prefix}has a request body that is not JSON, which the client methods cannot send`,
    );
  });

  it('lists every problem of a run, one a line', () => {
    expect(
      failureOf({
        '/3/unlisted': {
          get: operation('a.b', 'x', { parameters: [query('signal')] }),
          post: operation('a.c', 'y', { responses: {} }),
        },
      }),
    ).toBe(
      [
        'operation method names are not usable:',
        '  openapi.yaml (paths./3/unlisted): GET /3/unlisted: has a query parameter "signal", which the client uses for the call\'s AbortSignal',
        '  openapi.yaml (paths./3/unlisted): POST /3/unlisted: has no 2xx response with a JSON body for its method to return',
      ].join('\n'),
    );
  });

  it('takes a single path id first, then the body, then one flat object of the rest', () => {
    const output = emit(
      {
        '/3/a/{x}/{y}': {
          parameters: [
            pathParam('x', 'Path-level x'),
            pathParam('y', 'Path-level y'),
            null,
            { name: 'q' },
            { in: 'query' },
          ],
          post: operation('many.write', 'many', {
            parameters: [
              pathParam('y', 'The y'),
              query('q', true),
              query('r'),
              { $ref: '#/components/parameters/a~1b~0c' },
              { $ref: '#/components/parameters/missing' },
              { $ref: 'elsewhere.yaml#/q' },
              // Only `#/` references are resolved, not a relative file's, nor through what is not there.
              { $ref: './components/parameters/t' },
              { $ref: '#/components/missing/u' },
            ],
            requestBody: { $ref: '#/components/requestBodies/Write' },
            responses: { '201': json({ type: 'object' }), '200': { $ref: '#/components/responses/Ok' } },
          }),
        },
        '/3/movie/{movie_id}': {
          get: operation('movies.list', 'list', { parameters: [pathParam('movie_id'), query('language')] }),
        },
      },
      {
        parameters: { 'a/b~c': query('s', true), t: query('t', true) },
        requestBodies: { Write: json({ type: 'object' }) },
        responses: { Ok: json({ type: 'object' }) },
      },
    );
    expect(factsOf(output, 'many.write')).toEqual([
      'lead: [body: NonNullable<operations["many"]["requestBody"]>["content"]["application/json"]];',
      'params: operations["many"]["parameters"]["path"] & NonNullable<operations["many"]["parameters"]["query"]>;',
      'required: "x" | "y" | "q" | "s";',
      'result: operations["many"]["responses"][200]["content"]["application/json"] | operations["many"]["responses"][201]["content"]["application/json"];',
    ]);
    expect(rowOf(output, 'many.write')).toBe('write: "POST /3/a/{x}/{y} b",');
    expect(output).toContain('* @param x Path-level x\n     *\n     * @param y The y\n');
    expect(factsOf(output, 'movies.list')).toEqual([
      'lead: [movie_id: operations["list"]["parameters"]["path"]["movie_id"]];',
      'params: NonNullable<operations["list"]["parameters"]["query"]>;',
      'required: never;',
      'result: operations["list"]["responses"][200]["content"]["application/json"];',
    ]);
    expect(output).toContain('import type { operations } from "./tmdb.js";');
  });

  it('marks paged operations: a page parameter and a body composing Page, inline or by reference', () => {
    const pageBody = { allOf: [{ type: 'object' }, { $ref: '#/components/schemas/Page' }] };
    const output = emit(
      {
        '/3/unlisted': {
          get: operation('paged.inline', 'a', {
            parameters: [query('page')],
            responses: { '200': json(pageBody) },
          }),
          put: operation('paged.referenced', 'b', {
            parameters: [query('page')],
            responses: { '200': json({ $ref: '#/components/schemas/MoviePage' }) },
          }),
          post: operation('paged.noPage', 'c', {
            parameters: [query('language')],
            responses: { '200': json(pageBody) },
          }),
          delete: operation('paged.noEnvelope', 'd', {
            parameters: [query('page')],
            responses: { '200': json({ allOf: [{ $ref: '#/components/schemas/Pages' }] }) },
          }),
          trace: operation('paged.oddPart', 'g', {
            parameters: [query('page')],
            responses: { '200': json({ allOf: [null, { $ref: '#/components/schemas/Page' }] }) },
          }),
          patch: operation('paged.noSchema', 'e', {
            parameters: [query('page')],
            responses: { '200': json() },
          }),
          options: operation('paged.all', 'f', {
            parameters: [query('page'), query('append_to_response')],
            requestBody: json({ type: 'object' }),
            responses: {
              '200': json({
                allOf: [{ $ref: '#/components/schemas/Page' }, { $ref: '#/components/schemas/PageAppends' }],
              }),
            },
          }),
        },
      },
      { schemas: { MoviePage: pageBody } },
    );
    expect(factsOf(output, 'paged.inline')).toContain('paged: true;');
    expect(factsOf(output, 'paged.referenced')).toContain('paged: true;');
    expect(factsOf(output, 'paged.noPage')).not.toContain('paged: true;');
    expect(factsOf(output, 'paged.noEnvelope')).not.toContain('paged: true;');
    expect(factsOf(output, 'paged.oddPart')).toContain('paged: true;');
    // One method with appends is enough for the module to import `components`.
    expect(output).toContain('import type { components, operations } from "./tmdb.js";');
    expect(factsOf(output, 'paged.noSchema')).toEqual([
      'lead: [];',
      'params: NonNullable<operations["e"]["parameters"]["query"]>;',
      'required: never;',
      'result: operations["e"]["responses"][200]["content"]["application/json"];',
    ]);
    expect(factsOf(output, 'paged.all')).toEqual([
      'lead: [body: NonNullable<operations["f"]["requestBody"]>["content"]["application/json"]];',
      'params: Omit<NonNullable<operations["f"]["parameters"]["query"]>, "append_to_response">;',
      'required: never;',
      'result: components["schemas"]["Page"];',
      'appends: components["schemas"]["PageAppends"];',
      'paged: true;',
    ]);
    expect(output).toContain(
      [
        '"paged": {',
        'all: "OPTIONS /3/unlisted bpa",',
        'inline: "/3/unlisted p",',
        'noEnvelope: "DELETE /3/unlisted",',
        'noPage: "POST /3/unlisted",',
        'noSchema: "PATCH /3/unlisted",',
        'oddPart: "TRACE /3/unlisted p",',
        'referenced: "PUT /3/unlisted p",',
        '},',
      ].join('\n'),
    );
  });

  it('names the spec files in full without a display function', () => {
    let message = '';
    try {
      emitOperations(spec({ '/3/movie/{movie_id}': { get: { operationId: 'x', responses: ok } } }), {
        specDir,
        fail: (text) => new Error(text),
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      `operation method names are not usable:\n  ${join(specDir, 'paths/movie.yaml')}: GET /3/movie/{movie_id}: has no x-tmdb-method (the name of its client method, e.g. "movies.details")`,
    );
  });

  it('takes every HTTP method, and sorts the methods by name', () => {
    const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
    const output = emit({
      '/3/unlisted': Object.fromEntries(
        methods.map((method, index) => [method, operation(`z.m${7 - index}${method}`, method)]),
      ),
      '/3/other': { get: operation('b.x', 'bx'), post: operation('a.y', 'ay') },
    });
    expect(output).toContain(
      [
        '"a": {',
        'y: "POST /3/other",',
        '},',
        '"b": {',
        'x: "/3/other",',
        '},',
        '"z": {',
        'm0trace: "TRACE /3/unlisted",',
        'm1patch: "PATCH /3/unlisted",',
        'm2head: "HEAD /3/unlisted",',
        'm3options: "OPTIONS /3/unlisted",',
        'm4delete: "DELETE /3/unlisted",',
        'm5post: "POST /3/unlisted",',
        'm6put: "PUT /3/unlisted",',
        'm7get: "/3/unlisted",',
        '},',
      ].join('\n'),
    );
    expect(output.indexOf('"a.y": {')).toBeLessThan(output.indexOf('"b.x": {'));
    expect(output.indexOf('"b.x": {')).toBeLessThan(output.indexOf('"z.m0trace": {'));
    expect(output).toContain('* `TRACE /3/unlisted`');
  });

  it('documents the reference link with its own description, or a default one', () => {
    const output = emit({
      '/3/unlisted': {
        get: operation('a.b', 'x', { externalDocs: { url: 'https://example.test/b' } }),
        post: operation('a.c', 'y', { externalDocs: { description: 'no link' } }),
      },
    });
    expect(output).toContain(
      '    /**\n     * The a.b summary\n     *\n     * `GET /3/unlisted`\n     *\n     * @see {@link https://example.test/b TMDB reference}\n     */\n    b: M["a.b"];',
    );
    expect(output).toContain(
      '* @see {@link https://developer.themoviedb.org/reference TMDB API reference}\n     */\n    c: M["a.c"];',
    );
  });
});
