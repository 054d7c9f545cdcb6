// An engine over a hand-made spec whose parameter schemas use shapes the bundled spec does not: $ref
// chains and nested combinators around the 16-level limit, a list of types, braces inside a path segment,
// an operation without a handler and one whose spec leaves out a parameter its handler needs. The routes reuse real handlers
// (movie details, discover, search), so the answers are the data set's.
import { createMockEngine, type MockEngine } from '../../src/index.js';
import type { OperationSpec, ParameterSpec } from '../../src/openapi/operations.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const schemas: Record<string, unknown> = {};

/**
 * A `$ref` to a chain of `links` schemas that each only refer to the next, ending in `terminal`: read from
 * a parameter, the terminal schema sits `links + 1` levels deep.
 */
function refChain(name: string, links: number, terminal: unknown): unknown {
  for (let index = 0; index < links; index++)
    schemas[`${name}${index}`] = { $ref: `#/components/schemas/${name}${index + 1}` };
  schemas[`${name}${links}`] = terminal;
  return { $ref: `#/components/schemas/${name}0` };
}

/** `terminal` wrapped in `depth` levels of single-option anyOf. */
function nestedAnyOf(depth: number, terminal: unknown): unknown {
  return depth === 0 ? terminal : { anyOf: [nestedAnyOf(depth - 1, terminal)] };
}

const integer = { type: 'integer' };
const date = { type: 'string', format: 'date' };

const movieId = (schema: unknown): ParameterSpec => ({
  name: 'movie_id',
  in: 'path',
  required: true,
  schema,
});

function movieRoute(prefix: string, schema: unknown): OperationSpec {
  return operation('getMovieDetails', `/${prefix}/movie/{movie_id}`, [movieId(schema)]);
}

function discoverRoute(prefix: string, schema: unknown): OperationSpec {
  const releaseDate: ParameterSpec = { name: 'release_date.gte', in: 'query', required: false, schema };
  return operation('discoverMovie', `/${prefix}/discover`, [releaseDate]);
}

function operation(
  operationId: string,
  pathTemplate: string,
  parameters: readonly ParameterSpec[],
): OperationSpec {
  return {
    operationId,
    method: 'get',
    pathTemplate,
    parameters,
    requestBody: undefined,
    responseStatuses: new Set([200, 400, 404, 422]),
  };
}

const operations: OperationSpec[] = [
  movieRoute('ref16', refChain('Sixteen', 15, integer)),
  movieRoute('ref17', refChain('Seventeen', 16, integer)),
  movieRoute('allOf', { allOf: [integer] }),
  movieRoute('oneOf', { oneOf: [integer] }),
  movieRoute('anyOf', { anyOf: [integer] }),
  movieRoute('anyOf16', nestedAnyOf(16, integer)),
  movieRoute('anyOf17', nestedAnyOf(17, integer)),
  movieRoute('typelist', { type: ['integer'] }),
  discoverRoute('date16', refChain('DateSixteen', 15, date)),
  discoverRoute('date17', refChain('DateSeventeen', 16, date)),
  // Braces inside a segment are literal text: only a segment that is one `{name}` is a parameter.
  operation('getMovieDetails', '/partial/movie-{movie_id}', [movieId(integer)]),
  operation('getMovieDetails', '/suffix/{movie_id}.json', [movieId(integer)]),
  operation('notAnOperationTheFakeKnows', '/unknown-operation', []),
  operation('searchMovie', '/broken-search', []),
];

export function craftedEngine(): MockEngine {
  return createMockEngine(
    { now: () => NOW },
    { document: { openapi: '3.1.0', paths: {}, components: { schemas } }, operations },
  );
}
