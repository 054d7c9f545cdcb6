// The same fake as MSW handlers: requests to the TMDB origin are answered in-process, sharing state with
// an engine the test controls.
import { createTmdbClient } from '@tmdb-kit/client';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockEngine, DEMO_USER, MOCK_ACCESS_TOKEN } from '../src/index.js';
import { createMswHandlers } from '../src/msw.js';

const engine = createMockEngine({ seed: 2 });
const mswServer = setupServer(
  ...createMswHandlers({ engine }),
  ...createMswHandlers({ baseUrl: 'http://proxy.example.invalid/tmdb', apiKey: 'proxy-key' }),
);

beforeAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mswServer.close());
beforeEach(() => engine.reset());

describe('createMswHandlers', () => {
  it('answers the typed client at the default TMDB origin', async () => {
    const client = createTmdbClient({ accessToken: MOCK_ACCESS_TOKEN, retry: false });
    const { data } = await client.GET('/3/movie/{movie_id}', {
      params: { path: { movie_id: 1001 }, query: { append_to_response: 'credits' } },
    });
    expect(data?.title).toBe('The Quiet Orbit');
    expect(data?.credits?.cast[0]?.id).toBe(3001);
  });

  it('keeps state in the given engine: a login made over MSW is visible in engine.state', async () => {
    const client = createTmdbClient({ accessToken: MOCK_ACCESS_TOKEN, retry: false });
    const token = (await client.GET('/3/authentication/token/new')).data?.request_token ?? '';
    await client.POST('/3/authentication/token/validate_with_login', {
      body: { username: DEMO_USER.username, password: DEMO_USER.password, request_token: token },
    });
    const session = await client.POST('/3/authentication/session/new', { body: { request_token: token } });
    expect(engine.state.account('demo')?.sessionIds).toEqual([session.data?.session_id]);
  });

  it('serves under a base URL with a path prefix and its own options', async () => {
    const response = await fetch('http://proxy.example.invalid/tmdb/3/genre/movie/list?api_key=proxy-key');
    expect(response.status).toBe(200);
    const refused = await fetch('http://proxy.example.invalid/tmdb/3/genre/movie/list?api_key=wrong');
    expect(refused.status).toBe(401);
  });

  it('sends TMDB errors through unchanged', async () => {
    const response = await fetch('https://api.themoviedb.org/3/movie/31337', {
      headers: { authorization: `Bearer ${MOCK_ACCESS_TOKEN}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      success: false,
      status_code: 34,
      status_message: 'The resource you requested could not be found.',
    });
  });
});
