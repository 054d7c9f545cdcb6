// Reads the operations out of the bundled spec (`@tmdb-kit/types/openapi.json`): method, path template,
// parameters with their schemas, request body and declared response statuses. Routing and request
// validation are driven by this, so the fake serves exactly the operations the spec describes.
import { dereference, SpecWalkError, walkOperations } from '@tmdb-kit/types/spec-walk';
import { isJsonObject, type JsonObject, objectAt, SpecShapeError } from './json.js';
import { assertSupportedSchema } from './schema-validator.js';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ParameterSpec {
  readonly name: string;
  readonly in: 'path' | 'query';
  readonly required: boolean;
  readonly schema: unknown;
}

export interface OperationSpec {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly pathTemplate: string;
  readonly parameters: readonly ParameterSpec[];
  readonly requestBody: { readonly required: boolean; readonly schema: unknown } | undefined;
  readonly responseStatuses: ReadonlySet<number>;
}

export interface SpecIndex {
  readonly document: JsonObject;
  readonly operations: readonly OperationSpec[];
}

export function indexSpec(document: unknown): SpecIndex {
  if (!isJsonObject(document)) throw new SpecShapeError('the bundled spec is not a JSON object');
  if (!objectAt(document, 'paths')) throw new SpecShapeError('the bundled spec has no paths');
  const operations: OperationSpec[] = [];
  const walked = asSpecShapeError(() => [...walkOperations(document)]);
  for (const { path, method, operation, parameters } of walked) {
    // The fake serves the methods TMDB uses; the walker also lists options, head and trace.
    const served = HTTP_METHODS.find((known) => known === method);
    if (served) operations.push(readOperation(document, path, served, operation, parameters));
  }
  return { document, operations };
}

function readOperation(
  document: JsonObject,
  pathTemplate: string,
  method: HttpMethod,
  operation: JsonObject,
  declared: readonly unknown[],
): OperationSpec {
  const where = `${method.toUpperCase()} ${pathTemplate}`;
  const { operationId } = operation;
  if (typeof operationId !== 'string') throw new SpecShapeError(`${where} has no operationId`);
  if (operation.parameters !== undefined && !Array.isArray(operation.parameters))
    throw new SpecShapeError(`${where}: parameters must be a list`);
  // Path-level parameters come first; an operation's own parameter with the same name and location replaces one.
  const read = readParameters(document, declared, where);
  const parameters = read.filter(
    (p, index) => !read.slice(index + 1).some((later) => later.name === p.name && later.in === p.in),
  );
  for (const parameter of parameters)
    assertSupportedSchema(document, parameter.schema, `${where} ${parameter.name}`);
  const requestBody = readRequestBody(document, operation.requestBody, where);
  const responses = objectAt(operation, 'responses') ?? {};
  const responseStatuses = new Set(
    Object.keys(responses)
      .filter((s) => /^\d{3}$/.test(s))
      .map(Number),
  );
  return { operationId, method, pathTemplate, parameters, requestBody, responseStatuses };
}

function deref(document: JsonObject, value: unknown): unknown {
  return asSpecShapeError(() => dereference(document, value));
}

/** A spec the walker cannot follow is a spec the fake cannot serve: one error type for both. */
function asSpecShapeError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SpecWalkError) throw new SpecShapeError(error.message);
    throw error;
  }
}

function readParameters(document: JsonObject, raw: readonly unknown[], where: string): ParameterSpec[] {
  const parameters: ParameterSpec[] = [];
  for (const entry of raw) {
    const parameter = deref(document, entry);
    if (!isJsonObject(parameter) || typeof parameter.name !== 'string') {
      throw new SpecShapeError(`${where}: a parameter has no name`);
    }
    // Headers and cookies carry nothing TMDB operations need; credentials are handled before routing.
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    parameters.push({
      name: parameter.name,
      in: parameter.in,
      required: parameter.required === true || parameter.in === 'path',
      schema: parameter.schema ?? true,
    });
  }
  return parameters;
}

function readRequestBody(document: JsonObject, raw: unknown, where: string): OperationSpec['requestBody'] {
  const body = deref(document, raw);
  if (!isJsonObject(body)) return undefined;
  const json = objectAt(objectAt(body, 'content') ?? {}, 'application/json');
  if (!json) throw new SpecShapeError(`${where}: only application/json request bodies are supported`);
  const schema = json.schema ?? true;
  assertSupportedSchema(document, schema, `${where} body`);
  return { required: body.required === true, schema };
}
