// Reads the bundled spec (packages/types/openapi.json) the way the tests need it: as plain JSON with
// just enough structure described to walk operations, responses and examples.
import { readFileSync } from 'node:fs';

export interface MediaTypeObject {
  schema?: Record<string, unknown>;
  example?: unknown;
}
export interface ResponseObject {
  $ref?: string;
  description?: string;
  content?: Record<string, MediaTypeObject>;
}
export interface OperationObject {
  operationId?: string;
  tags?: string[];
  parameters?: Array<{ $ref?: string; name?: string; in?: string }>;
  requestBody?: { content?: Record<string, MediaTypeObject> };
  responses: Record<string, ResponseObject>;
}
export interface BundledSpec {
  paths: Record<string, Record<string, OperationObject>>;
  components: {
    schemas: Record<string, Record<string, unknown>>;
    responses: Record<string, ResponseObject>;
    parameters: Record<string, { name: string; in: string; schema?: Record<string, unknown> }>;
  };
  tags?: Array<{ name: string }>;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

export function loadBundledSpec(): BundledSpec {
  return JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as BundledSpec;
}

export interface SpecOperation {
  method: string;
  path: string;
  operation: OperationObject;
}

export function listOperations(spec: BundledSpec): SpecOperation[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => ({
      method,
      path,
      operation: item[method] as OperationObject,
    })),
  );
}

/** Follows a local `#/components/responses/X` reference. */
export function resolveResponse(spec: BundledSpec, response: ResponseObject): ResponseObject {
  if (!response.$ref) return response;
  const name = response.$ref.replace('#/components/responses/', '');
  const target = spec.components.responses[name];
  if (!target) throw new Error(`dangling response reference ${response.$ref}`);
  return target;
}
