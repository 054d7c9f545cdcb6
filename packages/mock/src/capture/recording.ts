// The recorder's pipeline, independent of any transport: forward one request to TMDB with the user's
// credential, hand the real answer back, and save a redacted capture of it. The proxy (../record.ts) and
// the live tour (./tour.ts) both drive it. Every outcome is reported per request; a failure loses nothing
// already saved and never stops the next request.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { indexSpec } from '../openapi/operations.js';
import { createRouter } from '../openapi/router.js';
import { messageOf } from '../verify/samples.js';
import {
  CAPTURE_FORMAT,
  type Capture,
  type CaptureRequest,
  captureFileName,
  captureKey,
  digest,
  KEPT_HEADERS,
  parseJsonBody,
} from './format.js';
import { createRedactor } from './redact.js';

/** The user's own credential: read from the environment by the CLI, never written anywhere. */
export interface UpstreamCredential {
  readonly accessToken?: string;
  readonly apiKey?: string;
}

export interface RecordingOptions {
  /** e.g. `https://api.themoviedb.org` (a path prefix is kept). */
  readonly upstream: string;
  /** The captures folder. */
  readonly out: string;
  readonly credential: UpstreamCredential;
  /** The bundled spec, to name each request's operation. */
  readonly spec: unknown;
  /** Per-request time limit for the upstream. Default 30 s. */
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}

export interface ForwardRequest {
  readonly method: string;
  /** Path and query as the client sent them, e.g. `/3/movie/550?language=en-US`. */
  readonly pathAndQuery: string;
  readonly contentType?: string;
  readonly bodyText?: string;
}

export interface ForwardAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

export type RecordOutcome =
  | {
      readonly kind: 'saved';
      readonly file: string;
      readonly operationId: string | undefined;
      readonly status: number;
    }
  | { readonly kind: 'unreachable'; readonly message: string }
  | { readonly kind: 'not-json'; readonly status: number; readonly contentType: string };

export interface RecordResult {
  /** `GET /3/movie/550`, with secrets hidden: safe to print. */
  readonly request: string;
  readonly outcome: RecordOutcome;
  /** What to answer the client with (the real, unredacted response, or a 502 when TMDB was unreachable). */
  readonly answer: ForwardAnswer;
}

export interface Recording {
  forward(request: ForwardRequest): Promise<RecordResult>;
}

const ANSWER_HEADERS = ['content-type', 'cache-control', 'etag', 'retry-after', 'x-ratelimit-remaining'];

export function createRecording(options: RecordingOptions): Recording {
  const { credential } = options;
  if (!credential.accessToken && !credential.apiKey)
    throw new TypeError('recording needs a TMDB credential (an access token or an api key)');
  const router = createRouter(indexSpec(options.spec).operations);
  const redactor = createRedactor([credential.accessToken ?? '', credential.apiKey ?? '']);
  const upstream = options.upstream.replace(/\/+$/, '');
  const encoder = new TextEncoder();

  async function forward(request: ForwardRequest): Promise<RecordResult> {
    const method = request.method.toUpperCase();
    const incoming = new URL(request.pathAndQuery, 'http://recorder.invalid');
    const match = router.match(method, incoming.pathname);
    const template = match?.operation.pathTemplate;
    // Learn the secrets the request carries before anything is printed or saved.
    const query = redactor.query(incoming.searchParams);
    const path = redactor.path(incoming.pathname, template);
    const requestBody = parseJsonBody(request.bodyText);
    if (requestBody !== undefined) redactor.learn(requestBody, true);
    const label = `${method} ${path}`;

    const target = new URL(upstream + incoming.pathname + incoming.search);
    target.searchParams.delete('api_key');
    const headers: Record<string, string> = { accept: 'application/json' };
    if (credential.accessToken) headers.authorization = `Bearer ${credential.accessToken}`;
    else if (credential.apiKey) target.searchParams.set('api_key', credential.apiKey);
    if (request.bodyText !== undefined) headers['content-type'] = request.contentType ?? 'application/json';

    let response: Response;
    let bytes: Uint8Array;
    try {
      response = await fetch(target, {
        method,
        headers,
        body: request.bodyText,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      const message = redactor.text(describeFailure(error));
      const body = encoder.encode(
        JSON.stringify({
          success: false,
          status_code: 11,
          status_message: `tmdb-mock record: upstream unreachable (${message})`,
        }),
      );
      return {
        request: label,
        outcome: { kind: 'unreachable', message },
        answer: { status: 502, headers: { 'content-type': 'application/json;charset=utf-8' }, body },
      };
    }
    const answer: ForwardAnswer = {
      status: response.status,
      headers: pickHeaders(response.headers, ANSWER_HEADERS),
      body: bytes,
    };
    const contentType = response.headers.get('content-type') ?? '';
    const parsed = contentType.includes('json') ? parseJsonBody(new TextDecoder().decode(bytes)) : undefined;
    if (parsed === undefined)
      return {
        request: label,
        outcome: { kind: 'not-json', status: response.status, contentType: contentType || 'none' },
        answer,
      };

    // Only the user's own answers (logins, sessions, the account) teach secrets by value.
    redactor.learn(
      parsed,
      template !== undefined && /^\/3\/(authentication|account|guest_session)\b/.test(template),
    );
    const operationId = match?.operation.operationId;
    const isAccount =
      operationId === 'getAccountDetails' ||
      template === '/3/account' ||
      template === '/3/account/{account_id}';
    const body = redactor.body(isAccount ? redactor.accountDetails(parsed) : parsed);
    const captured: CaptureRequest = {
      method,
      path,
      query,
      ...(requestBody === undefined
        ? {}
        : { bodyDigest: digest(JSON.stringify(redactor.body(requestBody))) }),
    };
    const capture: Capture = {
      format: CAPTURE_FORMAT,
      operationId,
      recordedAt: (options.now?.() ?? new Date()).toISOString(),
      request: captured,
      response: {
        status: response.status,
        headers: Object.fromEntries(
          Object.entries(pickHeaders(response.headers, KEPT_HEADERS)).map(([name, value]) => [
            name,
            redactor.text(value),
          ]),
        ),
        body,
      },
    };
    const file = captureFileName(operationId, captureKey(captured));
    try {
      await mkdir(dirname(join(options.out, file)), { recursive: true });
      await writeFile(join(options.out, file), `${JSON.stringify(capture, null, 2)}\n`);
    } catch (error) {
      return {
        request: label,
        outcome: { kind: 'unreachable', message: `could not save ${file}: ${messageOf(error)}` },
        answer,
      };
    }
    return { request: label, outcome: { kind: 'saved', file, operationId, status: response.status }, answer };
  }

  return { forward };
}

function pickHeaders(headers: Headers, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null) picked[name] = value;
  }
  return picked;
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && 'code' in cause) return String(cause.code);
  return messageOf(error);
}
