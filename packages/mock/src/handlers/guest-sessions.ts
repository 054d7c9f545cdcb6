// What a guest session has rated.

import { paginate } from '../responses/pagination.js';
import { ok } from '../responses/respond.js';
import { ratedEpisodes, ratedMovies, ratedSeries } from './account.js';
import type { HandlerTable } from './contract.js';
import { guestSession } from './sessions.js';

export const guestSessionHandlers = {
  getGuestSessionRatedMovies: ({ path, query }, { data, state }) => {
    const guest = guestSession(state, path.guest_session_id);
    return guest.ok
      ? ok(paginate(ratedMovies(data, guest.value.ratings, query.sort_by), query.page))
      : guest.response;
  },

  getGuestSessionRatedTvSeries: ({ path, query }, { data, state, today }) => {
    const guest = guestSession(state, path.guest_session_id);
    return guest.ok
      ? ok(paginate(ratedSeries(data, guest.value.ratings, query.sort_by, today), query.page))
      : guest.response;
  },

  getGuestSessionRatedTvEpisodes: ({ path, query }, { data, state, today }) => {
    const guest = guestSession(state, path.guest_session_id);
    return guest.ok
      ? ok(paginate(ratedEpisodes(data, guest.value.ratings, query.sort_by, today), query.page))
      : guest.response;
  },
} satisfies Partial<HandlerTable>;
