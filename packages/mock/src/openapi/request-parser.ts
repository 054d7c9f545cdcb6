// Turns a raw HTTP request into the typed input of an operation's handler: path and query strings are
// coerced by their parameter schemas (integer, number, boolean) and everything, body included, is
// validated against the spec. This is the one place untyped input becomes `HandlerRequest<K>`.
import type { HandlerRequest, OperationId } from '../core/operation-types.js';
import { isJsonObject, type JsonObject, resolvePointer } from './json.js';
import type { OperationSpec, ParameterSpec } from './operations.js';
import { validateAgainstSchema } from './schema-validator.js';

export type RequestProblem =
  /** A path parameter is malformed: TMDB answers 404 "invalid id". */
  | { readonly kind: 'path'; readonly messages: readonly string[] }
  /** `page` is outside 1..500: TMDB answers 400 "invalid page". */
  | { readonly kind: 'page'; readonly messages: readonly string[] }
  /** A date parameter is not `YYYY-MM-DD`: 400 "invalid date". */
  | { readonly kind: 'date'; readonly messages: readonly string[] }
  /** Another query parameter is missing or malformed: 422 with one message per failed check. */
  | { readonly kind: 'query'; readonly messages: readonly string[] }
  /** The JSON body is missing, unparsable or fails its schema. */
  | { readonly kind: 'body'; readonly messages: readonly string[] };

export type ParseResult<K extends OperationId> =
  | { readonly ok: true; readonly request: HandlerRequest<K> }
  | { readonly ok: false; readonly problem: RequestProblem };

interface UnvalidatedRequest<K extends OperationId> {
  readonly operationId: K;
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly body: unknown;
}

export function parseRequest<K extends OperationId>(
  document: JsonObject,
  operationId: K,
  operation: OperationSpec,
  rawPathParams: Readonly<Record<string, string>>,
  searchParams: URLSearchParams,
  bodyText: string | undefined,
): ParseResult<K> {
  const candidate: UnvalidatedRequest<K> = { operationId, path: {}, query: {}, body: undefined };
  const pathProblems: string[] = [];
  const pageProblems: string[] = [];
  const dateProblems: string[] = [];
  const queryProblems: string[] = [];
  const bodyProblems: string[] = [];
  for (const parameter of operation.parameters) {
    const raw =
      parameter.in === 'path' ? rawPathParams[parameter.name] : lastValue(searchParams, parameter.name);
    const target = parameter.in === 'path' ? candidate.path : candidate.query;
    const problems =
      parameter.in === 'path'
        ? pathProblems
        : parameter.name === 'page'
          ? pageProblems
          : isDateParameter(document, parameter.schema)
            ? dateProblems
            : queryProblems;
    if (raw === undefined || raw === '') {
      if (parameter.required) problems.push(`${parameter.name} must be provided`);
      continue;
    }
    const value = coerce(document, parameter, raw);
    problems.push(...validateAgainstSchema(document, parameter.schema, value, parameter.name));
    target[parameter.name] = value;
  }
  const body = parseBody(document, operation, bodyText, bodyProblems);
  const request = { ...candidate, body };
  if (
    conformsToSpec(request, [pathProblems, pageProblems, dateProblems, queryProblems, bodyProblems].flat())
  ) {
    return { ok: true, request };
  }
  // One answer per request, for the most fundamental problem, as TMDB checks ids before anything else.
  if (pathProblems.length > 0) return { ok: false, problem: { kind: 'path', messages: pathProblems } };
  if (pageProblems.length > 0) return { ok: false, problem: { kind: 'page', messages: pageProblems } };
  if (dateProblems.length > 0) return { ok: false, problem: { kind: 'date', messages: dateProblems } };
  if (queryProblems.length > 0) return { ok: false, problem: { kind: 'query', messages: queryProblems } };
  return { ok: false, problem: { kind: 'body', messages: bodyProblems } };
}

/**
 * The trust boundary: `problems` lists every way the request failed the spec's parameter and body schemas,
 * the same schemas `HandlerRequest<K>` is generated from, so an empty list means the request has that type.
 */
function conformsToSpec<K extends OperationId>(
  request: UnvalidatedRequest<K>,
  problems: readonly string[],
): request is UnvalidatedRequest<K> & HandlerRequest<K> {
  return problems.length === 0;
}

function isDateParameter(document: JsonObject, schema: unknown, depth = 0): boolean {
  if (!isJsonObject(schema) || depth > 16) return false;
  if (typeof schema.$ref === 'string')
    return isDateParameter(document, resolvePointer(document, schema.$ref), depth + 1);
  return schema.format === 'date';
}

function lastValue(searchParams: URLSearchParams, name: string): string | undefined {
  const values = searchParams.getAll(name);
  return values.length > 0 ? values[values.length - 1] : undefined;
}

/** The JSON types a parameter's schema accepts, following $refs and combinators. */
function acceptedTypes(document: JsonObject, schema: unknown, depth = 0): string[] {
  if (!isJsonObject(schema) || depth > 16) return [];
  if (typeof schema.$ref === 'string')
    return acceptedTypes(document, resolvePointer(document, schema.$ref), depth + 1);
  const own =
    schema.type === undefined ? [] : [schema.type].flat().filter((type) => typeof type === 'string');
  const nested = ['allOf', 'oneOf', 'anyOf'].flatMap((keyword) => {
    const options = schema[keyword];
    return Array.isArray(options)
      ? options.flatMap((option) => acceptedTypes(document, option, depth + 1))
      : [];
  });
  return [...own, ...nested];
}

/**
 * Numbers as TMDB reads them: digits only for an integer (`1021.0`, `1021 ` and `+1021` are not ids), a
 * decimal point allowed only where the schema takes any number. Anything else stays a string and fails
 * the schema.
 */
function coerce(document: JsonObject, parameter: ParameterSpec, raw: string): unknown {
  const types = acceptedTypes(document, parameter.schema);
  if (types.includes('number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (types.includes('integer') && /^-?\d+$/.test(raw)) return Number(raw);
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function parseBody(
  document: JsonObject,
  operation: OperationSpec,
  text: string | undefined,
  problems: string[],
): unknown {
  const spec = operation.requestBody;
  if (!spec) return undefined;
  if (text === undefined || text.trim() === '') {
    if (spec.required) problems.push('a JSON request body must be provided');
    return undefined;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push('the request body is not valid JSON');
    return undefined;
  }
  problems.push(...validateAgainstSchema(document, spec.schema, body, 'body'));
  return body;
}
