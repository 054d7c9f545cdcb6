// Malformed and borderline requests over real HTTP: how query strings and JSON bodies become typed input,
// which TMDB error each kind of bad input gets, how paths are routed, which Authorization headers count,
// and the v4 approval page a browser opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMockEngine,
  MOCK_ACCESS_TOKEN,
  type MockResponse,
  type MockServer,
  startMockServer,
} from '../src/index.js';
import { call, field, idsIn } from './support/http.js';
import { newV4RequestToken, openApprovalPage } from './support/v4-flows.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
let now = NOW;
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ now: () => now });
});
afterAll(async () => {
  await server.close();
});

/** Sends `body` as the raw request body text, exactly as given. */
async function postRaw(path: string, body?: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${MOCK_ACCESS_TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: await response.json() };
}

describe('query strings', () => {
  it('treats an empty required parameter as a missing one', async () => {
    const empty = await call(server.url, '/3/search/movie', { query: { query: '' } });
    expect(empty.status).toBe(422);
    expect(field(empty.body, 'errors')).toEqual(['query must be provided']);
  });

  it('keeps "true" a word in a text parameter: a search for it finds nothing rather than failing', async () => {
    const searched = await call(server.url, '/3/search/movie', { query: { query: 'true' } });
    expect(searched.status).toBe(200);
    expect(field(searched.body, 'total_results')).toBe(0);
  });

  it('reads booleans only from "true" and "false"', async () => {
    const refused = await call(server.url, '/3/search/movie', {
      query: { query: 'quiet orbit', include_adult: 'yes' },
    });
    expect(refused.status).toBe(422);
    expect(field(refused.body, 'errors')).toEqual([expect.stringContaining('include_adult')]);
    const accepted = await call(server.url, '/3/search/movie', {
      query: { query: 'quiet orbit', include_adult: 'false' },
    });
    expect(idsIn(accepted.body)).toEqual(expect.arrayContaining([1001, 1002, 1003]));
  });

  it('reads decimal numbers with several digits after the point', async () => {
    const filtered = await call(server.url, '/3/discover/movie', {
      query: { 'vote_average.gte': '7.25', 'vote_average.lte': '7.35' },
    });
    expect(filtered.status).toBe(200);
    // 7.3 is the only rating of the data set between the two bounds (1007 and 1022 have it).
    expect([...idsIn(filtered.body)].sort()).toEqual([1007, 1022]);
  });

  it('refuses numbers with anything before or after the digits', async () => {
    for (const value of ['x7', '7x', '7.', '.5']) {
      const refused = await call(server.url, '/3/discover/movie', { query: { 'vote_average.gte': value } });
      expect(refused.status, value).not.toBe(200);
      expect(field(refused.body, 'success'), value).toBe(false);
    }
  });
});

describe('JSON bodies', () => {
  it('answers a missing or blank body with "must be provided", not with a parse error', async () => {
    for (const text of [undefined, '', '  \n\t ']) {
      const answer = await postRaw('/3/authentication/session/new', text);
      expect(answer.status, JSON.stringify(text)).toBe(422);
      expect(answer.body).toEqual({ success: false, errors: ['a JSON request body must be provided'] });
    }
  });

  it('answers unparsable JSON with a parse error', async () => {
    const answer = await postRaw('/3/authentication/session/new', '{"request_token": nope}');
    expect(answer.body).toEqual({ success: false, errors: ['the request body is not valid JSON'] });
  });

  it('names the body itself when it is not an object, and a missing field by its name', async () => {
    const notAnObject = await postRaw('/3/authentication/session/new', '["request_token"]');
    expect(notAnObject.status).toBe(422);
    expect(field(notAnObject.body, 'errors')).toEqual(['body must be of type object']);
    const missing = await postRaw('/3/authentication/session/new', '{}');
    expect(field(missing.body, 'errors')).toEqual(['request_token must be provided']);
  });

  it('accepts no body where the body is optional', async () => {
    const answer = await postRaw('/4/auth/request_token');
    expect(answer.status).toBe(200);
    expect(field(answer.body, 'success')).toBe(true);
  });
});

