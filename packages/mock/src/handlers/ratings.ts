// Rating a movie, series or episode as a user (session_id) or a guest (guest_session_id). TMDB answers
// 201 with status_code 1 for a new rating and 12 for a changed one, and 200 with 13 when one is removed.

import { created, ok, success } from '../responses/respond.js';
import type { MockState, Rating, Ratings } from '../state/store.js';
import { raterFor } from './sessions.js';

type RatingKind = keyof Ratings;
interface Caller {
  readonly session_id?: string;
  readonly guest_session_id?: string;
}

export function rate(state: MockState, caller: Caller, kind: RatingKind, id: number, value: number) {
  const rater = raterFor(state, caller);
  if (!rater.ok) return rater.response;
  const ratings: Map<number, Rating> = rater.value[kind];
  const existed = ratings.has(id);
  ratings.set(id, { value, order: state.nextOrder() });
  return created(existed ? success(12, 'The item/record was updated successfully.') : success(1, 'Success.'));
}

export function unrate(state: MockState, caller: Caller, kind: RatingKind, id: number) {
  const rater = raterFor(state, caller);
  if (!rater.ok) return rater.response;
  rater.value[kind].delete(id);
  return ok(success(13, 'The item/record was deleted successfully.'));
}
