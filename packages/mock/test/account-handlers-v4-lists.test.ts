// API v4 lists over real HTTP, pinned to exact answers: what a new list defaults to, updates that change
// only what they name, the caps on name, description and lists per account, who may read and write, and
// the per-item results and counts each write answers with.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, type MockServer, startMockServer } from '../src/index.js';
import { type CallOptions, call, field } from './support/http.js';
import { DELETED, UPDATED } from './support/tmdb-answers.js';
import { createV4List } from './support/v4-flows.js';

const OTHER = { username: 'other', password: 'other-password', v4AccessToken: 'other-user-token' };
const DEMO = DEMO_USER.v4AccessToken;

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({
    seed: 8,
    now: () => Date.parse('2026-11-28T12:00:00Z'),
    users: [DEMO_USER, OTHER],
  });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  server.reset();
});

const send = (method: string, path: string, token: CallOptions['token'], body?: unknown) =>
  call(server.url, path, { method, token, body });
const details = (listId: number, token: CallOptions['token'] = DEMO) =>
  send('GET', `/4/list/${listId}`, token);

const tooLong = (what: string, limit: number) => ({
  success: false,
  status_code: 5,
  status_message: `Invalid parameters: ${what} is longer than ${limit} characters.`,
});

describe('creating v4 lists', () => {
  it('creates a public, English-language US list in original order with an empty description by default', async () => {
    const created = await send('POST', '/4/list', DEMO, { name: 'Bare', iso_639_1: 'en' });
    expect([created.status, created.body]).toEqual([
      200,
      {
        success: true,
        status_code: 1,
        status_message: 'The item/record was created successfully.',
        id: 8_100_001,
      },
    ]);
    // Readable with the app's token: it is public.
    const read = await details(8_100_001, undefined);
    expect(read.body).toMatchObject({
      description: '',
      iso_3166_1: 'US',
      iso_639_1: 'en',
      name: 'Bare',
      public: true,
      sort_by: 'original_order.asc',
      item_count: 0,
    });
  });

  it('refuses the app’s token with status_code 36', async () => {
    const refused = await send('POST', '/4/list', undefined, { name: 'Nope', iso_639_1: 'en' });
    expect([refused.status, field(refused.body, 'status_code')]).toEqual([401, 36]);
  });

  it('keeps a name of 250 characters and a description of 5000, and refuses one more of either', async () => {
    const create = (name: string, description?: string) =>
      send('POST', '/4/list', DEMO, { name, description, iso_639_1: 'en' });
    expect((await create('n'.repeat(250), 'd'.repeat(5000))).status).toBe(200);
    const longName = await create('n'.repeat(251));
    expect([longName.status, longName.body]).toEqual([422, tooLong('name', 250)]);
    const longDescription = await create('ok', 'd'.repeat(5001));
    expect([longDescription.status, longDescription.body]).toEqual([422, tooLong('description', 5000)]);
  });

  it('caps each account at 500 lists, not counting other accounts’ lists', async () => {
    await createV4List(server.url, OTHER.v4AccessToken, 'Not demo’s');
    for (let batch = 0; batch < 499; batch += 50) {
      const size = Math.min(50, 499 - batch);
      await Promise.all(
        Array.from({ length: size }, (_, index) => createV4List(server.url, DEMO, `List ${batch + index}`)),
      );
    }
    const last = await send('POST', '/4/list', DEMO, { name: 'The 500th', iso_639_1: 'en' });
    expect(last.status).toBe(200);
    const over = await send('POST', '/4/list', DEMO, { name: 'The 501st', iso_639_1: 'en' });
    expect([over.status, over.body]).toEqual([
      422,
      {
        success: false,
        status_code: 5,
        status_message: 'Invalid parameters: an account may hold at most 500 lists.',
      },
    ]);
  });
});

