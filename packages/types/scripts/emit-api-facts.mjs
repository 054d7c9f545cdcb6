// @ts-check
// Emits src/generated/api-facts.ts: the facts about the API that code needs at run time, read from the
// bundled spec so that no package keeps a hand copy of them:
//   TMDB_STATUS_CODES   TMDB's own status codes (the `x-tmdb-status-codes` catalogue of TmdbStatusCode)
//   SESSION_PARAMETERS  which operations take a session id, and where, from each operation's parameters
//   MAX_APPENDS         how many append_to_response keys TMDB accepts (`x-tmdb-max-items` on that parameter)
//
// `operationsOf` is the one walk over the spec's operations (path-level and operation-level parameters,
// local `$ref`s resolved) that this module needs; it is exported for other generators.

/** The HTTP methods an OpenAPI path item can hold, in the order the spec lists them. */
export const HTTP_METHODS = /** @type {const} */ ([
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
]);

/**
 * @typedef {{ name: string, in: string, 'x-tmdb-max-items'?: unknown }} Parameter
 * @typedef {{ method: string, path: string, parameters: Parameter[] }} Operation
 */

/**
 * Resolves a local JSON pointer (`#/components/parameters/MovieIdParam`), with RFC 6901 unescaping.
 * @param {Record<string, unknown>} document
 * @param {unknown} node
 * @returns {unknown}
 */
export function resolveLocal(document, node) {
  let current = node;
  for (let hops = 0; hops < 20; hops++) {
    const ref = current && typeof current === 'object' ? Reflect.get(current, '$ref') : undefined;
    if (typeof ref !== 'string') return current;
    if (!ref.startsWith('#/')) throw new Error(`emit-api-facts: only local $refs are expected, got ${ref}`);
    /** @type {unknown} */
    let target = document;
    for (const token of ref.slice(2).split('/')) {
      const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
      target = target && typeof target === 'object' ? Reflect.get(target, key) : undefined;
    }
    if (target === undefined) throw new Error(`emit-api-facts: ${ref} points at nothing`);
    current = target;
  }
  throw new Error('emit-api-facts: $ref chain too long (a cycle?)');
}

/**
 * Every operation of the spec with its parameters resolved; an operation's own parameter overrides a
 * path-level one with the same name and location, as OpenAPI says.
 * @param {Record<string, unknown>} document
 * @returns {Operation[]}
 */
export function operationsOf(document) {
  const paths = /** @type {Record<string, Record<string, unknown>>} */ (document.paths ?? {});
  /** @param {unknown} list @returns {Parameter[]} */
  const parametersIn = (list) =>
    (Array.isArray(list) ? list : []).map(
      (parameter) => /** @type {Parameter} */ (resolveLocal(document, parameter)),
    );
  return Object.entries(paths).flatMap(([path, rawItem]) => {
    const item = /** @type {Record<string, unknown>} */ (resolveLocal(document, rawItem));
    const shared = parametersIn(item.parameters);
    return HTTP_METHODS.flatMap((method) => {
      const operation = /** @type {{ parameters?: unknown } | undefined} */ (item[method]);
      if (!operation) return [];
      const own = parametersIn(operation.parameters);
      const inherited = shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
      return [{ method, path, parameters: [...inherited, ...own] }];
    });
  });
}

/**
 * @param {Record<string, unknown>} document
 * @returns {{ code: number, name: string, httpStatus: number, summary: string }[]}
 */
function statusCodesOf(document) {
  const schema = resolveLocal(
    document,
    /** @type {{ components?: { schemas?: Record<string, unknown> } }} */ (document).components?.schemas
      ?.TmdbStatusCode,
  );
  const catalogue =
    schema && typeof schema === 'object' ? Reflect.get(schema, 'x-tmdb-status-codes') : undefined;
  if (!Array.isArray(catalogue) || catalogue.length === 0) {
    throw new Error('emit-api-facts: components.schemas.TmdbStatusCode has no x-tmdb-status-codes catalogue');
  }
  const seen = new Set();
  return catalogue.map((entry) => {
    const { code, name, httpStatus, summary } = entry ?? {};
    if (!Number.isInteger(code) || !/^[A-Z][A-Za-z0-9]*$/.test(name) || !Number.isInteger(httpStatus)) {
      throw new Error(`emit-api-facts: malformed status code entry ${JSON.stringify(entry)}`);
    }
    if (seen.has(code) || seen.has(name))
      throw new Error(`emit-api-facts: status code ${code} (${name}) twice`);
    seen.add(code);
    seen.add(name);
    return { code, name, httpStatus, summary: String(summary ?? '') };
  });
}

