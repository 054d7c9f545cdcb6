// API v4 lists: mixed movies and series, per-item comments, private lists, bulk item writes answered item
// by item, a GET that clears, and item status as 200-or-404. Reading a public list needs no user; a private
// one only its owner's user access token (401, 39). Writes need the owner's token: the app token is 401
// (36), another user's 401 (38).
import type { Schemas } from '@tmdb-kit/types';
import { tmdbErrors } from '../core/tmdb-errors.js';
import type { MockData } from '../data/index.js';
import { notFound, ok, success, unauthorized, unprocessable } from '../responses/respond.js';
import { v4ListDetails } from '../responses/v4-lists.js';
import { type Account, type MockState, STATE_LIMITS } from '../state/store.js';
import type { V4ListEntry, V4ListRecord } from '../state/v4.js';
import type { HandlerTable } from './contract.js';
import { userForBearer } from './v4-users.js';

type Lookup =
  | { readonly ok: true; readonly list: V4ListRecord; readonly owner: Account }
  | { readonly ok: false; readonly response: ReturnType<typeof notFound> | ReturnType<typeof unauthorized> };

/** The list if the caller may read it: public, or private and the bearer is the owner's user token. */
function readableList(state: MockState, listId: number, bearer: string | undefined): Lookup {
  const list = state.v4.lists.get(listId);
  const owner = list && state.accounts.get(list.accountId);
  if (!list || !owner) return { ok: false, response: notFound() };
  if (list.public) return { ok: true, list, owner };
  const user = userForBearer(state, bearer);
  if (user.ok && user.value.id === list.accountId) return { ok: true, list, owner };
  return { ok: false, response: unauthorized(tmdbErrors.privateResource()) };
}

/** The list if the bearer is its owner's user access token. */
function ownedList(state: MockState, listId: number, bearer: string | undefined): Lookup {
  const user = userForBearer(state, bearer);
  if (!user.ok) return { ok: false, response: user.response };
  const list = state.v4.lists.get(listId);
  if (!list) return { ok: false, response: notFound() };
  if (list.accountId !== user.value.id) return { ok: false, response: unauthorized(tmdbErrors.editDenied()) };
  return { ok: true, list, owner: user.value };
}

/** Why a list's name or description cannot be kept (over the fake's caps, as for v3 lists). */
function overlong(fields: { readonly name?: string; readonly description?: string }) {
  const length = (text: string | undefined) => [...(text ?? '')].length;
  if (length(fields.name) > STATE_LIMITS.listNameLength)
    return unprocessable(tmdbErrors.tooLong('name', STATE_LIMITS.listNameLength));
  if (length(fields.description) > STATE_LIMITS.listDescriptionLength)
    return unprocessable(tmdbErrors.tooLong('description', STATE_LIMITS.listDescriptionLength));
  return undefined;
}

/** Whether the public flag as written means public: 1 or true. A boolean false on create is TMDB's quirk. */
const isPublic = (flag: Schemas['V4ListPublicFlag']) => flag === 1 || flag === true;

function titleExists(data: MockData, item: Schemas['V4ListItemRef']): boolean {
  return item.media_type === 'movie'
    ? data.movie(item.media_id) !== undefined
    : data.show(item.media_id) !== undefined;
}

const sameItem = (entry: V4ListEntry, item: Schemas['V4ListItemRef']) =>
  entry.mediaType === item.media_type && entry.mediaId === item.media_id;

const itemResult = (item: Schemas['V4ListItemRef'], succeeded: boolean): Schemas['V4ListItemResult'] => ({
  media_type: item.media_type,
  media_id: item.media_id,
  success: succeeded,
});