describe('updating v4 lists', () => {
  it('changes only the settings an update names', async () => {
    const created = await send('POST', '/4/list', DEMO, {
      name: 'First',
      description: 'First words',
      iso_639_1: 'en',
      public: 1,
    });
    const listId = Number(field(created.body, 'id'));
    const update = (body: unknown) => send('PUT', `/4/list/${listId}`, DEMO, body);

    expect((await update({ name: 'Renamed' })).body).toEqual(UPDATED);
    expect((await details(listId)).body).toMatchObject({
      name: 'Renamed',
      description: 'First words',
      public: true,
      sort_by: 'original_order.asc',
    });
    await update({ description: 'Second words', sort_by: 'title.asc' });
    expect((await details(listId)).body).toMatchObject({
      name: 'Renamed',
      description: 'Second words',
      public: true,
      sort_by: 'title.asc',
    });
    await update({ public: 0 });
    expect(field((await details(listId)).body, 'public')).toBe(false);
    await update({ public: true });
    expect(field((await details(listId)).body, 'public')).toBe(true);
  });

  it('refuses an overlong name or description and keeps the list as it was', async () => {
    const listId = await createV4List(server.url, DEMO, 'Steady');
    const update = (body: unknown) => send('PUT', `/4/list/${listId}`, DEMO, body);
    expect(await update({ name: 'n'.repeat(251) })).toMatchObject({
      status: 422,
      body: tooLong('name', 250),
    });
    expect(await update({ description: 'd'.repeat(5001) })).toMatchObject({
      status: 422,
      body: tooLong('description', 5000),
    });
    expect((await update({ name: 'n'.repeat(250), description: 'd'.repeat(5000) })).status).toBe(200);
    expect(field((await details(listId)).body, 'name')).toBe('n'.repeat(250));
  });
});

describe('who may read and write a v4 list', () => {
  it('hides a private list from another user (39)', async () => {
    const listId = await createV4List(server.url, DEMO, 'Private');
    const asOther = await details(listId, OTHER.v4AccessToken);
    expect([asOther.status, field(asOther.body, 'status_code')]).toEqual([401, 39]);
  });

  it('answers every write with 38 for another user, 36 for the app and 404 for an unknown list', async () => {
    const listId = await createV4List(server.url, DEMO, 'Guarded', [{ media_type: 'movie', media_id: 1001 }]);
    const items = { items: [{ media_type: 'movie', media_id: 1001 }] };
    const writes = (id: number, token: CallOptions['token']) => [
      send('PUT', `/4/list/${id}`, token, { name: 'Taken' }),
      send('DELETE', `/4/list/${id}`, token),
      send('GET', `/4/list/${id}/clear`, token),
      send('POST', `/4/list/${id}/items`, token, items),
      send('PUT', `/4/list/${id}/items`, token, { items: [{ ...items.items[0], comment: 'mine' }] }),
      send('DELETE', `/4/list/${id}/items`, token, items),
    ];
    for (const [id, token, expected] of [
      [listId, OTHER.v4AccessToken, [401, 38]],
      [listId, undefined, [401, 36]],
      [8_999_999, DEMO, [404, 34]],
    ] as const) {
      for (const answer of await Promise.all(writes(id, token))) {
        expect([answer.status, field(answer.body, 'status_code')]).toEqual(expected);
      }
    }
    expect((await details(listId)).body).toMatchObject({ name: 'Guarded', item_count: 1 });
    const status = await call(server.url, '/4/list/8999999/item_status', {
      token: DEMO,
      query: { media_type: 'movie', media_id: 1001 },
    });
    expect(status.status).toBe(404);
  });
});

describe('v4 list items', () => {
  it('refuses a series that does not exist, item by item', async () => {
    const listId = await createV4List(server.url, DEMO, 'Series');
    const added = await send('POST', `/4/list/${listId}/items`, DEMO, {
      items: [
        { media_type: 'tv', media_id: 999_999 },
        { media_type: 'tv', media_id: 2003 },
      ],
    });
    expect(field(added.body, 'results')).toEqual([
      { media_type: 'tv', media_id: 999_999, success: false },
      { media_type: 'tv', media_id: 2003, success: true },
    ]);
  });

  it('clears a list once: a second clear deletes nothing', async () => {
    const listId = await createV4List(server.url, DEMO, 'Twice', [{ media_type: 'movie', media_id: 1001 }]);
    const clear = () => send('GET', `/4/list/${listId}/clear`, DEMO);
    expect((await clear()).body).toEqual({
      success: true,
      status_code: 1,
      status_message: 'Success.',
      id: listId,
      items_deleted: 1,
    });
    expect(field((await clear()).body, 'items_deleted')).toBe(0);
  });

  it('answers a deletion with status_code 13', async () => {
    const listId = await createV4List(server.url, DEMO, 'Gone');
    const deleted = await send('DELETE', `/4/list/${listId}`, DEMO);
    expect([deleted.status, deleted.body]).toEqual([200, DELETED]);
  });
});
