import { type Exchange, requestKey, type Stage } from './pipeline.js';
import type { BufferedResponse } from './responses.js';

export interface CacheOptions {
  /** How long, in ms, a response without `Cache-Control: max-age` stays fresh. Default 60 000. */
  ttl?: number;
  /** Most responses kept; the least recently used go first. Default 500. */
  maxEntries?: number;
}

interface Entry {
  response: BufferedResponse;
  /** `performance.now()` after which the entry must be revalidated or fetched again. */
  freshUntil: number;
  etag: string | null;
}

/** A pipeline stage that answers from a cache; create one with `responseCache()` and pass it as `cache`. */
export type ResponseCache = Stage;

/**
 * An in-memory cache of successful GET responses, opt-in (`cache: responseCache({ ttl: 60_000 })`) so that
 * clients without it do not ship it. Freshness follows the response's `Cache-Control`
 * (`max-age` minus `Age`, `no-store`, `no-cache`) and falls back to `ttl`; a stale entry with an `ETag`
 * is revalidated with `If-None-Match`, and a 304 serves the stored body. Requests made with
 * `cache: 'no-store' | 'reload' | 'no-cache'` bypass it.
 */
export function responseCache(options: CacheOptions = {}): ResponseCache {
  return (next) => withCache(next, options);
}

function withCache(next: Exchange, options: CacheOptions): Exchange {
  const ttl = options.ttl ?? 60_000;
  const maxEntries = options.maxEntries ?? 500;
  const entries = new Map<string, Entry>();

  const store = (key: string, response: BufferedResponse, now: number) => {
    const freshUntil = freshness(response.headers, ttl, now);
    const etag = response.headers.get('etag');
    if (freshUntil === undefined || (freshUntil <= now && etag === null)) return;
    entries.delete(key);
    entries.set(key, { response, freshUntil, etag });
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
  };

  return async (request) => {
    if (request.method !== 'GET' || /^(no-store|reload|no-cache)$/.test(request.cache)) return next(request);
    const key = requestKey(request);
    const entry = entries.get(key);
    if (entry && performance.now() < entry.freshUntil) {
      entries.delete(key); // re-inserting keeps the Map in least-recently-used order
      entries.set(key, entry);
      return entry.response.copy();
    }
    if (entry?.etag) {
      const conditional = new Request(request, {
        headers: withHeader(request.headers, 'if-none-match', entry.etag),
      });
      const response = await next(conditional);
      if (response.status === 304) {
        entry.freshUntil = freshness(response.headers, ttl, performance.now()) ?? entry.freshUntil;
        return entry.response.copy();
      }
      entries.delete(key);
      if (response.status === 200) store(key, response, performance.now());
      return response;
    }
    entries.delete(key);
    const response = await next(request);
    if (response.status === 200) store(key, response, performance.now());
    return response;
  };
}

/** When a response stops being fresh, or `undefined` when it must not be stored at all. */
function freshness(headers: Headers, ttl: number, now: number): number | undefined {
  const cacheControl = headers.get('cache-control')?.toLowerCase() ?? '';
  if (/(^|,)\s*no-store\s*(,|$)/.test(cacheControl)) return undefined;
  if (/(^|,)\s*no-cache\s*(,|$)/.test(cacheControl)) return now;
  const maxAge = /(^|,)\s*max-age\s*=\s*"?(\d+)/.exec(cacheControl)?.[2];
  if (maxAge === undefined) return now + ttl;
  const age = Number(headers.get('age') ?? 0) || 0;
  return now + Math.max(0, Number(maxAge) - age) * 1000;
}

function withHeader(headers: Headers, name: string, value: string): Headers {
  const copy = new Headers(headers);
  copy.set(name, value);
  return copy;
}
