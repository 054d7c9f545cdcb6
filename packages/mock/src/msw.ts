// @tmdb-kit/mock/msw: the fake as MSW request handlers, for tests and browsers. Kept out of the main entry
// point so that `msw` (an optional peer dependency) is only loaded by those who use it.
import { type HttpHandler, HttpResponse, http } from 'msw';
import { createMockEngine, type MockEngine } from './engine/engine.js';
import type { MockOptions } from './engine/options.js';

export interface MswHandlersOptions extends MockOptions {
  /** The origin the client calls, e.g. `https://api.themoviedb.org` (default) or your proxy's URL. */
  readonly baseUrl?: string;
  /**
   * The engine to serve from; pass your own (`createMockEngine()`) to reset or configure it between tests or
   * share one state with a `startMockServer`. Other options are ignored when it is given.
   */
  readonly engine?: MockEngine;
}

export const DEFAULT_MSW_BASE_URL = 'https://api.themoviedb.org';

/** One catch-all handler for `<baseUrl>/3/*`, answering exactly as the HTTP server would. */
export function createMswHandlers(options: MswHandlersOptions = {}): HttpHandler[] {
  const { baseUrl = DEFAULT_MSW_BASE_URL, engine: given, ...engineOptions } = options;
  const engine = given ?? createMockEngine(engineOptions);
  const prefix = new URL(baseUrl).href.replace(/\/+$/, '');
  return [
    http.all(`${prefix}/3/*`, async ({ request }) => {
      const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
      const url = new URL(request.url);
      // Paths are matched from `/3/`, so a base URL with its own path prefix (a proxy) still routes.
      url.pathname = url.pathname.slice(new URL(prefix).pathname.replace(/\/$/, '').length);
      const answer = await engine.handle({
        method: request.method,
        url,
        authorization: request.headers.get('authorization'),
        bodyText: text === '' ? undefined : text,
      });
      return new HttpResponse(answer.body ?? null, { status: answer.status, headers: answer.headers });
    }),
  ];
}

export { createMockEngine, type MockEngine };
