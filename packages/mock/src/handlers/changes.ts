// Change lists: ids of records changed in a window of at most 14 days (default: the last day). Each
// record's one change falls on a day derived from its id (see data/media-common.ts), the same day its own
// /changes endpoint reports, so the two agree.
import { addDays, daysSinceChange } from '../data/media-common.js';
import type { HandlerTable } from './contract.js';
import { paginate } from './pagination.js';
import { ok } from './respond.js';

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

export const changeHandlers = {
  getMovieChangeList: ({ query }, { data, today }) =>
    ok(paginate(changedIds(data.movies, today, query.start_date, query.end_date), query.page)),
  getTvChangeList: ({ query }, { data, today }) =>
    ok(paginate(changedIds(data.series, today, query.start_date, query.end_date), query.page)),
  getPersonChangeList: ({ query }, { data, today }) =>
    ok(paginate(changedIds(data.people, today, query.start_date, query.end_date), query.page)),
} satisfies Partial<HandlerTable>;
