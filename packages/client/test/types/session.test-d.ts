import type { components } from '@tmdb-kit/types';
import { describe, expectTypeOf, it } from 'vitest';
import {
  details,
  paginate,
  type TmdbClient,
  type TmdbGuestSessionClient,
  type TmdbSessionClient,
  withGuestSession,
  withSession,
} from '../../src/index.js';

type Schemas = components['schemas'];
declare const tmdb: TmdbClient;
const account = { params: { path: { account_id: 1 } } };

describe('session scoping', () => {
  it('requires session_id on the root client and fills it in on a session client', async () => {
    // @ts-expect-error the account needs a session
    await tmdb.GET('/3/account/{account_id}', account);
    await tmdb.GET('/3/account/{account_id}', {
      params: { path: { account_id: 1 }, query: { session_id: 's' } },
    });

    const user = withSession(tmdb, 's');
    expectTypeOf(user).toEqualTypeOf<TmdbSessionClient>();
    const { data } = await user.GET('/3/account/{account_id}', account);
    expectTypeOf(data).toEqualTypeOf<Schemas['AccountDetails'] | undefined>();
    for await (const movie of paginate(user, '/3/account/{account_id}/watchlist/movies', account).items()) {
      expectTypeOf(movie).toEqualTypeOf<Schemas['MovieListItem']>();
    }
    const withStates = await details(user, '/3/movie/{movie_id}', ['account_states'], {
      params: { path: { movie_id: 1 } },
    });
    expectTypeOf(withStates.account_states).toEqualTypeOf<Schemas['AccountStates']>();
  });

  it('keeps every other requirement on a session client', async () => {
    const user = withSession(tmdb, 's');
    // @ts-expect-error the path parameter is still required
    await user.GET('/3/account/{account_id}');
    // @ts-expect-error the rating body is still required
    await user.POST('/3/movie/{movie_id}/rating', { params: { path: { movie_id: 1 } } });
  });

  it('fills guest_session_id, in the query or the path, on a guest client only', async () => {
    const guest = withGuestSession(tmdb, 'g');
    expectTypeOf(guest).toEqualTypeOf<TmdbGuestSessionClient>();
    await guest.GET('/3/guest_session/{guest_session_id}/rated/movies');
    // @ts-expect-error the root client needs the guest session id in the path
    await tmdb.GET('/3/guest_session/{guest_session_id}/rated/movies');
    // @ts-expect-error a guest session is not a user session
    await guest.GET('/3/account/{account_id}', account);
    // @ts-expect-error a session client has no guest scope
    await withSession(tmdb, 's').GET('/3/guest_session/{guest_session_id}/rated/movies');
  });
});
