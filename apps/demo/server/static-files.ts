// Serves the built app: hashed assets from disk (cached for good), and index.html for every other page path
// so that deep links like /movie/603 work when typed or reloaded.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html;charset=utf-8',
  '.js': 'text/javascript;charset=utf-8',
  '.css': 'text/css;charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json;charset=utf-8',
  '.txt': 'text/plain;charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticOptions {
  /** The folder `vite build` wrote (with index.html at its root). */
  readonly root: string;
  /** The page's HTML, already prepared by the server (config embedded). */
  readonly indexHtml: string;
  /** Extra headers for the HTML page (the content security policy). */
  readonly pageHeaders: Readonly<Record<string, string>>;
}

export type StaticHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export function createStaticHandler(options: StaticOptions): StaticHandler {
  const root = resolve(options.root);
  const page = Buffer.from(options.indexHtml);
  const indexFile = join(root, 'index.html');

  const sendPage = (request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, {
      ...options.pageHeaders,
      'content-type': CONTENT_TYPES['.html'],
      'content-length': page.byteLength,
      // The page names the current asset hashes, so it must never be served stale.
      'cache-control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : page);
  };

  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain;charset=utf-8' });
      response.end('method not allowed');
      return;
    }
    const pathname = decodedPath(request.url ?? '/');
    if (pathname === undefined) return sendText(response, 400, 'bad request');
    if (pathname === '/' || pathname === '/index.html') return sendPage(request, response);

    const file = fileWithin(root, pathname);
    // Any spelling of the page (`/index.html/`, `/assets/../index.html`) is the prepared page with its
    // headers, never the raw template.
    if (file === indexFile) return sendPage(request, response);
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (file && info?.isFile()) {
      const body = await readFile(file);
      const hashed = pathname.startsWith('/assets/');
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.byteLength,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    // A missing file is a 404; a path without an extension is one of the app's pages.
    if (extname(pathname) !== '' || pathname.startsWith('/assets/'))
      return sendText(response, 404, 'not found');
    sendPage(request, response);
  };
}

/** The decoded pathname, or undefined when it is malformed (bad percent-encoding, NUL bytes). */
function decodedPath(requestUrl: string): string | undefined {
  try {
    const pathname = decodeURIComponent(new URL(requestUrl, 'http://demo.invalid').pathname);
    return pathname.includes('\0') ? undefined : pathname;
  } catch {
    return undefined;
  }
}

/** The file for a path, or undefined when the path would leave the root (`..` after decoding). */
function fileWithin(root: string, pathname: string): string | undefined {
  const file = resolve(join(root, pathname));
  return file.startsWith(root + sep) ? file : undefined;
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    'content-type': 'text/plain;charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
