// What a caller reads from a response is what the server sent: TMDB's own error body byte for byte, a
// body's media type (none when none was sent), and a clear TmdbError when a copy read later is not JSON.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient } from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { startServer, type TestServer } from './support/server.js';
import { thrown } from './support/thrown.js';

let server: TestServer;
afterEach(() => server?.close());

describe('a response', () => {
  it("keeps TMDB's own error body exactly as sent, layout and all", async () => {
    const sent =
      '{\n  "success": false,\n  "status_code": 34,\n  "status_message": "The resource you requested could not be found."\n}\n';
    server = await startServer((_request, response) => {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(sent);
    });
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });

    const { error, response } = await tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 9 } } });

    expect(error).toEqual({
      success: false,
      status_code: 34,
      status_message: 'The resource you requested could not be found.',
    });
    expect(await response.text()).toBe(sent);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(sent)));
  });

  it('reads as a Blob without a media type when the server sent none', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200);
      response.end('GIF89a');
    });
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });

    const { data } = await tmdb.GET('/3/configuration', { parseAs: 'blob' });

    expect(data?.type).toBe('');
    expect(await data?.text()).toBe('GIF89a');
  });

  it('fails with an invalid-response TmdbError when a copy read later as JSON is not JSON', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('<html>maintenance</html>');
    });
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const { data, response } = await tmdb.GET('/3/configuration', { parseAs: 'text' });
    expect(data).toBe('<html>maintenance</html>');

    // The copy was made after the call, outside any operation: the error says "request".
    const error = await thrown(response.clone().json());
    expect(error).toMatchObject({
      kind: 'invalid-response',
      method: 'request',
      path: '(unknown path)',
      status: 200,
      status_message: 'body is not JSON',
    });
  });
});

describe('aborting a call', () => {
  it('rejects with the standard AbortError and its usual message for a reason of null', async () => {
    server = await startServer(() => new Promise(() => {}));
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const controller = new AbortController();

    const call = tmdb.GET('/3/configuration', { signal: controller.signal });
    controller.abort(null);

    const error = await call.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: 'AbortError', message: 'This operation was aborted' });
  });

  it('still reports a refused redirect, naming the operation, when the caller aborts as it arrives', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(302, { location: 'https://elsewhere.example.test/' });
      response.end();
    });
    const controller = new AbortController();
    const tmdb = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      retry: false,
      dedupe: false,
      // The answer is in when the caller gives up: what failed is the redirect, not the abort.
      fetch: async (input, init) => {
        // An instrumenting fetch that hands on its own copy of the (empty-bodied) answer.
        const answer = await globalThis.fetch(input, init);
        await answer.arrayBuffer();
        controller.abort(new Error('the user left the page'));
        return new Response(null, { status: answer.status, headers: answer.headers });
      },
    });

    const error = await thrown(
      tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 550 } }, signal: controller.signal }),
    );
    expect(error).toMatchObject({
      kind: 'invalid-response',
      method: 'GET',
      path: '/3/movie/{movie_id}',
      status: 302,
      status_message: 'redirect refused: TMDB does not redirect API calls',
    });
  });
});
