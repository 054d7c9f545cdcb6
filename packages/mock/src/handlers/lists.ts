// Version 3 lists: create, read, add and remove movies, clear, delete. Only the owner's session may change
// a list; community lists from the data set can be read by anyone and changed by no one.
import { type TmdbFailure, tmdbErrors } from '../core/tmdb-errors.js';
import { paginate } from '../responses/pagination.js';
import {
  badRequest,
  created,
  forbidden,
  notFound,
  ok,
  success,
  unauthorized,
  unprocessable,
} from '../responses/respond.js';
import { type ListRecord, type MockState, STATE_LIMITS } from '../state/store.js';
import type { HandlerTable } from './contract.js';
import { allLists, listEntries } from './lists-catalog.js';
import { accountForSession } from './sessions.js';

type Ownership =
  | { readonly ok: true; readonly list: ListRecord }
  | { readonly ok: false; readonly response: ReturnType<typeof notFound> | ReturnType<typeof unauthorized> };

/** The list, if it exists and the session owns it. */
function ownedList(state: MockState, listId: number, sessionId: string): Ownership {
  const account = accountForSession(state, sessionId);
  if (!account.ok) return { ok: false, response: account.response };
  const list = state.lists.get(listId);
  if (!list) return { ok: false, response: notFound() };
  if (list.accountId !== account.value.id)
    return { ok: false, response: unauthorized(tmdbErrors.authenticationFailed()) };
  return { ok: true, list };
}

/** Why a new list cannot be kept: a field over its length, or an account already at its list limit. */
function refusedList(
  state: MockState,
  accountId: number,
  name: string,
  description: string,
): TmdbFailure | undefined {
  const length = (text: string) => [...text].length;
  if (length(name) > STATE_LIMITS.listNameLength)
    return tmdbErrors.tooLong('name', STATE_LIMITS.listNameLength);
  if (length(description) > STATE_LIMITS.listDescriptionLength)
    return tmdbErrors.tooLong('description', STATE_LIMITS.listDescriptionLength);
  let owned = 0;
  for (const list of state.lists.values()) if (list.accountId === accountId) owned++;
  return owned >= STATE_LIMITS.listsPerAccount
    ? tmdbErrors.tooMany('lists', STATE_LIMITS.listsPerAccount)
    : undefined;
}

export const listHandlers = {
  createList: ({ query, body }, { state }) => {
    const account = accountForSession(state, query.session_id);
    if (!account.ok) return account.response;
    const refused = refusedList(state, account.value.id, body.name, body.description ?? '');
    if (refused) return unprocessable(refused);
    const id = state.nextListId();
    state.lists.set(id, {
      id,
      accountId: account.value.id,
      name: body.name,
      description: body.description ?? '',
      language: body.language ?? 'en',
      order: state.nextOrder(),
      items: [],
    });
    return created({ ...success(1, 'The item/record was created successfully.'), list_id: id });
  },

  getListDetails: ({ path, query }, { data, state, today }) => {
    const list = allLists(data, state).find((candidate) => candidate.id === path.list_id);
    if (!list) return notFound();
    const items = listEntries(data, list.items, today);
    const page = paginate(items, query.page);
    return ok({
      created_by: list.createdBy,
      description: list.description,
      favorite_count: list.favoriteCount,
      id: String(list.id),
      items: page.results,
      item_count: items.length,
      iso_639_1: list.language,
      name: list.name,
      poster_path: items[0]?.poster_path ?? null,
      page: page.page,
      total_pages: page.total_pages,
      total_results: page.total_results,
    });
  },

  getListItemStatus: ({ path, query }, { data, state }) => {
    const list = allLists(data, state).find((candidate) => candidate.id === path.list_id);
    if (!list) return notFound();
    const present = list.items.some((item) => item.mediaType === 'movie' && item.mediaId === query.movie_id);
    return ok({ id: query.movie_id, item_present: present });
  },

  addMovieToList: ({ path, query, body }, { data, state }) => {
    const owned = ownedList(state, path.list_id, query.session_id);
    if (!owned.ok) return owned.response;
    if (!data.movie(body.media_id)) return notFound();
    if (owned.list.items.some((item) => item.mediaId === body.media_id))
      return forbidden(tmdbErrors.duplicateEntry());
    owned.list.items = [...owned.list.items, { mediaType: 'movie', mediaId: body.media_id }];
    return created(success(12, 'The item/record was updated successfully.'));
  },

  removeMovieFromList: ({ path, query, body }, { state }) => {
    const owned = ownedList(state, path.list_id, query.session_id);
    if (!owned.ok) return owned.response;
    owned.list.items = owned.list.items.filter((item) => item.mediaId !== body.media_id);
    return ok(success(13, 'The item/record was deleted successfully.'));
  },

  clearList: ({ path, query }, { state }) => {
    const owned = ownedList(state, path.list_id, query.session_id);
    if (!owned.ok) return owned.response;
    if (query.confirm !== true) return badRequest(tmdbErrors.confirmationRequired());
    owned.list.items = [];
    return created(success(12, 'The item/record was updated successfully.'));
  },

  deleteList: ({ path, query }, { state }) => {
    const owned = ownedList(state, path.list_id, query.session_id);
    if (!owned.ok) return owned.response;
    state.lists.delete(owned.list.id);
    return ok(success(13, 'The item/record was deleted successfully.'));
  },
} satisfies Partial<HandlerTable>;