/** @param {Operation} operation */
function sessionParametersOf({ parameters }) {
  /** @type {Record<string, string>} */
  const where = {};
  // A fixed key order keeps the output stable whatever order the spec lists parameters in.
  for (const name of ['session_id', 'guest_session_id']) {
    const location = parameters.find((parameter) => parameter.name === name)?.in;
    if (location === 'query' || location === 'path') where[name] = location;
  }
  return where;
}

/**
 * The one limit every `append_to_response` parameter states with `x-tmdb-max-items`: the client checks
 * appends against it and the mock answers TooManyAppends past it.
 * @param {Operation[]} operations
 */
function maxAppendsOf(operations) {
  const limits = new Set();
  for (const { method, path, parameters } of operations) {
    const append = parameters.find((parameter) => parameter.name === 'append_to_response');
    if (!append) continue;
    const limit = append['x-tmdb-max-items'];
    if (!Number.isInteger(limit) || Number(limit) < 1) {
      throw new Error(
        `emit-api-facts: append_to_response of ${method.toUpperCase()} ${path} needs x-tmdb-max-items (a positive integer)`,
      );
    }
    limits.add(limit);
  }
  if (limits.size !== 1) {
    throw new Error(
      limits.size === 0
        ? 'emit-api-facts: no operation takes append_to_response with x-tmdb-max-items'
        : `emit-api-facts: append_to_response limits differ between operations (${[...limits].join(', ')})`,
    );
  }
  return Number([...limits][0]);
}

/** @param {string} text */
const comment = (text) => text.replaceAll('*/', '*\\/');

/**
 * The TypeScript source of src/generated/api-facts.ts (formatted later with the rest).
 * @param {Record<string, unknown>} document
 * @param {string} header
 */
export function emitApiFacts(document, header) {
  const codes = statusCodesOf(document);
  const operations = operationsOf(document);
  const maxAppends = maxAppendsOf(operations);
  const sessionLines = operations
    .map((operation) => [
      `${operation.method.toUpperCase()} ${operation.path}`,
      sessionParametersOf(operation),
    ])
    .filter(([, where]) => Object.keys(where).length > 0)
    .map(([key, where]) => `  ${JSON.stringify(key)}: ${JSON.stringify(where)},`);
  return `${header}/** Where an operation takes a session id: \`session_id\` (query) and/or \`guest_session_id\` (query or path). */
export interface SessionParameters {
  readonly session_id?: 'query';
  readonly guest_session_id?: 'query' | 'path';
}

/**
 * TMDB's own status codes (the \`status_code\` of an error or status body, not the HTTP status), by the name
 * tmdb-kit gives each: from the spec's \`TmdbStatusCode\` schema.
 */
export const TMDB_STATUS_CODES = {
${codes.map((c) => `  /** ${comment(c.summary)} (HTTP ${c.httpStatus}) */\n  ${c.name}: ${c.code},`).join('\n')}
} as const;

/** One of the codes above. */
export type TmdbStatusCodeValue = (typeof TMDB_STATUS_CODES)[keyof typeof TMDB_STATUS_CODES];

/** The HTTP status TMDB sends each status code with. */
export const TMDB_STATUS_HTTP: { readonly [Code in TmdbStatusCodeValue]: number } = {
${codes.map((c) => `  ${c.code}: ${c.httpStatus},`).join('\n')}
};

/** The operations that take a session id (\`"METHOD /path"\`), and where: from each operation's parameters. */
export const SESSION_PARAMETERS: { readonly [operation: string]: SessionParameters | undefined } = {
${sessionLines.join('\n')}
};

/** How many \`append_to_response\` keys one request may carry (TMDB answers status 27 past it). */
export const MAX_APPENDS = ${maxAppends};
`;
}
