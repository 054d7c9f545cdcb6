import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, paginate, withGuestSession, withSession } from '../src/index.js';
import { sessionFlags } from '../src/session.js';
import { TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

const SESSION = 'session-9b2e6f1d3c5a7e8f';
const GUEST = 'guest-7e3a1c9f5b2d8e4a';

async function client() {
  // The answers do not matter here, only what was sent.
  server = await startServer((_request, response) => json(response, 200, {}));
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
}

const sent = () =>
  server.requests.map((request) => ({ path: request.path, query: Object.fromEntries(request.query) }));

describe('withSession', () => {
  it('adds session_id to exactly the operations that take it', async () => {
    const user = withSession(await client(), SESSION);

    await user.GET('/3/account/{account_id}', { params: { path: { account_id: 1 } } });
    await user.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 2 } } });
    await user.POST('/3/movie/{movie_id}/rating', { params: { path: { movie_id: 2 } }, body: { value: 9 } });
    await user.GET('/3/movie/{movie_id}/credits', { params: { path: { movie_id: 2 } } });
    await user.GET('/3/list/{list_id}', { params: { path: { list_id: 3 } } });

    expect(sent()).toEqual([
      { path: '/3/account/1', query: { session_id: SESSION } },
      { path: '/3/movie/2', query: { session_id: SESSION } },
      { path: '/3/movie/2/rating', query: { session_id: SESSION } },
      { path: '/3/movie/2/credits', query: {} },
      { path: '/3/list/3', query: {} },
    ]);
    expect(server.requests[2]?.body).toBe('{"value":9}');
  });

  it("keeps a session_id the call sets itself, and leaves the root client's calls alone", async () => {
    const tmdb = await client();
    const user = withSession(tmdb, SESSION);

    await user.GET('/3/account/{account_id}', {
      params: { path: { account_id: 1 }, query: { session_id: 'other-session' } },
    });
    await tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 2 } } });

    expect(sent().map((request) => request.query)).toEqual([{ session_id: 'other-session' }, {}]);
  });

  it('paginates account lists without the caller passing the session', async () => {
    server = await startServer((request, response) =>
      json(response, 200, {
        page: Number(request.query.get('page')),
        total_pages: 2,
        total_results: 0,
        results: [],
      }),
    );
    const user = withSession(createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl }), SESSION);

    await paginate(user, '/3/account/{account_id}/favorite/movies', {
      params: { path: { account_id: 1 } },
    }).toArray();
    expect(server.requests[0]?.query.get('session_id')).toBe(SESSION);
  });

  it('rejects an empty session id', async () => {
    const tmdb = await client();
    expect(() => withSession(tmdb, '')).toThrow(TypeError);
    expect(() => withGuestSession(tmdb, ' ')).toThrow(TypeError);
  });
});

describe('withGuestSession', () => {
  it('adds guest_session_id where the query takes it, and fills it into guest paths', async () => {
    const guest = withGuestSession(await client(), GUEST);

    await guest.POST('/3/tv/{series_id}/rating', { params: { path: { series_id: 4 } }, body: { value: 7 } });
    await guest.GET('/3/guest_session/{guest_session_id}/rated/movies');
    await guest.GET('/3/account/{account_id}', {
      params: { path: { account_id: 1 }, query: { session_id: 'x' } },
    });

    expect(sent()).toEqual([
      { path: '/3/tv/4/rating', query: { guest_session_id: GUEST } },
      { path: `/3/guest_session/${GUEST}/rated/movies`, query: {} },
      { path: '/3/account/1', query: { session_id: 'x' } },
    ]);
  });
});

describe('which operations take session ids (runtime patterns against the bundled spec)', () => {
  interface Parameter {
    in?: string;
    name?: string;
    $ref?: string;
  }
  const specPath = createRequire(import.meta.url).resolve('@tmdb-kit/types/openapi.json');
  const spec: {
    paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
    components: { parameters: Record<string, Parameter> };
  } = JSON.parse(readFileSync(specPath, 'utf8'));
  const resolve = (parameter: Parameter) =>
    parameter.$ref ? (spec.components.parameters[parameter.$ref.split('/').pop() ?? ''] ?? {}) : parameter;
  const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
    ['get', 'post', 'put', 'delete'].flatMap((method) => {
      const operation = item[method];
      if (!operation) return [];
      const parameters = (operation.parameters ?? []).map(resolve);
      const takes = (location: string, name: string) =>
        parameters.some((p) => p.in === location && p.name === name);
      const flags = `${takes('query', 'session_id') ? 's' : ''}${takes('query', 'guest_session_id') ? 'g' : ''}${takes('path', 'guest_session_id') ? 'p' : ''}`;
      return [[`${method.toUpperCase()} ${path}`, flags] as const];
    }),
  );

  it('covers the whole spec', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it.each(operations)('%s → "%s"', (key, flags) => {
    expect(sessionFlags(key)).toBe(flags);
  });
});
