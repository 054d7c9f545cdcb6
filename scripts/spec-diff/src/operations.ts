import { walkOperations } from '@tmdb-kit/types/spec-walk';
import { arrayAt, objectAt, type SpecObject, stringAt } from './json.js';
import { asSpecDiffError, resolveRefs } from './resolve-ref.js';
import { describeSchema } from './schema-summary.js';

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
export function collectOperations(document: SpecObject): Map<string, OperationShape> {
  const operations = new Map<string, OperationShape>();
  const basePath = serverBasePath(document);
  const walked = asSpecDiffError(() => [...walkOperations(document)]);
  for (const { path: rawPath, method, operation, parameters } of walked) {
    const path = joinPaths(basePath, rawPath);
    const shape: OperationShape = {
      key: operationKey(method, path),
      method: method.toUpperCase(),
      path,
      parameters: collectParameters(document, path, parameters),
      aspects: {
        requestBody: describeRequestBody(document, operation.requestBody),
        deprecated: operation.deprecated === true ? 'true' : undefined,
      },
    };
    operations.set(shape.key, shape);
  }
  return operations;
}

export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;
}

/**
 * How a parameter is matched across documents: by location and name, except path parameters, which
 * are matched by position so that a renamed `{id}` reads as a rename and not as one removed, one added.
 */
export function parameterKey(path: string, location: string, name: string): string {
  const position = [...path.matchAll(/\{([^}]*)\}/g)].findIndex((match) => match[1] === name);
  if (location === 'path' && position >= 0) return `path:#${position}`;
  return `${location}:${location === 'header' ? name.toLowerCase() : name}`;
}

/** The first segment of an operation's path: `3` for `/3/movie/{movie_id}`. */
export function pathPrefix(operation: OperationShape): string {
  return operation.path.split('/')[1] ?? '';
}

/**
 * The first path segment most operations share: `3` for TMDB's v3 document, `4` for v4 (whose export
 * also holds a stray `POST /`). Undefined when no segment covers more than half of them.
 */
export function mainPathPrefix(operations: Iterable<OperationShape>): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const operation of operations) {
    counts.set(pathPrefix(operation), (counts.get(pathPrefix(operation)) ?? 0) + 1);
    total += 1;
  }
  const [prefix, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return prefix !== '' && count * 2 > total ? prefix : undefined;
}

/** `https://api.themoviedb.org/3` and `/3` both put `/3` in front of every path; a bare host adds nothing. */
function serverBasePath(document: SpecObject): string {
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
  document: SpecObject,
  path: string,
  declared: readonly unknown[],
): Map<string, ParameterShape> {
  const parameters = new Map<string, ParameterShape>();
  // Operation-level parameters come last and override path-level ones with the same name and location.
  for (const raw of declared) {
    const parameter = resolveRefs(document, raw);
    const name = stringAt(parameter, 'name');
    const location = stringAt(parameter, 'in');
    if (!parameter || name === undefined || location === undefined) continue;
    parameters.set(parameterKey(path, location, name), {
      location,
      name,
      aspects: {
        name: location === 'path' ? name : undefined,
        required: String(location === 'path' || parameter.required === true),
        ...describeSchema(document, parameter.schema),
      },
    });
  }
  return parameters;
}

function describeRequestBody(document: SpecObject, raw: unknown): string | undefined {
  const body = resolveRefs(document, raw);
  if (!body) return undefined;
  const mediaTypes = Object.keys(objectAt(body, 'content') ?? {}).sort();
  return `${body.required === true ? 'required' : 'optional'} ${mediaTypes.join(', ') || '(no content)'}`;
}
