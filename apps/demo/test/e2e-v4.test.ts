// "Sign in with TMDB" (API v4) and the v4 lists page in Chromium, offline against the mock: the approval page
// round trip, then a list with movies and series made, filled, commented, trimmed, cleared and deleted, and
// signing out revoking the user's token. The app's token never reaches the browser; the user's does (it is
// theirs), and only on v4 list and account requests.
import { join } from 'node:path';
import { createTmdbClient, orThrow, withAccessToken } from '@tmdb-kit/client';
import { DEMO_USER, MOCK_ACCESS_TOKEN, type MockServer, startMockServer } from '@tmdb-kit/mock';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../server/demo-server.js';
import { offlineConfig } from '../server/launch.js';
import { type Browser, launchChromium } from './support/chromium.js';

const ARTIFACTS = join(import.meta.dirname, '../artifacts');
const { publicDir } = inject('demoBuild');

let mock: MockServer;
let demo: DemoServer;
let browser: Browser;
const browserRequests: { url: string; headers: Record<string, string> }[] = [];

beforeAll(async () => {
  mock = await startMockServer();
  demo = await startDemoServer({
    publicDir,
    upstreamUrl: mock.url,
    accessToken: MOCK_ACCESS_TOKEN,
    config: offlineConfig(DEMO_USER, mock.url),
  });
  browser = await launchChromium();
  browser.context.setDefaultTimeout(10_000);
  browser.context.on('request', (request) =>
    browserRequests.push({ url: request.url(), headers: request.headers() }),
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await mock?.close();
});

const app = () => createTmdbClient({ baseUrl: mock.url, accessToken: MOCK_ACCESS_TOKEN, rateLimit: false });

/** The user's access token as the page stored it after signing in. */
const storedAccessToken = (page: Page) =>
  page.evaluate(() => {
    const stored: unknown = JSON.parse(localStorage.getItem('tmdb-kit-demo:session') ?? 'null');
    const v4: unknown = typeof stored === 'object' && stored !== null ? Reflect.get(stored, 'v4') : undefined;
    const token: unknown = typeof v4 === 'object' && v4 !== null ? Reflect.get(v4, 'accessToken') : undefined;
    return typeof token === 'string' ? token : undefined;
  });

describe('Sign in with TMDB and v4 lists, in Chromium', () => {
  it('approves on the mock, then creates, fills, comments, trims, clears and deletes a mixed list', async () => {
    const tmdb = app();
    const movie = await orThrow(tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 1001 } } }));
    const series = await orThrow(tmdb.GET('/3/tv/{series_id}', { params: { path: { series_id: 2001 } } }));

    const page = await browser.context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${demo.url}/login`);
    await page.getByRole('button', { name: 'Sign in with TMDB' }).click();

    // The mock's approval page approves for the demo user and sends the browser back to /signed-in.
    await page.getByRole('heading', { name: 'Your lists', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/lists');
    expect(
      browserRequests.some((request) => request.url.startsWith(`${mock.url}/auth/access?request_token=`)),
    ).toBe(true);
    await page.getByRole('button', { name: `Log out ${DEMO_USER.username}` }).waitFor();
    await page.getByText('You have no lists yet').waitFor();
    const accessToken = await storedAccessToken(page);
    if (!accessToken) throw new Error('the page stored no access token');

    // Create a private list: the page lands on it.
    const form = page.getByRole('form', { name: 'Create a list' });
    await form.getByLabel('Name').fill('Stations and relays');
    await form.getByLabel('Description').fill('Made in Chromium');
    await form.getByRole('button', { name: 'Create list' }).click();
    await page.getByRole('heading', { name: 'Stations and relays', level: 1 }).waitFor();
    await page.getByText('0 items · private').waitFor();
    const listId = Number(new URL(page.url()).pathname.split('/').pop());

    // A movie and a series, then the movie again: the per-item result says it was not added.
    const add = page.getByRole('form', { name: 'Add an item' });
    const addItem = async (kind: 'movie' | 'tv', id: number) => {
      await add.getByLabel('Kind').selectOption(kind);
      await add.getByLabel('TMDB id').fill(String(id));
      await add.getByRole('button', { name: 'Add to list' }).click();
    };
    const items = page.getByRole('list', { name: 'Items of Stations and relays' });
    await addItem('movie', movie.id);
    await items.getByRole('link', { name: movie.title }).waitFor();
    await addItem('tv', series.id);
    await items.getByRole('link', { name: series.name }).waitFor();
    await page.getByText('2 items · private').waitFor();
    await addItem('movie', movie.id);
    await page.getByText(`Not added: Movie ${movie.id}`).waitFor();

    // A comment, stored by TMDB (here the mock) and shown back.
    await page.getByLabel(`Comment on ${movie.title}`).fill('Best use of a single set.');
    await page.getByRole('button', { name: 'Save comment' }).first().click();
    await page.getByText('“Best use of a single set.”').waitFor();
    const user = withAccessToken(tmdb, accessToken);
    const stored = await orThrow(user.GET('/4/list/{list_id}', { params: { path: { list_id: listId } } }));
    expect(stored.comments).toEqual({
      [`movie:${movie.id}`]: 'Best use of a single set.',
      [`tv:${series.id}`]: null,
    });
    expect(stored.results.map((item) => item.media_type)).toEqual(['movie', 'tv']);
    await page.screenshot({ path: join(ARTIFACTS, 'v4-list.png'), fullPage: true });

    // Remove the series, then clear the rest.
    await page.getByRole('button', { name: `Remove ${series.name}` }).click();
    await page.getByText('1 item · private').waitFor();
    await page.getByRole('button', { name: 'Clear Stations and relays' }).click();
    await page.getByText('This list is empty').waitFor();

    // The list on the lists page, then deleted.
    await page.getByRole('link', { name: 'Lists', exact: true }).click();
    const lists = page.getByRole('list', { name: 'Your lists' });
    await lists.getByRole('link', { name: 'Stations and relays' }).click();
    await page.getByRole('button', { name: 'Delete Stations and relays' }).click();
    await page.getByText('You have no lists yet').waitFor();
    const gone = await user.GET('/4/list/{list_id}', { params: { path: { list_id: listId } } });
    expect(gone.response.status).toBe(404);

    // The app token never reached the browser; the user's token went only to v4 list and account calls.
    for (const request of browserRequests) expect(JSON.stringify(request)).not.toContain(MOCK_ACCESS_TOKEN);
    const carryingUserToken = browserRequests.filter(
      (request) => request.headers.authorization === `Bearer ${accessToken}`,
    );
    expect(carryingUserToken.length).toBeGreaterThan(0);
    for (const request of carryingUserToken) {
      expect(new URL(request.url).pathname).toMatch(/^\/tmdb\/4\/(list|account)(\/|$)/);
    }

    // Logging out revokes the access token.
    await page.getByRole('button', { name: `Log out ${DEMO_USER.username}` }).click();
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    await expect
      .poll(
        async () =>
          (
            await user.GET('/4/account/{account_object_id}/lists', {
              params: { path: { account_object_id: stored.created_by.id } },
            })
          ).response.status,
      )
      .toBe(401);
    await page.close();
  });

  it('says so when /signed-in is opened without a sign-in in progress', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${demo.url}/signed-in`);
    await page.getByText('No sign-in is waiting here').waitFor();
    await page.close();
  });
});
