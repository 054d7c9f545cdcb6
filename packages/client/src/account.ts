import type { CallOptions } from './method-types.js';
import type { TmdbSessionClient } from './session.js';

/**
 * The signed-in account of a session client, its `id` included (what the other account operations take),
 * without knowing that id first: TMDB answers `/3/account/{account_id}` with the session's own account
 * whatever the id, so this asks for account 0.
 */
export function currentAccount(session: TmdbSessionClient, options?: CallOptions) {
  return session.account.details(0, options);
}
