// Version 3 lists over real HTTP, pinned to exact answers: what a new list defaults to, the caps on a list's
// name, description and on lists per account (counted per account), TMDB's messages for each write, and
// the 401 or 404 a write gets for an unknown session or list.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, type MockServer, startMockServer } from '../src/index.js';
import { createList, login } from './support/flows.js';
import { type CallOptions, call, field, idsIn } from './support/http.js';
import { DELETED, UPDATED } from './support/tmdb-answers.js';

const OTHER = { username: 'other', password: 'other-password' };

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({
    seed: 6,
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

const post = (path: string, query: CallOptions['query'], body?: unknown) =>
  call(server.url, path, { method: 'POST', query, body });

describe('creating v3 lists', () => {
  it('creates a list with an empty description and English as its language unless told otherwise', async () => {
    const query = { session_id: await login(server.url) };
    const created = await post('/3/list', query, { name: 'Defaults' });
    expect([created.status, created.body]).toEqual([
      201,
      {
        success: true,
        status_code: 1,
        status_message: 'The item/record was created successfully.',
        list_id: 8_100_001,
      },
    ]);
    const details = await call(server.url, '/3/list/8100001');
    expect(details.body).toMatchObject({
      created_by: 'demo',
      description: '',
      id: '8100001',
      iso_639_1: 'en',
      item_count: 0,
      items: [],
      name: 'Defaults',
      poster_path: null,
    });
    const mine = await call(server.url, '/3/account/0/lists', { query });
    expect(field(mine.body, 'results')).toEqual([
      {
        description: '',
        favorite_count: 0,
        id: 8_100_001,
        item_count: 0,
        iso_639_1: 'en',
        list_type: 'movie',
        name: 'Defaults',
        poster_path: null,
      },
    ]);
  });

  it('keeps a name of 250 characters and a description of 5000, and refuses one more of either', async () => {
    const query = { session_id: await login(server.url) };
    const kept = await post('/3/list', query, { name: 'n'.repeat(250), description: 'd'.repeat(5000) });
    expect(kept.status).toBe(201);
    const longName = await post('/3/list', query, { name: 'n'.repeat(251) });
    expect([longName.status, longName.body]).toEqual([
      422,
      {
        success: false,
        status_code: 5,
        status_message: 'Invalid parameters: name is longer than 250 characters.',
      },
    ]);
    const longDescription = await post('/3/list', query, { name: 'ok', description: 'd'.repeat(5001) });
    expect([longDescription.status, longDescription.body]).toEqual([
      422,
      {
        success: false,
        status_code: 5,
        status_message: 'Invalid parameters: description is longer than 5000 characters.',
      },
    ]);
  });

  it('caps each account at 500 lists, not counting other accounts’ lists', async () => {
    const demo = await login(server.url);
    await createList(server.url, await login(server.url, OTHER), 'Not demo’s');
    for (let batch = 0; batch < 499; batch += 50) {
      const size = Math.min(50, 499 - batch);
      await Promise.all(
        Array.from({ length: size }, (_, index) => createList(server.url, demo, `List ${batch + index}`)),
      );
    }
    const last = await post('/3/list', { session_id: demo }, { name: 'The 500th' });
    expect(last.status).toBe(201);
    const over = await post('/3/list', { session_id: demo }, { name: 'The 501st' });
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

describe('changing v3 lists', () => {
  it('adds, removes one item, clears and deletes with TMDB’s codes and messages', async () => {
    const query = { session_id: await login(server.url) };
    const listId = await createList(server.url, query.session_id, 'Weekend');
    const add = (media_id: number) => post(`/3/list/${listId}/add_item`, query, { media_id });
    expect((await add(1001)).status).toBe(201);
    expect((await add(1002)).body).toEqual(UPDATED);
    await add(1003);
    const unknown = await add(999_999);
    expect([unknown.status, field(unknown.body, 'status_code')]).toEqual([404, 34]);

    const removed = await post(`/3/list/${listId}/remove_item`, query, { media_id: 1002 });
    expect([removed.status, removed.body]).toEqual([200, DELETED]);
    expect(idsIn((await call(server.url, `/3/list/${listId}`)).body, 'items')).toEqual([1001, 1003]);

    const cleared = await post(`/3/list/${listId}/clear`, { ...query, confirm: true });
    expect([cleared.status, cleared.body]).toEqual([201, UPDATED]);
    expect(field((await call(server.url, `/3/list/${listId}`)).body, 'item_count')).toBe(0);

    const deleted = await call(server.url, `/3/list/${listId}`, { method: 'DELETE', query });
    expect([deleted.status, deleted.body]).toEqual([200, DELETED]);
  });

  it('answers writes with 401 for an unknown session and 404 for an unknown list', async () => {
    const session = await login(server.url);
    const listId = await createList(server.url, session, 'Kept');
    const created = await post('/3/list', { session_id: 'no-such-session' }, { name: 'Nope' });
    expect([created.status, field(created.body, 'status_code')]).toEqual([401, 3]);
    const writes = (id: number, session_id: string) =>
      Promise.all([
        post(`/3/list/${id}/add_item`, { session_id }, { media_id: 1001 }),
        post(`/3/list/${id}/remove_item`, { session_id }, { media_id: 1001 }),
        post(`/3/list/${id}/clear`, { session_id, confirm: true }),
        call(server.url, `/3/list/${id}`, { method: 'DELETE', query: { session_id } }),
      ]);
    for (const [id, session_id, expected] of [
      [listId, 'no-such-session', [401, 3]],
      [8_999_999, session, [404, 34]],
    ] as const) {
      for (const answer of await writes(id, session_id)) {
        expect([answer.status, field(answer.body, 'status_code')]).toEqual(expected);
      }
    }
    expect(field((await call(server.url, `/3/list/${listId}`)).body, 'name')).toBe('Kept');
  });
});

describe('v3 list item status', () => {
  it('counts only movies as present, and answers 404 for an unknown list', async () => {
    // Community list 7000001 holds movie 1001 and series 2001; item_status asks about movie ids only.
    const status = (movie_id: number) =>
      call(server.url, '/3/list/7000001/item_status', { query: { movie_id } });
    expect((await status(1001)).body).toEqual({ id: 1001, item_present: true });
    expect((await status(2001)).body).toEqual({ id: 2001, item_present: false });
    const unknown = await call(server.url, '/3/list/8999999/item_status', { query: { movie_id: 1001 } });
    expect([unknown.status, field(unknown.body, 'status_code')]).toEqual([404, 34]);
  });
});
