// `tmdb-mock record`: a local proxy in front of TMDB. The app under development points at it instead of
// api.themoviedb.org; each request goes upstream with the user's own credential and each JSON answer is
// saved, redacted, into a captures folder that `tmdb-mock --replay` serves later (see capture/).
import { createServer, type IncomingMessage } from 'node:http';
import { createRecording, type RecordResult, type UpstreamCredential } from './capture/recording.js';
import { CORS_HEADERS } from './core/cors.js';
import { bundledSpec } from './openapi/bundled-spec.js';

export interface RecorderOptions {
  /** e.g. `https://api.themoviedb.org`. */
  readonly upstream: string;
  /** The captures folder (created if missing). */
  readonly out: string;
  readonly credential: UpstreamCredential;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Called once per request with what happened (saved, upstream unreachable, not JSON). */
  readonly onRecord?: (result: RecordResult) => void;
  readonly timeoutMs?: number;
}

export interface Recorder {
  /** Base URL without a trailing slash; point the app's TMDB base URL here. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function startRecorder(options: RecorderOptions): Promise<Recorder> {
  const recording = createRecording({
    upstream: options.upstream,
    out: options.out,
    credential: options.credential,
    spec: bundledSpec,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  const server = createServer((request, response) => {
    // A browser's preflight is answered here: it carries nothing to record and TMDB would answer it bare.
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...CORS_HEADERS });
      response.end();
      return;
    }
    readBody(request)
      .then(async (bodyText) => {
        if (bodyText === null) {
          response.writeHead(413, { ...CORS_HEADERS, 'content-type': 'application/json;charset=utf-8' });
          response.end('{"success":false,"status_code":5,"status_message":"The request body is too large."}');
          return;
        }
        const result = await recording.forward({
          method: request.method ?? 'GET',
          pathAndQuery: request.url ?? '/',
          ...(request.headers['content-type'] ? { contentType: request.headers['content-type'] } : {}),
          ...(bodyText === undefined ? {} : { bodyText }),
        });
        options.onRecord?.(result);
        response.writeHead(result.answer.status, { ...CORS_HEADERS, ...result.answer.headers });
        response.end(result.answer.body);
      })
      .catch(() => {
        if (!response.headersSent)
          response.writeHead(500, { 'content-type': 'application/json;charset=utf-8' });
        response.end('{"success":false,"status_code":11,"status_message":"Internal error."}');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    server.close();
    throw new Error('tmdb-mock record: the proxy is not listening on TCP');
  }
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The body as text, undefined when there is none, null when it is too large. */
async function readBody(request: IncomingMessage): Promise<string | undefined | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return size === 0 ? undefined : Buffer.concat(chunks).toString('utf8');
}
