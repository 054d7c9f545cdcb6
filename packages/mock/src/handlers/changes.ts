// Change lists: ids of records changed in a window of at most 14 days (default: the last day). Each
// record's one change falls on a day derived from its id (see responses/media-common.ts), the same day its own
// /changes endpoint reports, so the two agree.

import { tmdbErrors } from '../core/tmdb-errors.js';
import { addDays, daysSinceChange } from '../responses/media-common.js';
import { paginate } from '../responses/pagination.js';
import { ok, unprocessable } from '../responses/respond.js';
import type { HandlerTable } from './contract.js';

function changedIds(
  records: readonly { readonly id: number; readonly adult?: boolean }[],
  today: string,
  start: string | undefined,
  end: string | undefined,
) {
  const windowEnd = end ?? today;
  const windowStart = start ?? addDays(windowEnd, -1);
  return records
    .filter((record) => {
      const changedOn = addDays(today, -daysSinceChange(record.id));
      return changedOn >= windowStart && changedOn <= windowEnd;
    })
    .map((record) => ({ id: record.id, adult: record.adult ?? false }));
}

const MAX_WINDOW_DAYS = 14;

/** A window longer than 14 days is TMDB's 422 with status_code 20. */
function windowTooLong(start: string | undefined, end: string | undefined): boolean {
  if (start === undefined || end === undefined) return false;
  return Date.parse(end) - Date.parse(start) > MAX_WINDOW_DAYS * 86_400_000;
}

export const changeHandlers = {
  getMovieChangeList: ({ query }, { data, today }) =>
    windowTooLong(query.start_date, query.end_date)
      ? unprocessable(tmdbErrors.dateWindowTooLong())
      : ok(paginate(changedIds(data.movies, today, query.start_date, query.end_date), query.page)),
  getTvChangeList: ({ query }, { data, today }) =>
    windowTooLong(query.start_date, query.end_date)
      ? unprocessable(tmdbErrors.dateWindowTooLong())
      : ok(paginate(changedIds(data.series, today, query.start_date, query.end_date), query.page)),
  getPersonChangeList: ({ query }, { data, today }) =>
    windowTooLong(query.start_date, query.end_date)
      ? unprocessable(tmdbErrors.dateWindowTooLong())
      : ok(paginate(changedIds(data.people, today, query.start_date, query.end_date), query.page)),
} satisfies Partial<HandlerTable>;
