// Maps a method and a URL path to the spec operation that serves it, extracting the raw path parameters.
// Literal segments win over templated ones, so `/3/movie/popular` never matches `/3/movie/{movie_id}`.
import type { HttpMethod, OperationSpec } from './operations.js';

export interface RouteMatch {
  readonly operation: OperationSpec;
  readonly rawPathParams: Readonly<Record<string, string>>;
}

export interface Router {
  match(method: string, pathname: string): RouteMatch | undefined;
  /** The methods some operation serves at this path (for 405-style decisions and CORS preflights). */
  methodsAt(pathname: string): HttpMethod[];
}

interface CompiledRoute {
  readonly operation: OperationSpec;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  /** Lower sorts first: fewer templated segments, then earlier templated segments are less specific. */
  readonly specificity: number;
}

export function createRouter(operations: readonly OperationSpec[]): Router {
  const routes = operations.map(compile).sort((a, b) => a.specificity - b.specificity);
  const find = (pathname: string) =>
    routes.flatMap((route) => {
      const found = route.pattern.exec(pathname);
      return found ? [{ route, values: found.slice(1) }] : [];
    });
  return {
    match(method, pathname) {
      const wanted = method.toLowerCase();
      const hit = find(pathname).find(({ route }) => route.operation.method === wanted);
      if (!hit) return undefined;
      const rawPathParams: Record<string, string> = {};
      hit.route.names.forEach((name, index) => {
        rawPathParams[name] = safeDecode(hit.values[index] ?? '');
      });
      return { operation: hit.route.operation, rawPathParams };
    },
    methodsAt(pathname) {
      return [...new Set(find(pathname).map(({ route }) => route.operation.method))];
    },
  };
}

function compile(operation: OperationSpec): CompiledRoute {
  const names: string[] = [];
  let specificity = 0;
  const segments = operation.pathTemplate.split('/');
  const source = segments
    .map((segment, index) => {
      const template = /^\{([^}]+)\}$/.exec(segment);
      if (!template?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(template[1]);
      specificity += 2 ** (segments.length - index);
      return '([^/]+)';
    })
    .join('/');
  return { operation, pattern: new RegExp(`^${source}/?$`), names, specificity };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
