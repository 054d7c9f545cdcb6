import type { paths } from '@tmdb-kit/types';
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import { authOptions, type TmdbCredentials } from './auth.js';
import { CallerRequest } from './caller-request.js';
import { defaultsMiddleware } from './defaults.js';
import { errorBodyMiddleware } from './error-body.js';
import type { FetchFunction } from './exchange.js';
import type { TmdbMethods } from './method-types.js';
import { operationMethods } from './methods.js';
import { createPipeline, type PipelineOptions } from './pipeline.js';
import { createRedactor, type Redactor } from './redact.js';

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
  };

/**
 * The typed openapi-fetch client over every TMDB v3 operation (`tmdb.GET('/3/movie/{movie_id}', ...)`),
 * with one method per operation (`tmdb.movies.details(550)`).
 */
export type TmdbClient = Client<paths> & TmdbMethods;

/**
 * How the helpers (`paginate`, `details`, `withSession`, `imageUrls`) reach a client's machinery without
 * the client object carrying it: kept here, so printing a client shows nothing of it.
 */
export interface ClientScope {
  /** A fresh openapi-fetch client of the same family and scope, with `extra` middleware added. */
  clientWith<P extends {}>(extra: Middleware[]): Client<P>;
  /** The same family with more middleware and one more secret to redact (a session client). */
  narrowed<P extends {}>(middleware: Middleware, secret: string): Client<P>;
  /** Per-family storage for helpers (the image configuration cache). */
  shared: Map<unknown, unknown>;
}

const scopes = new WeakMap<object, ClientScope>();

/** The scope of a client made by `createTmdbClient` (or a helper); a TypeError for any other object. */
export function scopeOf(client: object): ClientScope {
  const scope = scopes.get(client);
  if (!scope) throw new TypeError('expected a client created by createTmdbClient');
  return scope;
}

/** What the clients of one family share: the request pipeline and the middleware around it. */
interface Family {
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
  /** Before the scope's own middleware. */
  defaults: Middleware[];
  /** How openapi-fetch sends the credentials. */
  auth: Pick<ClientOptions, 'headers' | 'querySerializer'>;
  shared: Map<unknown, unknown>;
}

function scopedClient<P extends {}>(family: Family, redact: Redactor, scope: Middleware[]): Client<P> {
  const errorBody = errorBodyMiddleware(redact);
  const clientWith = <Q extends {}>(extra: Middleware[]): Client<Q> => {
    const client = createClient<Q>({
      ...family.auth,
      baseUrl: family.baseUrl,
      fetch: family.fetch,
      Request: CallerRequest,
    });
    client.use(...family.defaults, ...scope, ...extra, errorBody);
    return client;
  };
  const client = clientWith<P>([]);
  scopes.set(client, {
    clientWith,
    narrowed: (middleware, secret) => scopedClient(family, redact.with(secret), [...scope, middleware]),
    shared: family.shared,
  });
  return client;
}

/**
 * Creates a client whose every call is typed by the spec: `tmdb.GET('/3/movie/{movie_id}', ...)`, with
 * retries, rate limiting, timeouts and request de-duplication on by default (each switchable off).
 */
export function createTmdbClient(options: TmdbClientOptions): TmdbClient {
  const auth = authOptions(options);
  const redact = createRedactor(auth.secrets);
  const baseUrl = validBaseUrl(options.baseUrl ?? TMDB_BASE_URL);
  const fetchImpl: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const client = scopedClient<paths>(
    {
      baseUrl,
      fetch: createPipeline(fetchImpl, new URL(baseUrl).origin, redact, options),
      defaults: defaultsMiddleware({ language: options.language, region: options.region }),
      auth: auth.options,
      shared: new Map(),
    },
    redact,
    [],
  );
  return Object.assign(client, operationMethods<never>(client));
}

function validBaseUrl(baseUrl: string): string {
  let protocol = '';
  try {
    protocol = new URL(baseUrl).protocol;
  } catch {}
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new TypeError('createTmdbClient: baseUrl must be an absolute http(s) URL');
  }
  return baseUrl.replace(/\/+$/, '');
}
