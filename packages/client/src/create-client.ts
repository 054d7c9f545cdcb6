import type { paths } from '@tmdb-kit/types';
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import { authOptions, type TmdbCredentials } from './auth.js';
import { createPipeline, type FetchFunction, type PipelineOptions } from './pipeline.js';
import { createRedactor, type Redactor } from './redact.js';
import { defaultsMiddleware } from './requests.js';
import { responseMiddleware } from './responses.js';

export const TMDB_BASE_URL = 'https://api.themoviedb.org';

export type TmdbClientOptions = TmdbCredentials &
  PipelineOptions & {
    /** Where TMDB lives; point it at `@tmdb-kit/mock` or a proxy. Paths already start with `/3/`. */
    baseUrl?: string;
    /** A fetch implementation (tests, instrumentation). Defaults to the global `fetch`. */
    fetch?: FetchFunction;
    /** Default `language` for GET requests that set none (`en-US`). */
    language?: string;
    /** Default `region` for GET requests that set none (`US`). */
    region?: string;
    /**
     * Throw a `TmdbError` for an error response instead of returning `{ error }`: the style of
     * `unwrap`/`orThrow` for every call. Default false (openapi-fetch's `{ data, error }` style).
     */
    throwOnError?: boolean;
  };

/** The typed openapi-fetch client over every TMDB v3 operation: `tmdb.GET('/3/movie/{movie_id}', ...)`. */
export type TmdbClient = Client<paths>;

/**
 * What the clients made from one `createTmdbClient` call share: the pipeline and its options, the root
 * client, and storage for helpers (the image configuration). Kept in a registry beside the clients, so
 * printing a client shows none of it, credentials included.
 */
export interface ClientFamily {
  /** The client `createTmdbClient` returned. */
  readonly root: TmdbClient;
  /** Per-family storage for helpers. */
  shared: Map<unknown, unknown>;
}

interface Scope {
  family: ClientFamily;
  /** A client of the same family with `middleware` added and one more secret to hide (a session client). */
  narrowed<P extends {}>(middleware: Middleware, secret: string): Client<P>;
  /**
   * A client of this scope typed over another view of the spec (`details` uses one whose details
   * operations answer without the optional appends). Views differ only in types, never on the wire: the
   * view shares the scope's pipeline and middleware, and costs one small openapi-fetch object. It stays a
   * separate object because TypeScript cannot retype a client in place without a cast.
   */
  viewAs<P extends {}>(): Client<P>;
}

const scopes = new WeakMap<object, Scope>();

/** The scope of a client made by `createTmdbClient` (or a helper); a TypeError for any other object. */
export function scopeOf(client: object): Scope {
  const scope = scopes.get(client);
  if (!scope) throw new TypeError('expected a client created by createTmdbClient');
  return scope;
}

/** How to build a client of a family: openapi-fetch's options and the middleware before the scope's own. */
interface Blueprint {
  options: ClientOptions;
  defaults: Middleware[];
  throwOnError: boolean;
}

function buildClient<P extends {}>(
  blueprint: Blueprint,
  family: ClientFamily,
  redact: Redactor,
  middleware: Middleware[],
): Client<P> {
  const build = <Q extends {}>(): Client<Q> => {
    const client = createClient<Q>(blueprint.options);
    client.use(...blueprint.defaults, ...middleware, responseMiddleware(redact, blueprint.throwOnError));
    return client;
  };
  const client = build<P>();
  const scope: Scope = {
    family,
    narrowed: (extra, secret) => buildClient(blueprint, family, redact.with(secret), [...middleware, extra]),
    viewAs: build,
  };
  scopes.set(client, scope);
  return client;
}

/**
 * Creates a client whose every call is typed by the spec: `tmdb.GET('/3/movie/{movie_id}', ...)`, with
 * retries, rate limiting, timeouts and request de-duplication on by default (each switchable off).
 * Malformed credentials or base URLs are refused here, with messages that never quote them.
 */
export function createTmdbClient(options: TmdbClientOptions): TmdbClient {
  const auth = authOptions(options);
  const baseUrl = validBaseUrl(options.baseUrl ?? TMDB_BASE_URL);
  const fetchImpl: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const blueprint: Blueprint = {
    options: { ...auth.options, baseUrl, fetch: createPipeline(fetchImpl, new URL(baseUrl).origin, options) },
    defaults: defaultsMiddleware({ language: options.language, region: options.region }),
    throwOnError: options.throwOnError === true,
  };
  let root: TmdbClient | undefined;
  const family: ClientFamily = {
    get root(): TmdbClient {
      if (!root) throw new Error('the client family is still being built');
      return root;
    },
    shared: new Map(),
  };
  root = buildClient<paths>(blueprint, family, createRedactor(auth.secrets), []);
  return root;
}

function validBaseUrl(baseUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {}
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError('createTmdbClient: baseUrl must be an absolute http(s) URL');
  }
  // Credentials in the URL would be sent to the server and quoted by every error of `fetch`; the client's
  // credentials are `accessToken` or `apiKey`. The message does not repeat the URL.
  if (url.username || url.password) {
    throw new TypeError('createTmdbClient: baseUrl must not contain a user name or password (user:pass@)');
  }
  if (url.search || url.hash) {
    throw new TypeError('createTmdbClient: baseUrl must not have a query string or fragment');
  }
  return baseUrl.replace(/\/+$/, '');
}
