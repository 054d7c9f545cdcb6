// Maps a method and a URL path to the spec operation that serves it, extracting the raw path parameters.
// Routes live in a segment tree, so a lookup costs one step per path segment whatever the number of
// operations. Literal segments win over templated ones (`/3/movie/popular` never matches
// `/3/movie/{movie_id}`), backtracking when the literal branch leads nowhere.
import type { HttpMethod, OperationSpec } from './operations.js';

export interface RouteMatch {
  readonly operation: OperationSpec;
  readonly rawPathParams: Readonly<Record<string, string>>;
}

export interface Router {
  match(method: string, pathname: string): RouteMatch | undefined;
  /** The methods some operation serves at this path (for 405 answers). */
  methodsAt(pathname: string): HttpMethod[];
}

interface RouteNode {
  readonly literals: Map<string, RouteNode>;
  /** The templated child, with the parameter name each operation gives that segment. */
  param: RouteNode | undefined;
  /** Operations ending at this node, by method, with their parameter names in path order. */
  readonly operations: Map<string, { readonly operation: OperationSpec; readonly names: readonly string[] }>;
}

const emptyNode = (): RouteNode => ({ literals: new Map(), param: undefined, operations: new Map() });

export function createRouter(operations: readonly OperationSpec[]): Router {
  const root = emptyNode();
  for (const operation of operations) {
    let node = root;
    const names: string[] = [];
    for (const segment of operation.pathTemplate.split('/').filter(Boolean)) {
      const template = /^\{([^}]+)\}$/.exec(segment)?.[1];
      if (template !== undefined) {
        names.push(template);
        node.param ??= emptyNode();
        node = node.param;
      } else {
        let next = node.literals.get(segment);
        if (!next) {
          next = emptyNode();
          node.literals.set(segment, next);
        }
        node = next;
      }
    }
    node.operations.set(operation.method, { operation, names });
  }

  /** The deepest-literal-first node the segments lead to, with the values of the templated segments. */
  function walk(
    node: RouteNode,
    segments: readonly string[],
    index: number,
    values: string[],
    accept: (end: RouteNode) => boolean,
  ): { node: RouteNode; values: string[] } | undefined {
    if (index === segments.length) return accept(node) ? { node, values } : undefined;
    const segment = segments[index] ?? '';
    const literal = node.literals.get(segment);
    const viaLiteral = literal ? walk(literal, segments, index + 1, values, accept) : undefined;
    if (viaLiteral) return viaLiteral;
    return node.param ? walk(node.param, segments, index + 1, [...values, segment], accept) : undefined;
  }

  const segmentsOf = (pathname: string) => pathname.split('/').filter(Boolean);

  return {
    match(method, pathname) {
      const wanted = method.toLowerCase();
      const found = walk(root, segmentsOf(pathname), 0, [], (end) => end.operations.has(wanted));
      const route = found?.node.operations.get(wanted);
      if (!found || !route) return undefined;
      const rawPathParams: Record<string, string> = {};
      route.names.forEach((name, index) => {
        rawPathParams[name] = safeDecode(found.values[index] ?? '');
      });
      return { operation: route.operation, rawPathParams };
    },
    methodsAt(pathname) {
      const found = walk(root, segmentsOf(pathname), 0, [], (end) => end.operations.size > 0);
      return found ? [...found.node.operations.values()].map((route) => route.operation.method) : [];
    },
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
