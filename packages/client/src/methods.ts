// The runtime of the operation methods: one function per entry of the generated `operationTable`, each
// calling the client's own openapi-fetch instance (so retries, rate limit, dedupe, cache, sessions and
// redaction all apply) and returning the success body or throwing a `TmdbError`.
import { MAX_APPENDS, operationTable } from '@tmdb-kit/types';
import { HTTP_METHODS } from '@tmdb-kit/types/spec-walk';
import type { Client } from 'openapi-fetch';
import type { HttpMethod } from 'openapi-typescript-helpers';
import { TmdbError, unwrap } from './errors.js';
import type { TmdbMethods } from './method-types.js';
import { Pages } from './paginate.js';

/**
 * How the methods see the spec at run time: any path, any method, parameters as plain records. The
 * types of each call come from `OperationFacts`; this client only carries the call to openapi-fetch.
 */
interface AnyOperation {
  parameters: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  requestBody?: { content: { 'application/json': unknown } };
  responses: { 200: { content: { 'application/json': unknown } } };
}
export type AnyPaths = Record<string, Record<HttpMethod, AnyOperation>>;

interface Operation {
  name: string;
  method: HttpMethod;
  path: string;
  /** The path parameters, in path order. */
  ids: readonly string[];
  body: boolean;
  paged: boolean;
  appends: boolean;
}

function parseEntry(name: string, entry: string): Operation {
  const parts = entry.split(' ');
  const verb = parts[0]?.startsWith('/') ? 'get' : parts.shift()?.toLowerCase();
  const method = HTTP_METHODS.find((known) => known === verb);
  const [path = '', flags = ''] = parts;
  if (!method) throw new TypeError(`${name}: unknown HTTP method ${verb}`);
  return {
    name,
    method,
    path,
    ids: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? ''),
    body: flags.includes('b'),
    paged: flags.includes('p'),
    appends: flags.includes('a'),
  };
}

/** A call's arguments (`[id?, body?, params?]`) sorted into openapi-fetch's `params` and `body`. */
function requestOf(operation: Operation, args: readonly unknown[], page?: number) {
  let index = 0;
  const path: Record<string, unknown> = {};
  const single = operation.ids.length === 1 ? operation.ids[0] : undefined;
  if (single !== undefined) path[single] = args[index++];
  const body = operation.body ? args[index++] : undefined;
  const flat = args[index] ?? {};
  if (typeof flat !== 'object' || flat === null || Array.isArray(flat)) {
    throw new TypeError(`${operation.name}: expected an object of parameters, got ${typeof flat}`);
  }
  const query: Record<string, unknown> = {};
  let append: readonly unknown[] = [];
  let signal: AbortSignal | undefined;
  for (const [key, value] of Object.entries(flat)) {
    if (value === undefined || key === 'maxPages') continue;
    if (key === 'signal' && value instanceof AbortSignal) signal = value;
    else if (single === undefined && operation.ids.includes(key)) path[key] = value;
    else if (operation.appends && key === 'append') append = appendKeys(operation, value);
    else query[key] = value;
  }
  for (const id of operation.ids) {
    const value = path[id];
    if (!(typeof value === 'number' && Number.isFinite(value)) && !(typeof value === 'string' && value)) {
      throw new TypeError(`${operation.name}: ${id} must be a number or a non-empty string`);
    }
  }
  if (append.length) query.append_to_response = append.join(',');
  if (page !== undefined) query.page = page;
  return { init: { params: { path, query }, body, signal }, append };
}

function appendKeys(operation: Operation, value: unknown): readonly unknown[] {
  if (Array.isArray(value) && value.length <= MAX_APPENDS) return value;
  throw new RangeError(`${operation.name}: append takes a list of at most ${MAX_APPENDS} keys`);
}

async function invoke(
  client: Client<AnyPaths>,
  operation: Operation,
  args: readonly unknown[],
  page?: number,
): Promise<unknown> {
  const { init, append } = requestOf(operation, args, page);
  const data = unwrap(await client.request(operation.method, operation.path, init));
  // A body that is not an object (a proxy's error text, `[]`) carries none of the keys: a typed error, not
  // the TypeError that reading a key of a string or number would throw.
  const fields: object = typeof data === 'object' && data !== null ? data : {};
  const missing = append.find((key) => typeof key === 'string' && Reflect.get(fields, key) === undefined);
  if (missing !== undefined) {
    throw new TmdbError({
      kind: 'invalid-response',
      method: operation.method.toUpperCase(),
      path: operation.path,
      status: 200,
      status_message: `the appended ${String(missing)} is missing`,
    });
  }
  return data;
}

function methodOf(client: Client<AnyPaths>, operation: Operation) {
  const call = (...args: unknown[]) => invoke(client, operation, args);
  if (!operation.paged) return call;
  // `pages(...)` starts at the call's `page` (default 1) and stops after its `maxPages`, if any.
  const pages = (...args: unknown[]) => {
    const last = args.at(-1);
    const { page, maxPages } = isObject(last) ? last : {};
    return new Pages(
      (current) => invoke(client, operation, args, current),
      typeof page === 'number' ? page : 1,
      typeof maxPages === 'number' ? maxPages : undefined,
    );
  };
  return Object.assign(call, { pages, items: (...args: unknown[]) => itemsOf(pages(...args)) });
}

async function* itemsOf(pages: Pages<unknown>): AsyncGenerator<unknown, void, undefined> {
  // Pages checked the envelope (an array of `results`) before yielding each page.
  for await (const page of pages) {
    const results = isObject(page) ? page.results : undefined;
    if (Array.isArray(results)) yield* results;
  }
}

/**
 * The operation methods of a client made by `createTmdbClient` (or `withSession`), grouped into the
 * namespaces of their `x-tmdb-method` names, calling `anyClient` (that client's scope, seen as
 * `AnyPaths`). `Filled` is what that client fills in itself.
 */
export function operationMethods<Filled extends string>(anyClient: Client<AnyPaths>): TmdbMethods<Filled> {
  const tree: Namespace = {};
  for (const [namespace, entries] of Object.entries(operationTable)) {
    const node = namespace.split('.').reduce(childNamespace, tree);
    for (const [leaf, entry] of Object.entries(entries)) {
      node[leaf] = methodOf(anyClient, parseEntry(`${namespace}.${leaf}`, entry));
    }
  }
  if (!hasEveryMethod<Filled>(tree)) throw new TypeError('operation methods missing from the tree');
  return tree;
}

interface Namespace {
  [key: string]: unknown;
}

function childNamespace(node: Namespace, segment: string): Namespace {
  const existing = node[segment];
  if (isObject(existing)) return existing;
  if (existing !== undefined) throw new TypeError(`${segment} is both a method and a namespace`);
  const child: Namespace = {};
  node[segment] = child;
  return child;
}

/** A non-null object, read as a record (namespaces, parameter objects, page bodies). */
function isObject(value: unknown): value is Namespace {
  return typeof value === 'object' && value !== null;
}

/**
 * Where the runtime meets the types: `operationTable` and `OperationFacts` come from one generator run
 * over the same spec, so every method the table lists is a function where the types place it.
 */
function hasEveryMethod<Filled extends string>(tree: Namespace): tree is Namespace & TmdbMethods<Filled> {
  return Object.entries(operationTable).every(([namespace, entries]) => {
    const node = namespace.split('.').reduce<unknown>((at, key) => (isObject(at) ? at[key] : at), tree);
    return isObject(node) && Object.keys(entries).every((leaf) => typeof node[leaf] === 'function');
  });
}
