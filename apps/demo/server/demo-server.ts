// The demo's HTTP server: the built app, the /tmdb proxy and (offline) the drawn images, on one origin so
// the page needs no CORS and holds no credential.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { DEMO_CONFIG_PLACEHOLDER, type DemoConfig, demoConfigScript } from './demo-config.js';
import { OFFLINE_IMAGES_PREFIX, serveOfflineImage } from './offline-images.js';
import { createTmdbProxy, PROXY_PREFIX, sendProxyError } from './proxy.js';
import { createStaticHandler } from './static-files.js';

export interface DemoServerOptions {
  /** The folder `vite build` wrote. */
  readonly publicDir: string;
  readonly upstreamUrl: string;
  readonly accessToken: string;
  readonly config: DemoConfig;
  /** Default 127.0.0.1: the demo is for this machine. */
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly proxyTimeoutMs?: number;
  /** Largest upstream answer relayed (bytes, after decompression). Default 8 MiB. */
  readonly proxyMaxUpstreamBytes?: number;
  /**
   * Host names the page may be reached by besides localhost, 127.0.0.1, [::1] and the address bound (when
   * bound to all interfaces: this machine's name and addresses too). Any other Host header is refused, so a
   * page on another name that resolves here (DNS rebinding) cannot drive the server's token.
   */
  readonly allowedHosts?: readonly string[];
  /** Where the server reports failures (never the token); default console.error. */
  readonly log?: (message: string) => void;
}

export interface DemoServer {
  /** `http://127.0.0.1:4173`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The built app is missing or incomplete; the message says how to build it. */
export class DemoBuildMissingError extends Error {
  override readonly name = 'DemoBuildMissingError';
}

// Images come from this origin (offline) or TMDB's image CDN; nothing else may load or run.
const IMAGE_SOURCES = "'self' https://image.tmdb.org data:";
const PAGE_HEADERS = {
  'content-security-policy': [
    "default-src 'self'",
    `img-src ${IMAGE_SOURCES}`,
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const { host = '127.0.0.1', port = 0 } = options;
  const redact = (text: string) => text.replaceAll(options.accessToken, '[redacted]');
  const writeLog = options.log ?? ((message: string) => console.error(message));
  const log = (message: string) => writeLog(redact(message));
  const proxy = createTmdbProxy({
    upstreamUrl: options.upstreamUrl,
    accessToken: options.accessToken,
    log,
    ...(options.proxyTimeoutMs === undefined ? {} : { timeoutMs: options.proxyTimeoutMs }),
    ...(options.proxyMaxUpstreamBytes === undefined
      ? {}
      : { maxUpstreamBytes: options.proxyMaxUpstreamBytes }),
  });
  const indexHtml = await preparePage(options.publicDir, options.config);
  const serveStatic = createStaticHandler({ root: options.publicDir, indexHtml, pageHeaders: PAGE_HEADERS });
  const offlineImages = options.config.imageBaseUrl?.startsWith(OFFLINE_IMAGES_PREFIX) ?? false;
  const isAllowedHost = hostAllowList(host, options.allowedHosts ?? []);

  const route = (request: IncomingMessage, response: ServerResponse): Promise<void> | void => {
    if (!isAllowedHost(request.headers.host)) {
      log(
        `demo server: refused Host "${request.headers.host ?? ''}" (not a name this server was started for)`,
      );
      return sendProxyError(response, 421, 'The demo server does not answer for this host name.');
    }
    const url = request.url ?? '/';
    if (url === PROXY_PREFIX || url.startsWith(`${PROXY_PREFIX}/`)) return proxy(request, response);
    if (offlineImages && url.startsWith(OFFLINE_IMAGES_PREFIX)) return serveOfflineImage(request, response);
    return serveStatic(request, response);
  };

  const server = createServer((request, response) => {
    Promise.resolve(route(request, response)).catch((error: unknown) => {
      log(`demo server: ${request.method ?? ''} ${request.url ?? ''} failed: ${describeError(error)}`);
      // Nothing about the failure is sent: it could only confuse the page, and the log has it.
      if (!response.headersSent) sendProxyError(response, 500, 'The demo server failed to answer.');
      else response.destroy();
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
  if (address === null || typeof address === 'string') throw new Error('the demo server has no TCP address');
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Whether a Host header names this server (any port: rebinding is about the name). */
function hostAllowList(bindHost: string, extra: readonly string[]): (header: string | undefined) => boolean {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', ...extra.map((name) => bracketed(name))]);
  if (bindHost === '0.0.0.0' || bindHost === '::' || bindHost === '') {
    names.add(hostname().toLowerCase());
    for (const entries of Object.values(networkInterfaces()))
      for (const entry of entries ?? []) names.add(bracketed(entry.address));
  } else {
    names.add(bracketed(bindHost));
  }
  return (header) => {
    if (header === undefined) return false;
    const name = header.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
    return names.has(name);
  };
}

/** IPv6 addresses appear in Host headers in brackets. */
const bracketed = (name: string): string => {
  const lower = name.trim().toLowerCase();
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
};

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function preparePage(publicDir: string, config: DemoConfig): Promise<string> {
  const file = join(publicDir, 'index.html');
  const html = await readFile(file, 'utf8').catch(() => undefined);
  if (html === undefined || !html.includes(DEMO_CONFIG_PLACEHOLDER)) {
    throw new DemoBuildMissingError(
      `the built app is missing or stale (${file}); run \`pnpm --filter @tmdb-kit/demo build\` first`,
    );
  }
  return html.replace(DEMO_CONFIG_PLACEHOLDER, demoConfigScript(config));
}