describe('routing', () => {
  it('falls back from a literal segment without operations to the templated route for a 405', async () => {
    // `/3/tv/episode_group` leads nowhere by itself, but matches `/3/tv/{series_id}`, which serves GET.
    const wrong = await call(server.url, '/3/tv/episode_group', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
    expect(field(wrong.body, 'status_code')).toBe(4);
  });

  it('passes a path segment that is not valid percent-encoding through as it is', async () => {
    // A string id that cannot be decoded is still an id, just one the data set does not have (34), not a
    // missing one (6).
    const review = await call(server.url, '/3/review/%E0%A4');
    expect([review.status, field(review.body, 'status_code')]).toEqual([404, 34]);
  });
});

describe('the Authorization header', () => {
  const engine = createMockEngine({ now: () => NOW });
  const configuration = (authorization: string): Promise<MockResponse> =>
    engine.handle({
      method: 'GET',
      url: new URL('/3/configuration', 'http://mock.invalid'),
      authorization,
      bodyText: undefined,
    });

  it('accepts the token after "Bearer" and any run of spaces around it', async () => {
    for (const header of [
      `Bearer ${MOCK_ACCESS_TOKEN}`,
      `Bearer   ${MOCK_ACCESS_TOKEN}`,
      `Bearer ${MOCK_ACCESS_TOKEN}  `,
      `bearer ${MOCK_ACCESS_TOKEN}`,
    ]) {
      expect((await configuration(header)).status, header).toBe(200);
    }
  });

  it('refuses headers that only contain a valid bearer token somewhere', async () => {
    for (const header of [
      `xBearer ${MOCK_ACCESS_TOKEN}`,
      `Bearer ${MOCK_ACCESS_TOKEN} extra`,
      `Bearer${MOCK_ACCESS_TOKEN}`,
    ]) {
      const refused = await configuration(header);
      expect(refused.status, header).toBe(401);
      expect(JSON.parse(refused.body ?? '')).toMatchObject({ status_code: 7 });
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const head = await engine.handle({
      method: 'HEAD',
      url: new URL('/3/movie/1001', 'http://mock.invalid'),
      authorization: `Bearer ${MOCK_ACCESS_TOKEN}`,
      bodyText: undefined,
    });
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('application/json;charset=utf-8');
    expect(head.body).toBeUndefined();
  });
});

describe('the v4 approval page', () => {
  it('approves with an HTML page that is never cached', async () => {
    now = NOW;
    const token = await newV4RequestToken(server.url);
    const page = await openApprovalPage(server.url, token);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html;charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<title>Approved</title>');
    expect(html).toContain('<p>demo approved this app. You can close this page.</p>');
  });

  it('redirects to redirect_to with an empty, uncached answer', async () => {
    now = NOW;
    const token = await newV4RequestToken(server.url, 'http://localhost:5173/signed-in');
    const page = await openApprovalPage(server.url, token);
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('http://localhost:5173/signed-in');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toBe('');
  });

  it('refuses a token at the very moment it expires, fifteen minutes after it was issued', async () => {
    now = NOW;
    const lastMoment = await newV4RequestToken(server.url);
    const expired = await newV4RequestToken(server.url);
    now = NOW + 15 * 60 * 1000 - 1;
    expect((await openApprovalPage(server.url, lastMoment)).status).toBe(200);
    now = NOW + 15 * 60 * 1000;
    const page = await openApprovalPage(server.url, expired);
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toBe('text/html;charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<title>Request token not found</title>');
    expect(html).toContain('<p>This sign-in link is unknown, expired or already used.</p>');
    now = NOW;
  });

  it('shows the not-found page without a token', async () => {
    const page = await fetch(new URL('/auth/access', server.url), { signal: AbortSignal.timeout(10_000) });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('<title>Request token not found</title>');
  });

  it('is only a page for GET: a POST to it is an unknown API route and approves nothing', async () => {
    now = NOW;
    const token = await newV4RequestToken(server.url);
    const posted = await call(server.url, `/auth/access?request_token=${encodeURIComponent(token)}`, {
      method: 'POST',
    });
    expect([posted.status, field(posted.body, 'status_code')]).toEqual([404, 34]);
    const exchange = await call(server.url, '/4/auth/access_token', {
      method: 'POST',
      body: { request_token: token },
    });
    expect([exchange.status, field(exchange.body, 'status_code')]).toEqual([422, 41]);
  });
});
