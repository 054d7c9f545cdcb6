// The recorder's on-disk format: one JSON file per recorded response, under a folder per operation,
//   captures/<operationId>/<parameters>.json
// A capture holds what replay needs to answer the same request again and what verification needs to
// judge the response: never a credential (see ./redact.ts).
import { createHash } from 'node:crypto';
import { isJsonObject } from '../openapi/json.js';

export const CAPTURE_FORMAT = 'tmdb-kit-capture/1';

export interface CaptureRequest {
  readonly method: string;
  /** The concrete path, e.g. `/3/movie/550`. */
  readonly path: string;
  /** Query parameters without credentials, sorted by name. */
  readonly query: Readonly<Record<string, string>>;
  /** For requests with a JSON body (writes): a digest of the redacted body, part of the replay key. */
  readonly bodyDigest?: string;
}

export interface CaptureResponse {
  readonly status: number;
  /** A few headers worth keeping (content type, caching, rate limits); never cookies or auth. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface Capture {
  readonly format: typeof CAPTURE_FORMAT;
  /** The spec operation that serves the request, or undefined when the spec has none. */
  readonly operationId: string | undefined;
  readonly recordedAt: string;
  readonly request: CaptureRequest;
  readonly response: CaptureResponse;
}

/** Response headers a capture keeps. */
export const KEPT_HEADERS = [
  'content-type',
  'cache-control',
  'etag',
  'last-modified',
  'date',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
] as const;

/** Query parameters that carry credentials or per-user secrets: never saved and never part of a key. */
export const SECRET_QUERY_PARAMETERS = new Set([
  'api_key',
  'session_id',
  'guest_session_id',
  'request_token',
  'access_token',
  'account_id',
]);

/** The identity of a request for replay: method, path and the non-secret query, in a stable order. */
export function requestKey(method: string, path: string, query: Readonly<Record<string, string>>): string {
  const params = Object.entries(query)
    .filter(([name]) => !SECRET_QUERY_PARAMETERS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  return `${method.toUpperCase()} ${path}${params ? `?${params}` : ''}`;
}

/** The key of a capture: its request key plus, for writes, the digest of the redacted body. */
export function captureKey(request: CaptureRequest): string {
  const key = requestKey(request.method, request.path, request.query);
  return request.bodyDigest === undefined ? key : `${key} #${request.bodyDigest}`;
}

export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** A JSON object or array, or undefined for anything else (no body, text, a bare number). */
export function parseJsonBody(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The file a capture is stored in, relative to the captures folder: readable, unique per request key. */
export function captureFileName(operationId: string | undefined, key: string): string {
  const readable = key
    .replace(/^[A-Z]+ \/3\//, '')
    .replace(/[^A-Za-z0-9=_-]+/g, '_')
    .slice(0, 80);
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 10);
  return `${operationId ?? 'unknown-operation'}/${readable}-${hash}.json`;
}

/** Reads a parsed JSON file as a capture, or says why it is not one. */
export function parseCapture(value: unknown): Capture | string {
  if (!isJsonObject(value) || value.format !== CAPTURE_FORMAT) return `not a ${CAPTURE_FORMAT} file`;
  const { request, response, operationId, recordedAt } = value;
  if (!isJsonObject(request) || typeof request.method !== 'string' || typeof request.path !== 'string')
    return 'the capture has no request method and path';
  if (!isJsonObject(response) || typeof response.status !== 'number')
    return 'the capture has no response status';
  const strings = (raw: unknown): Record<string, string> =>
    Object.fromEntries(
      Object.entries(isJsonObject(raw) ? raw : {}).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  return {
    format: CAPTURE_FORMAT,
    operationId: typeof operationId === 'string' ? operationId : undefined,
    recordedAt: typeof recordedAt === 'string' ? recordedAt : '',
    request: {
      method: request.method,
      path: request.path,
      query: strings(request.query),
      ...(typeof request.bodyDigest === 'string' ? { bodyDigest: request.bodyDigest } : {}),
    },
    response: { status: response.status, headers: strings(response.headers), body: response.body },
  };
}
