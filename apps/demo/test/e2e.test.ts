// The demo in Debian's Chromium against the built app and the mock, as a person would use it: search, open
// a movie, log in, favorite it, find it in the favorites, log out; and what they see when things go wrong.
// Screenshots of the main pages go to artifacts/ (git-ignored).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTmdbClient, details, orThrow } from '@tmdb-kit/client';
import { DEMO_USER, MOCK_ACCESS_TOKEN, type MockServer, startMockServer } from '@tmdb-kit/mock';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../server/demo-server.js';
import { offlineConfig } from '../server/launch.js';
import { type Browser, launchChromium } from './support/chromium.js';

const ARTIFACTS = join(import.meta.dirname, '../artifacts');
const { publicDir } = inject('demoBuild');

let mock: MockServer;
let demo: DemoServer;
let browser: Browser;
/** Every request the browser made, to prove the server's token never travels through it. */
const browserRequests: {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}[] = [];
const pages: Page[] = [];

/** The test's own view of the data, through the client, so expectations are not hard-coded. */
const api = () => createTmdbClient({ baseUrl: mock.url, accessToken: MOCK_ACCESS_TOKEN, rateLimit: false });

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  mock = await startMockServer();
  demo = await startDemoServer({
    publicDir,
    upstreamUrl: mock.url,
    accessToken: MOCK_ACCESS_TOKEN,
    config: offlineConfig(DEMO_USER),
  });
  browser = await launchChromium();
  browser.context.setDefaultTimeout(10_000);
  browser.context.on('request', (request) =>
    browserRequests.push({
      method: request.method(),
      url: request.url(),
      headers: request.headers(),
      body: request.postData(),
    }),
  );
}, 60_000);

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
  mock.configure({ rateLimit: undefined });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await mock?.close();
});

