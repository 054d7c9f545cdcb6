// Reads the operations out of the bundled spec (`@tmdb-kit/types/openapi.json`): method, path template,
// parameters with their schemas, request body and declared response statuses. Routing and request
// validation are driven by this, so the fake serves exactly the operations the spec describes.
import { isJsonObject, type JsonObject, objectAt, resolvePointer, SpecShapeError } from './json.js';
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
  const paths = objectAt(document, 'paths');
  if (!paths) throw new SpecShapeError('the bundled spec has no paths');
  const operations: OperationSpec[] = [];
  for (const [pathTemplate, pathItem] of Object.entries(paths)) {
    if (!isJsonObject(pathItem)) continue;
    const shared = readParameters(document, pathItem.parameters, pathTemplate);
    for (const method of HTTP_METHODS) {
      const operation = objectAt(pathItem, method);
      if (operation) operations.push(readOperation(document, pathTemplate, method, operation, shared));
    }
  }
  return { document, operations };
}

function readOperation(
  document: JsonObject,
  pathTemplate: string,
  method: HttpMethod,
  operation: JsonObject,
  shared: readonly ParameterSpec[],
): OperationSpec {
  const where = `${method.toUpperCase()} ${pathTemplate}`;
  const { operationId } = operation;
  if (typeof operationId !== 'string') throw new SpecShapeError(`${where} has no operationId`);
  const own = readParameters(document, operation.parameters, where);
  const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
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
  return isJsonObject(value) && typeof value.$ref === 'string'
    ? deref(document, resolvePointer(document, value.$ref))
    : value;
}

function readParameters(document: JsonObject, raw: unknown, where: string): ParameterSpec[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new SpecShapeError(`${where}: parameters must be a list`);
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
