import { arrayAt, type JsonObject, type JsonValue, objectAt, stringAt } from './json.js';
import { resolveRefs } from './resolve-ref.js';
import { describeSchema } from './schema-summary.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The facts about a parameter that matter to a caller; each is compared on its own. */
export const PARAMETER_ASPECTS = ['name', 'required', 'type', 'format', 'enum', 'default', 'items'] as const;
export type ParameterAspect = (typeof PARAMETER_ASPECTS)[number];

export const OPERATION_ASPECTS = ['requestBody', 'deprecated'] as const;
export type OperationAspect = (typeof OPERATION_ASPECTS)[number];

export interface ParameterShape {
  location: string;
  name: string;
  aspects: Record<ParameterAspect, string | undefined>;
}

export interface OperationShape {
  /** `GET /3/movie/{}`: path parameter names do not take part, so a renamed `{id}` is the same operation. */
  key: string;
  method: string;
  /** The path as the document writes it, for reports. */
  path: string;
  /** Keyed by `query:page`, `header:x-name` or, for path parameters, their position: `path:#0`. */
  parameters: Map<string, ParameterShape>;
  aspects: Record<OperationAspect, string | undefined>;
}

/** Every operation of an OpenAPI 3 document, keyed by method and full path (server base path included). */
export function collectOperations(document: JsonObject): Map<string, OperationShape> {
  const operations = new Map<string, OperationShape>();
  const basePath = serverBasePath(document);
  const paths = objectAt(document, 'paths') ?? {};
  for (const [rawPath, rawItem] of Object.entries(paths)) {
    const pathItem = resolveRefs(document, rawItem);
    if (!pathItem) continue;
    const path = joinPaths(basePath, rawPath);
    const pathParameters = arrayAt(pathItem, 'parameters');
    for (const method of HTTP_METHODS) {
      const operation = objectAt(pathItem, method);
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;
      operations.set(key, {
        key,
        method: method.toUpperCase(),
        path,
        parameters: collectParameters(document, path, [
          ...pathParameters,
          ...arrayAt(operation, 'parameters'),
        ]),
        aspects: {
          requestBody: describeRequestBody(document, operation.requestBody),
          deprecated: operation.deprecated === true ? 'true' : undefined,
        },
      });
    }
  }
  return operations;
}

/** `https://api.themoviedb.org/3` and `/3` both put `/3` in front of every path; a bare host adds nothing. */
function serverBasePath(document: JsonObject): string {
  const firstServer = arrayAt(document, 'servers')[0];
  const url = stringAt(resolveRefs(document, firstServer), 'url');
  if (!url) return '';
  try {
    return new URL(url, 'http://relative.invalid').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

function joinPaths(basePath: string, path: string): string {
  // Specs that already spell the base path in every path (as ours does with `/3/`) must not get it twice.
  if (basePath === '' || path === basePath || path.startsWith(`${basePath}/`)) return path;
  return `${basePath}${path.startsWith('/') ? '' : '/'}${path}`;
}

function collectParameters(
  document: JsonObject,
  path: string,
  declared: JsonValue[],
): Map<string, ParameterShape> {
  const pathParameterOrder = [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
  const parameters = new Map<string, ParameterShape>();
  // Operation-level parameters come last and override path-level ones with the same name and location.
  for (const raw of declared) {
    const parameter = resolveRefs(document, raw);
    const name = stringAt(parameter, 'name');
    const location = stringAt(parameter, 'in');
    if (!parameter || name === undefined || location === undefined) continue;
    const position = pathParameterOrder.indexOf(name);
    const key =
      location === 'path' && position >= 0
        ? `path:#${position}`
        : `${location}:${location === 'header' ? name.toLowerCase() : name}`;
    const schema = describeSchema(document, parameter.schema);
    parameters.set(key, {
      location,
      name,
      aspects: {
        name: location === 'path' ? name : undefined,
        required: String(location === 'path' || parameter.required === true),
        ...schema,
      },
    });
  }
  return parameters;
}

function describeRequestBody(document: JsonObject, raw: JsonValue | undefined): string | undefined {
  const body = resolveRefs(document, raw);
  if (!body) return undefined;
  const mediaTypes = Object.keys(objectAt(body, 'content') ?? {}).sort();
  return `${body.required === true ? 'required' : 'optional'} ${mediaTypes.join(', ') || '(no content)'}`;
}
