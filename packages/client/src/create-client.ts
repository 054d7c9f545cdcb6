import type { paths } from '@tmdb-kit/types';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { createDetails, type Details, type DetailsPaths } from './append.js';
import { authMiddleware, type TmdbCredentials } from './auth.js';
import { CallerRequest } from './caller-request.js';
import { defaultsMiddleware } from './defaults.js';
import { errorBodyMiddleware } from './error-body.js';
import type { FetchFunction } from './exchange.js';
import { createImageUrls, type ImageUrls } from './images.js';
import type { PathsShape } from './init.js';
import { createPaginate, type Paginate } from './paginate.js';
import { createPipeline, type PipelineOptions } from './pipeline.js';
import { createRedactor, type Redactor } from './redact.js';
import { type GuestSessionPaths, type SessionPaths, sessionMiddleware } from './session.js';
import { orThrow } from './unwrap.js';

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
    /** How long `images()` reuses the fetched `/3/configuration`, in ms. Default one day. */
    imageConfigurationTtl?: number;
  };

/** What every client of a family offers besides openapi-fetch's methods. */
export interface TmdbClientHelpers<Paths extends PathsShape<Paths>> {
  /** Pages (and items) of a paginated operation: `for await (const movie of tmdb.paginate(path, init).items())`. */
  paginate: Paginate<Paths>;
  /** A details operation with `append_to_response`, typed as the details plus exactly the requested keys. */
  details: Details<Paths>;
  /** Image URL building from `/3/configuration`, fetched once and cached (shared by the whole family). */
  images(): Promise<ImageUrls>;
}

/** The typed openapi-fetch client over every TMDB v3 operation, plus the helpers. */
export type TmdbClient = Client<paths> &
  TmdbClientHelpers<paths> & {
    /** A client for a signed-in user: `session_id` is filled in (and optional) wherever it is accepted. */
    withSession(sessionId: string): TmdbSessionClient;
    /** A client for a guest: `guest_session_id` is filled in (and optional) wherever it is accepted. */
    withGuestSession(guestSessionId: string): TmdbGuestSessionClient;
  };

export type TmdbSessionClient = Client<SessionPaths> & TmdbClientHelpers<SessionPaths>;

export type TmdbGuestSessionClient = Client<GuestSessionPaths> & TmdbClientHelpers<GuestSessionPaths>;

/** What the clients of one family share: the request pipeline, the middleware around it and the image cache. */
interface Family {
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
  /** Before the scope's own middleware. */
  defaults: Middleware[];
  /** Last, so credentials are added to the final request and seen by nothing before it. */
  auth: Middleware;
  images: () => Promise<ImageUrls>;
}

/** A client and its helpers for one scope (no session, a session, a guest session) of a family. */
function scopedClient<Paths extends PathsShape<Paths>>(
  family: Family,
  redact: Redactor,
  scope: Middleware[],
) {
  // One middleware, last in line, adds the credentials and normalises errors: every middleware costs each
  // request a few awaits in openapi-fetch.
  const core: Middleware = { ...family.auth, ...errorBodyMiddleware(redact) };
  const make = <P extends {}>(extra: Middleware[]): Client<P> => {
    const client = createClient<P>({ baseUrl: family.baseUrl, fetch: family.fetch, Request: CallerRequest });
    client.use(...family.defaults, ...scope, ...extra, core);
    return client;
  };
  const helpers: TmdbClientHelpers<Paths> = {
    paginate: createPaginate<Paths>((middleware) => make<Paths>([middleware])),
    details: createDetails<Paths>((middleware) => make<DetailsPaths<Paths>>([middleware])),
    images: family.images,
  };
  return Object.assign(make<Paths>([]), helpers);
}

/**
 * Creates a client whose every call is typed by the spec: `tmdb.GET('/3/movie/{movie_id}', ...)`, with
 * retries, rate limiting, timeouts and request de-duplication on by default (each switchable off).
 */
export function createTmdbClient(options: TmdbClientOptions): TmdbClient {
  const auth = authMiddleware(options);
  const redact = createRedactor([auth.secret]);
  const baseUrl = validBaseUrl(options.baseUrl ?? TMDB_BASE_URL);
  const fetchImpl: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const family: Family = {
    baseUrl,
    fetch: createPipeline(fetchImpl, new URL(baseUrl).origin, redact, options),
    defaults: defaultsMiddleware({ language: options.language, region: options.region }),
    auth: auth.middleware,
    images: cachedImages(() => root, options.imageConfigurationTtl ?? 24 * 60 * 60 * 1000),
  };
  const root = scopedClient<paths>(family, redact, []);
  return Object.assign(root, {
    withSession: (sessionId: string): TmdbSessionClient =>
      scopedClient<SessionPaths>(family, redact.with(sessionId), [sessionMiddleware(sessionId, false)]),
    withGuestSession: (guestSessionId: string): TmdbGuestSessionClient =>
      scopedClient<GuestSessionPaths>(family, redact.with(guestSessionId), [
        sessionMiddleware(guestSessionId, true),
      ]),
  });
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

/**
 * `images()`: fetches `/3/configuration` on first use and shares the answer (and the pending request)
 * until `ttl` passes; a failed fetch is not kept, so the next call tries again.
 */
function cachedImages(client: () => Client<paths>, ttl: number): () => Promise<ImageUrls> {
  let cached: { urls: Promise<ImageUrls>; until: number } | undefined;
  return () => {
    const now = Date.now();
    if (cached && now < cached.until) return cached.urls;
    const urls = orThrow(client().GET('/3/configuration')).then((configuration) =>
      createImageUrls(configuration.images),
    );
    const entry = { urls, until: now + ttl };
    cached = entry;
    urls.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return urls;
  };
}
