// Small OpenAPI documents built in code, so each test states exactly the difference it is about.
import type { JsonObject } from '../../scripts/spec-diff/src/json.js';

export function spec(paths: JsonObject, extra: JsonObject = {}): JsonObject {
  return {
    openapi: '3.1.0',
    info: { title: 'test', version: '1' },
    servers: [{ url: 'https://api.example.test' }],
    paths,
    ...extra,
  };
}

export const pageParam: JsonObject = {
  name: 'page',
  in: 'query',
  schema: { type: 'integer', default: 1, minimum: 1 },
};

export const languageParam: JsonObject = { name: 'language', in: 'query', schema: { type: 'string' } };

export function getWith(parameters: JsonObject[], extra: JsonObject = {}): JsonObject {
  return { get: { operationId: 'op', parameters, responses: { '200': { description: 'ok' } }, ...extra } };
}

/** Our side of most tests: two operations, one with a path parameter. */
export function baseSpec(): JsonObject {
  return spec({
    '/3/movie/{movie_id}': getWith([
      { name: 'movie_id', in: 'path', required: true, schema: { type: 'integer' } },
      languageParam,
    ]),
    '/3/search/movie': getWith([
      { name: 'query', in: 'query', required: true, schema: { type: 'string' } },
      pageParam,
    ]),
  });
}
