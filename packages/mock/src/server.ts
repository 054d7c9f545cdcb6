// The fake as a real HTTP server on node:http.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
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

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', ...engineOptions } = options;
  const engine = createMockEngine(engineOptions);
  const server = createServer((request, response) => {
    serve(engine, request, response).catch(() => {
      if (!response.headersSent)
        response.writeHead(500, { 'content-type': 'application/json;charset=utf-8' });
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
  const bodyText = await readBody(request);
  if (bodyText === null) {
    response.writeHead(413, { 'content-type': 'application/json;charset=utf-8' });
    response.end('{"success":false,"status_code":5,"status_message":"The request body is too large."}');
    return;
  }
  const answer = await engine.handle({
    method: request.method ?? 'GET',
    url: new URL(request.url ?? '/', 'http://mock.invalid'),
    authorization: request.headers.authorization ?? null,
    bodyText,
  });
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
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