async function openPage(viewport = { width: 1280, height: 860 }): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  await page.setViewportSize(viewport);
  return page;
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const hasNoHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the demo in Chromium', () => {
  it('search → movie with cast and poster → log in → favorite → favorites page → log out, by keyboard where it matters', async () => {
    const tmdb = api();
    const query = 'paper';
    const [first] = (await orThrow(tmdb.GET('/3/search/movie', { params: { query: { query } } }))).results;
    if (!first) throw new Error(`the mock has no movie matching "${query}"`);
    const movie = await details(tmdb, '/3/movie/{movie_id}', ['credits'], {
      params: { path: { movie_id: first.id } },
    });
    expect(movie.credits.cast.length).toBeGreaterThan(0);

    const page = await openPage();
    await page.goto(demo.url);
    await page.getByRole('heading', { name: 'Search', level: 1 }).waitFor();

    // Search with the keyboard only.
    await tabTo(page, 'input[type="search"]');
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    const results = page.getByRole('list', { name: `Search results for ${query}` });
    await results.locator(`a[href="/movie/${movie.id}"]`).getByText(movie.title, { exact: true }).waitFor();
    await screenshot(page, 'search');

    // Reach the movie's card with Tab and open it with Enter.
    const moviePath = `/movie/${movie.id}`;
    await tabTo(page, `a[href="${moviePath}"]`);
    await page.keyboard.press('Enter');

    // The movie: title, tagline, poster through the image helper, cast from append_to_response.
    await page.getByRole('heading', { name: movie.title, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(moviePath);
    if (movie.tagline) await page.getByText(movie.tagline).waitFor();
    const poster = page.getByRole('img', { name: `Poster of ${movie.title}` });
    await poster.waitFor();
    await expect
      .poll(() => poster.evaluate((image) => image instanceof HTMLImageElement && image.naturalWidth > 0))
      .toBe(true);
    const cast = page.getByRole('list', { name: 'Cast' }).getByRole('listitem');
    expect(await cast.count()).toBe(Math.min(movie.credits.cast.length, 12));
    const lead = [...movie.credits.cast].sort((a, b) => a.order - b.order)[0];
    if (lead) await page.getByRole('list', { name: 'Cast' }).getByText(lead.name).waitFor();
    await screenshot(page, 'movie');

    // Log in as the demo user the login page shows, and come back to the movie.
    await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    const demoAccount = page.getByRole('complementary', { name: 'Demo account' });
    await demoAccount.getByText(DEMO_USER.username, { exact: true }).waitFor();
    await demoAccount.getByText(DEMO_USER.password, { exact: true }).waitFor();
    await screenshot(page, 'login');
    await page.getByLabel('Username').fill(DEMO_USER.username);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByRole('alert').getByRole('heading', { name: 'Wrong username or password' }).waitFor();
    await page.getByRole('button', { name: 'Fill in the demo user' }).click();
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByRole('heading', { name: movie.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: `Log out ${DEMO_USER.username}` }).waitFor();
    expect(mock.state.account(DEMO_USER.username)?.sessionIds).toHaveLength(1);

    // Favorite it: the button says so, and the mock holds it.
    await page.getByRole('button', { name: /Add to favorites/ }).click();
    const favorited = page.getByRole('button', { name: /In favorites/ });
    await favorited.waitFor();
    expect(await favorited.getAttribute('aria-pressed')).toBe('true');
    expect(mock.state.account(DEMO_USER.username)?.favorites.movie).toEqual([movie.id]);

    // Watchlist and rating work the same way.
    await page.getByRole('button', { name: /Add to watchlist/ }).click();
    await page.getByRole('button', { name: /On watchlist/ }).waitFor();
    await page.getByLabel('Your rating').selectOption('8.5');
    await page.getByRole('button', { name: 'Rate', exact: true }).click();
    await page.getByText('You rated it 8.5/10').waitFor();
    const marks = mock.state.account(DEMO_USER.username);
    expect(marks?.watchlist.movie).toEqual([movie.id]);
    expect(marks?.ratings.movie.get(movie.id)).toBe(8.5);
    // The page names no session_id: the session client added it to each write, which rebuilds the request
    // with its body (as bytes). These are those rebuilt requests, as Chromium sent them over HTTP/1.1.
    const writes = browserRequests
      .filter((request) => request.method === 'POST' && !request.url.includes('/authentication/'))
      .map(({ url, body }) => {
        const { pathname, searchParams } = new URL(url);
        return { pathname, sessionId: searchParams.get('session_id'), body: JSON.parse(body ?? 'null') };
      });
    const write = (pathname: string, body: object) => ({ pathname, sessionId: marks?.sessionIds[0], body });
    expect(marks?.sessionIds[0]).toEqual(expect.any(String));
    expect(writes).toEqual([
      write(`/tmdb/3/account/${marks?.id}/favorite`, {
        media_type: 'movie',
        media_id: movie.id,
        favorite: true,
      }),
      write(`/tmdb/3/account/${marks?.id}/watchlist`, {
        media_type: 'movie',
        media_id: movie.id,
        watchlist: true,
      }),
      write(`/tmdb/3/movie/${movie.id}/rating`, { value: 8.5 }),
    ]);

    // It is on the favorites page.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Favorites' }).click();
    await page.getByRole('heading', { name: 'Your favorites', level: 1 }).waitFor();
    await page
      .getByRole('list', { name: 'Your favorites: movies' })
      .locator(`a[href="${moviePath}"]`)
      .getByText(movie.title, { exact: true })
      .waitFor();
    await screenshot(page, 'favorites');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Watchlist' }).click();
    await page.getByRole('heading', { name: 'Your watchlist', level: 1 }).waitFor();
    await page
      .getByRole('list', { name: 'Your watchlist: movies' })
      .locator(`a[href="${moviePath}"]`)
      .waitFor();
    await page.getByRole('link', { name: 'TV series' }).click();
    await page.getByText('No TV series here yet.').waitFor();

    // Log out: the session ends at TMDB too, and the favorites are no longer shown.
    await page.getByRole('button', { name: `Log out ${DEMO_USER.username}` }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' }).waitFor();
    await expect.poll(() => mock.state.account(DEMO_USER.username)?.sessionIds.length).toBe(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Favorites' }).click();
    await page.getByText('to see your favorites.').waitFor();

    // The server's token never went through the browser.
    const proxied = browserRequests.filter((request) => new URL(request.url).pathname.startsWith('/tmdb/'));
    expect(proxied.length).toBeGreaterThan(5);
    // The page's client sends no credential at all (`auth: false`): the proxy adds the only one.
    for (const request of proxied) {
      expect(request.headers).not.toHaveProperty('authorization');
      expect(new URL(request.url).searchParams.has('api_key')).toBe(false);
    }
    for (const request of browserRequests) expect(JSON.stringify(request)).not.toContain(MOCK_ACCESS_TOKEN);
    expect(await page.content()).not.toContain(MOCK_ACCESS_TOKEN);
  }, 60_000);

  it('shows a friendly message when TMDB rate limits (429), and recovers on "Try again"', async () => {
    const tmdb = api();
    const [movie] = (await orThrow(tmdb.GET('/3/search/movie', { params: { query: { query: 'orbit' } } })))
      .results;
    if (!movie) throw new Error('the mock has no movie matching "orbit"');
    // One request per minute, and the slot is taken: everything the page asks for now gets 429 + Retry-After.
    mock.configure({ rateLimit: { requests: 1, perMs: 60_000, retryAfterSeconds: 60 } });
    await tmdb.GET('/3/configuration');

    const page = await openPage();
    await page.goto(`${demo.url}/movie/${movie.id}`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Too many requests' }).waitFor();
    await alert.getByText('TMDB asked the app to slow down. Wait 60 seconds and try again.').waitFor();
    await screenshot(page, 'error-rate-limited');

    mock.configure({ rateLimit: undefined });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: movie.title, level: 1 }).waitFor();
  }, 30_000);

  it('says when a movie does not exist (404), when nothing matches, and when the browser is offline', async () => {
    const page = await openPage();
    await page.goto(`${demo.url}/movie/999999999`);
    await page.getByRole('alert').getByText('TMDB has no movie with this id.').waitFor();
    await screenshot(page, 'error-not-found');

    await page.goto(`${demo.url}/search?q=qwxzv`);
    await page.getByText('No movies match “qwxzv”.').waitFor();
    await browser.context.setOffline(true);
    try {
      await page.getByLabel('Title or name').fill('orbit');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('alert').getByRole('heading', { name: 'You are offline' }).waitFor();
      await screenshot(page, 'error-offline');
    } finally {
      await browser.context.setOffline(false);
    }
    // Back online, the search runs by itself.
    await page.getByRole('list', { name: 'Search results for orbit' }).waitFor();
  }, 30_000);

  it('logs out by itself, and says so, when TMDB no longer accepts the stored session (401)', async () => {
    const [movie] = (await orThrow(api().GET('/3/search/movie', { params: { query: { query: 'the' } } })))
      .results;
    if (!movie) throw new Error('the mock has no movie matching "the"');
    const page = await openPage();
    await page.goto(demo.url);
    // What a session from before a restart of `pnpm demo` looks like: well-formed, unknown to the mock.
    await page.evaluate(() =>
      localStorage.setItem(
        'tmdb-kit-demo:session',
        JSON.stringify({ sessionId: 'a-session-the-mock-never-issued', accountId: 1, username: 'demo' }),
      ),
    );
    await page.goto(`${demo.url}/movie/${movie.id}`);
    await page
      .getByRole('status')
      .getByText('TMDB no longer accepts your session, so you were logged out.')
      .waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('tmdb-kit-demo:session'))).toBeNull();
    await screenshot(page, 'session-ended');
  });

  it('says when TMDB refuses the demo server’s token (401)', async () => {
    const misconfigured = await startDemoServer({
      publicDir,
      upstreamUrl: mock.url,
      accessToken: 'not-the-right-token',
      config: offlineConfig(DEMO_USER),
    });
    try {
      const page = await openPage();
      await page.goto(`${misconfigured.url}/trending`);
      await page.getByRole('alert').getByText('Check TMDB_ACCESS_TOKEN and restart `pnpm demo`.').waitFor();
    } finally {
      await misconfigured.close();
    }
  });

  it('pages through trending, opens a series, a season and a person', async () => {
    const tmdb = api();
    const day = await orThrow(
      tmdb.GET('/3/trending/all/{time_window}', { params: { path: { time_window: 'day' } } }),
    );
    expect(day.total_pages).toBeGreaterThan(1);
    const secondPage = await orThrow(
      tmdb.GET('/3/trending/all/{time_window}', {
        params: { path: { time_window: 'day' }, query: { page: 2 } },
      }),
    );
    const nameOf = (item: (typeof day.results)[number]) =>
      item.media_type === 'movie' ? item.title : item.name;

    const page = await openPage();
    await page.goto(`${demo.url}/trending`);
    const list = page.getByRole('list', { name: 'Trending titles and people' });
    const firstOfDay = day.results[0];
    if (firstOfDay) await list.getByText(nameOf(firstOfDay), { exact: true }).first().waitFor();
    await screenshot(page, 'trending');
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.getByText(`Page 2 of ${day.total_pages}`).waitFor();
    const firstOfPage2 = secondPage.results[0];
    if (firstOfPage2) await list.getByText(nameOf(firstOfPage2), { exact: true }).first().waitFor();

    const [series] = (await orThrow(tmdb.GET('/3/search/tv', { params: { query: { query: 'a' } } }))).results;
    if (!series) throw new Error('the mock has no series matching "a"');
    const seriesDetails = await details(tmdb, '/3/tv/{series_id}', ['credits'], {
      params: { path: { series_id: series.id } },
    });
    await page.goto(`${demo.url}/tv/${series.id}`);
    await page.getByRole('heading', { name: series.name, level: 1 }).waitFor();
    await screenshot(page, 'tv');
    const season = seriesDetails.seasons[0];
    if (season) {
      await page.getByRole('list', { name: 'Seasons' }).getByText(season.name, { exact: true }).click();
      await page.getByRole('heading', { name: season.name, level: 1 }).waitFor();
      await screenshot(page, 'season');
    }
    const person = seriesDetails.credits.cast[0];
    if (person) {
      await page.goto(`${demo.url}/tv/${series.id}`);
      await page.getByRole('list', { name: 'Cast' }).getByText(person.name, { exact: true }).click();
      await page.getByRole('heading', { name: person.name, level: 1 }).waitFor();
      await screenshot(page, 'person');
    }
  }, 45_000);

  it('fits a phone-sized screen without sideways scrolling', async () => {
    const page = await openPage({ width: 390, height: 844 });
    await page.goto(`${demo.url}/search?q=the`);
    await page.getByRole('list', { name: 'Search results for the' }).waitFor();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await screenshot(page, 'search-phone');

    const [movie] = (await orThrow(api().GET('/3/search/movie', { params: { query: { query: 'the' } } })))
      .results;
    if (!movie) throw new Error('the mock has no movie matching "the"');
    await page.goto(`${demo.url}/movie/${movie.id}`);
    await page.getByRole('heading', { name: movie.title, level: 1 }).waitFor();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await screenshot(page, 'movie-phone');

    await page.goto(`${demo.url}/login`);
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  }, 30_000);
});
