// The /tmdb proxy over real HTTP: the page's requests reach the upstream with the server's token, and
// nothing of the token comes back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../server/demo-server.js';
import {
  type BuiltApp,
  closedPort,
  type FakeUpstream,
  makeBuiltApp,
  rawGet,
  startFakeUpstream,
} from './support/servers.js';

const TOKEN = 'server-side-token-0123456789';

let upstream: FakeUpstream;
let app: BuiltApp;
let demo: DemoServer;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  app = makeBuiltApp();
  demo = await startDemoServer({
    publicDir: app.dir,
    upstreamUrl: upstream.url,
    accessToken: TOKEN,
    config: { mode: 'tmdb' },
    proxyTimeoutMs: 300,
  });
});
afterEach(() => {
  upstream.requests.length = 0;
  upstream.respond((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"ok":true}');
  });
});
afterAll(async () => {
  await demo?.close();
  await upstream?.close();
  app?.remove();
});

describe('the /tmdb proxy', () => {
  it('forwards /tmdb/3/... to the upstream with the server’s token instead of the page’s credentials', async () => {
    const response = await fetch(`${demo.url}/tmdb/3/search/movie?query=orbit&api_key=from-page&page=2`, {
      headers: { authorization: 'Bearer from-the-page', cookie: 'a=b', 'accept-language': 'fr' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    const [seen] = upstream.requests;
    expect(seen?.method).toBe('GET');
    expect(seen?.url).toBe('/3/search/movie?query=orbit&page=2');
    expect(seen?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen?.headers.cookie).toBeUndefined();
    expect(seen?.headers['accept-language']).toBe('fr');
  });

  it('passes a signed-in user’s v4 token on for v4 lists and account paths only, and keeps their answers uncached', async () => {
    upstream.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' });
      response.end('{}');
    });
    const headers = { authorization: 'Bearer user.token-1' };
    const list = await fetch(`${demo.url}/tmdb/4/list/7`, { headers });
    await fetch(`${demo.url}/tmdb/4/account/5f0000000000000000000001/lists`, { headers });
    await fetch(`${demo.url}/tmdb/4/auth/request_token`, { method: 'POST', headers });
    await fetch(`${demo.url}/tmdb/3/movie/1`, { headers });
    await fetch(`${demo.url}/tmdb/4/list/7`, { headers: { authorization: 'Bearer two tokens' } });
    expect(list.headers.get('cache-control')).toBe('no-store');
    expect(upstream.requests.map((seen) => `${seen.url} ${seen.headers.authorization}`)).toEqual([
      '/4/list/7 Bearer user.token-1',
      '/4/account/5f0000000000000000000001/lists Bearer user.token-1',
      `/4/auth/request_token Bearer ${TOKEN}`,
      `/3/movie/1 Bearer ${TOKEN}`,
      `/4/list/7 Bearer ${TOKEN}`,
    ]);
  });

  it('forwards bodies of writes and relays status, Retry-After and the body', async () => {
    upstream.respond((_request, response) => {
      response.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': '7',
        'set-cookie': 'x=y',
      });
      response.end('{"success":false,"status_code":25,"status_message":"slow down"}');
    });
    const response = await fetch(`${demo.url}/tmdb/3/account/1/favorite?session_id=s`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ media_type: 'movie', media_id: 1, favorite: true }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.json()).toMatchObject({ status_code: 25 });
    expect(upstream.requests[0]).toMatchObject({
      method: 'POST',
      url: '/3/account/1/favorite?session_id=s',
      body: '{"media_type":"movie","media_id":1,"favorite":true}',
    });
    expect(upstream.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('keeps a user’s answers out of the browser cache', async () => {
    upstream.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=600' });
      response.end('{}');
    });
    const shared = await fetch(`${demo.url}/tmdb/3/movie/1`);
    const personal = await fetch(`${demo.url}/tmdb/3/movie/1/account_states?session_id=abc`);
    expect(shared.headers.get('cache-control')).toBe('public, max-age=600');
    expect(personal.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    '/tmdb/5/list/1',
    '/tmdb/3/../../etc/passwd',
    '/tmdb/%2e%2e/secret',
    '/tmdb/3/%2e%2e/5/x',
    '/tmdb',
  ])('refuses %s without calling the upstream', async (path) => {
    const response = await rawGet(demo.url, path);
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({ status_code: 0 });
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses methods TMDB v3 does not use', async () => {
    const response = await fetch(`${demo.url}/tmdb/3/movie/1`, { method: 'PATCH' });
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ status_code: 0 });
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses oversized bodies with 413', async () => {
    const response = await fetch(`${demo.url}/tmdb/3/list`, { method: 'POST', body: 'x'.repeat(100 * 1024) });
    expect(response.status).toBe(413);
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers 504 with a TMDB-shaped body (status_code 0) when the upstream is too slow', async () => {
    upstream.respond(() => {
      // never answers; the proxy’s timeout must
    });
    const response = await fetch(`${demo.url}/tmdb/3/configuration`);
    expect(response.status).toBe(504);
    const body = await response.json();
    expect(body).toMatchObject({ success: false, status_code: 0 });
    expect(body.status_message).toMatch(/did not answer/);
  });

  it('does not follow redirects (they would carry the token elsewhere)', async () => {
    upstream.respond((_request, response) => {
      response.writeHead(302, { location: 'http://127.0.0.1:1/steal' });
      response.end();
    });
    const response = await fetch(`${demo.url}/tmdb/3/configuration`);
    expect(response.status).toBe(502);
    expect(upstream.requests).toHaveLength(1);
  });

  it('answers 502 naming the cause, and nothing of the token, when the upstream is down', async () => {
    const down = await startDemoServer({
      publicDir: app.dir,
      upstreamUrl: `http://127.0.0.1:${await closedPort()}`,
      accessToken: TOKEN,
      config: { mode: 'tmdb' },
    });
    try {
      const response = await fetch(`${down.url}/tmdb/3/configuration`);
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ success: false, status_code: 0 });
      expect(text).toMatch(/could not reach TMDB \(ECONNREFUSED\)/);
      expect(text).not.toContain(TOKEN);
    } finally {
      await down.close();
    }
  });
});