export const v4ListHandlers = {
  createV4List: ({ body }, { state, bearer }) => {
    const user = userForBearer(state, bearer);
    if (!user.ok) return user.response;
    const refused = overlong(body);
    if (refused) return refused;
    let owned = 0;
    for (const list of state.v4.lists.values()) if (list.accountId === user.value.id) owned++;
    if (owned >= STATE_LIMITS.listsPerAccount)
      return unprocessable(tmdbErrors.tooMany('lists', STATE_LIMITS.listsPerAccount));
    const id = state.nextListId();
    const now = state.now();
    state.v4.lists.set(id, {
      id,
      accountId: user.value.id,
      name: body.name,
      description: body.description ?? '',
      language: body.iso_639_1,
      country: body.iso_3166_1 ?? 'US',
      // TMDB ignores `public: false` on create (the list comes out public); only 0 makes it private.
      public: body.public === undefined || body.public === false || isPublic(body.public),
      sortBy: body.sort_by ?? 'original_order.asc',
      createdAt: now,
      updatedAt: now,
      items: [],
    });
    return ok({ ...success(1, 'The item/record was created successfully.'), id });
  },

  getV4ListDetails: ({ path, query }, { data, state, bearer, today }) => {
    const found = readableList(state, path.list_id, bearer);
    if (!found.ok) return found.response;
    return ok(
      v4ListDetails(data, found.list, found.owner, { page: query.page, sortBy: query.sort_by, today }),
    );
  },

  updateV4List: ({ path, body }, { state, bearer }) => {
    const owned = ownedList(state, path.list_id, bearer);
    if (!owned.ok) return owned.response;
    const refused = overlong(body);
    if (refused) return refused;
    const { list } = owned;
    if (body.name !== undefined) list.name = body.name;
    if (body.description !== undefined) list.description = body.description;
    if (body.public !== undefined) list.public = isPublic(body.public);
    if (body.sort_by !== undefined) list.sortBy = body.sort_by;
    list.updatedAt = state.now();
    return ok(success(12, 'The item/record was updated successfully.'));
  },

  deleteV4List: ({ path }, { state, bearer }) => {
    const owned = ownedList(state, path.list_id, bearer);
    if (!owned.ok) return owned.response;
    state.v4.lists.delete(owned.list.id);
    return ok(success(13, 'The item/record was deleted successfully.'));
  },

  clearV4List: ({ path }, { state, bearer }) => {
    const owned = ownedList(state, path.list_id, bearer);
    if (!owned.ok) return owned.response;
    const itemsDeleted = owned.list.items.length;
    owned.list.items = [];
    owned.list.updatedAt = state.now();
    return ok({ ...success(), id: owned.list.id, items_deleted: itemsDeleted });
  },

  addV4ListItems: ({ path, body }, { data, state, bearer }) => {
    const owned = ownedList(state, path.list_id, bearer);
    if (!owned.ok) return owned.response;
    const { list } = owned;
    const results = body.items.map((item) => {
      if (!titleExists(data, item) || list.items.some((entry) => sameItem(entry, item)))
        return itemResult(item, false);
      // A comment sent with the item is accepted and dropped, as TMDB does: only update items stores one.
      list.items = [...list.items, { mediaType: item.media_type, mediaId: item.media_id, comment: null }];
      return itemResult(item, true);
    });
    list.updatedAt = state.now();
    return ok({ ...success(), results });
  },

  updateV4ListItems: ({ path, body }, { state, bearer }) => {
    const owned = ownedList(state, path.list_id, bearer);
    if (!owned.ok) return owned.response;
    const results = body.items.map((item) => {
      const entry = owned.list.items.find((candidate) => sameItem(candidate, item));
      if (entry) entry.comment = item.comment;
      return itemResult(item, entry !== undefined);
    });
    owned.list.updatedAt = state.now();
    return ok({ ...success(), results });
  },

  removeV4ListItems: ({ path, body }, { state, bearer }) => {
    const owned = ownedList(state, path.list_id, bearer);
    if (!owned.ok) return owned.response;
    const { list } = owned;
    const results = body.items.map((item) => {
      const present = list.items.some((entry) => sameItem(entry, item));
      list.items = list.items.filter((entry) => !sameItem(entry, item));
      return itemResult(item, present);
    });
    list.updatedAt = state.now();
    return ok({ ...success(), results });
  },

  getV4ListItemStatus: ({ path, query }, { state, bearer }) => {
    const found = readableList(state, path.list_id, bearer);
    // TMDB answers the same 404 for an unknown list, a list the caller cannot see and an absent item.
    if (!found.ok) return notFound();
    const item = { media_type: query.media_type, media_id: query.media_id };
    if (!found.list.items.some((entry) => sameItem(entry, item))) return notFound();
    return ok({ ...success(), id: found.list.id, ...item });
  },
} satisfies Partial<HandlerTable>;
