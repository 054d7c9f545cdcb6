// A real HTTP server on 127.0.0.1 for the client's tests: each test scripts the answers (including faults:
// resets, hangs, HTML bodies) and reads back what the client sent.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface SentRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (request: SentRequest, response: ServerResponse) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:<port>`. */
  baseUrl: string;
  /** Every request received, in arrival order. */
  requests: SentRequest[];
  /** Requests being handled right now, and the most seen at once. */
  inFlight: { now: number; max: number };
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: SentRequest[] = [];
  const inFlight = { now: 0, max: 0 };
  const sockets = new Set<Socket>();
  const server = createServer(async (incoming, response) => {
    inFlight.now++;
    inFlight.max = Math.max(inFlight.max, inFlight.now);
    response.on('close', () => inFlight.now--);
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(Buffer.from(chunk));
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const request: SentRequest = {
      method: incoming.method ?? 'GET',
      url: incoming.url ?? '/',
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(request);
    try {
      await handler(request, response);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the test server has no TCP address');
  const { port } = address;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    inFlight,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Answers with JSON. */
export function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

/** An answer of gzipped JSON with its compressed length declared, as TMDB's CDN sends it. */
export function gzippedJson(body: unknown): { handler: Handler; compressedBytes: number } {
  const compressed = gzipSync(JSON.stringify(body));
  return {
    compressedBytes: compressed.byteLength,
    handler: (_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'content-length': String(compressed.byteLength),
      });
      response.end(compressed);
    },
  };
}

/** Cuts the connection without answering (what a crashing proxy or a reset looks like to the client). */
export const reset: Handler = (_request, response) => {
  response.socket?.destroy();
};

/** Never answers; the test server's `close()` ends it. */
export const hang: Handler = () => new Promise(() => {});

/** A handler that answers each request with the next of `steps` (the last one repeats). */
export function sequence(...steps: Handler[]): Handler {
  let index = 0;
  return (request, response) => {
    const step = steps[Math.min(index++, steps.length - 1)];
    return step?.(request, response);
  };
}
