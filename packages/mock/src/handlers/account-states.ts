// account_states: what the caller (a user session, or a guest) has done to a title: favorite, watchlist
// and rating. Guests can only rate, so their favorite and watchlist are always false.
import type { Schemas } from '@tmdb-kit/types';
import type { MarkableMedia, MockState, Ratings } from '../state/store.js';
import { accountForSession, guestSession, type SessionLookup } from './sessions.js';

export interface Caller {
  readonly session_id?: string;
  readonly guest_session_id?: string;
}

export interface CallerMarks {
  readonly favorites: Record<MarkableMedia, ReadonlyMap<number, number>> | undefined;
  readonly watchlist: Record<MarkableMedia, ReadonlyMap<number, number>> | undefined;
  readonly ratings: Ratings;
}

export function callerMarks(state: MockState, caller: Caller): SessionLookup<CallerMarks> {
  if (caller.session_id !== undefined) {
    const account = accountForSession(state, caller.session_id);
    if (!account.ok) return account;
    const { favorites, watchlist, ratings } = account.value;
    return { ok: true, value: { favorites, watchlist, ratings } };
  }
  const guest = guestSession(state, caller.guest_session_id);
  if (!guest.ok) return guest;
  return { ok: true, value: { favorites: undefined, watchlist: undefined, ratings: guest.value.ratings } };
}

export function ratedValue(
  ratings: ReadonlyMap<number, { readonly value: number }>,
  id: number,
): false | Schemas['RatedValue'] {
  const rating = ratings.get(id);
  return rating ? { value: rating.value } : false;
}

export function titleAccountStates(
  marks: CallerMarks,
  mediaType: MarkableMedia,
  id: number,
): Schemas['AccountStates'] {
  return {
    favorite: marks.favorites?.[mediaType].has(id) ?? false,
    id,
    rated: ratedValue(marks.ratings[mediaType], id),
    watchlist: marks.watchlist?.[mediaType].has(id) ?? false,
  };
}
