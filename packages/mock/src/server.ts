// The fake as a real HTTP server on node:http.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { CORS_HEADERS } from './core/cors.js';
import { tmdbErrors } from './core/tmdb-errors.js';
import { createMockEngine, type MockEngine, type MockSettings } from './engine/engine.js';
import type { MockOptions } from './engine/options.js';
import type { MockStateView } from './state/snapshot.js';

export interface MockServerOptions extends MockOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1: the fake is for this machine, not the network. */
  readonly host?: string;
}

export interface MockServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:4010`; paths start with `/3/`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, ends idle ones and resolves when the server is closed. */
  close(): Promise<void>;
  reset(): void;
  configure(options: MockSettings): void;
  readonly state: MockStateView;
}

/** Bodies above this are refused: the fake's bodies are a few hundred bytes. */
const MAX_BODY_BYTES = 1024 * 1024;
/** How much of a refused body is read and dropped so its sender sees the 413 (rather than a reset). */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', ...engineOptions } = options;
  const engine = createMockEngine(engineOptions);
  const server = createServer((request, response) => {
    serve(engine, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, JSON_HEADERS);
      response.end('{"success":false,"status_code":11,"status_message":"Internal error."}');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  // A TCP listener always has an AddressInfo; a string (pipe) or null would mean listen() did something else.
  if (address === null || typeof address === 'string') {
    server.close();
    throw new Error('tmdb-mock: the server is not listening on TCP');
  }
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    reset: () => engine.reset(),
    configure: (next) => engine.configure(next),
    state: engine.state,
  };
}

async function serve(engine: MockEngine, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const body = await readBody(request);
  if (body.tooLarge) {
    // The rest of the body was read and dropped (or the socket is beyond saving): either way this
    // connection is not reused, so the client's next request never waits on a half-read socket.
    if (!body.drained) response.once('finish', () => request.socket.destroy());
    response.writeHead(413, { ...JSON_HEADERS, connection: 'close' });
    response.end(TOO_LARGE_BODY);
    return;
  }
  const url = requestUrl(request.url);
  if (!url) {
    response.writeHead(tmdbErrors.malformedUrl().httpStatus, JSON_HEADERS);
    response.end(MALFORMED_URL_BODY);
    return;
  }
  const answer = await engine.handle({
    method: request.method ?? 'GET',
    url,
    authorization: request.headers.authorization ?? null,
    bodyText: body.text,
  });
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}

// CORS headers on the server's own answers too, so a browser app sees the status rather than a CORS error.
const JSON_HEADERS = { ...CORS_HEADERS, 'content-type': 'application/json;charset=utf-8' } as const;
const TOO_LARGE_BODY = '{"success":false,"status_code":5,"status_message":"The request body is too large."}';
const MALFORMED_URL_BODY = JSON.stringify(tmdbErrors.malformedUrl().body);

/** The request target as a URL, or undefined when it is not one (`//[`, `http://[`, a bare `*`). */
function requestUrl(target: string | undefined): URL | undefined {
  if (target === undefined || target === '*') return undefined;
  try {
    return new URL(target, 'http://mock.invalid');
  } catch {
    return undefined;
  }
}

type BodyRead =
  | { readonly tooLarge: false; readonly text: string | undefined }
  | { readonly tooLarge: true; readonly drained: boolean };

/**
 * The body as text (undefined when there is none). Past MAX_BODY_BYTES the rest is read and dropped up
 * to MAX_DRAIN_BYTES, so the client finishes sending and reads the 413; beyond that the socket is dropped.
 */
async function readBody(request: IncomingMessage): Promise<BodyRead> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = request[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    const buffer = Buffer.isBuffer(next.value) ? next.value : Buffer.from(String(next.value));
    size += buffer.length;
    if (size > MAX_DRAIN_BYTES) return { tooLarge: true, drained: false };
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  if (size > MAX_BODY_BYTES) return { tooLarge: true, drained: true };
  return { tooLarge: false, text: size === 0 ? undefined : Buffer.concat(chunks).toString('utf8') };
}
