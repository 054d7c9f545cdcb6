// Who a v4 user operation acts for: the account whose user access token is the request's bearer. The app's
// read access token (or none) is refused with TMDB's 401 status_code 36, a revoked token with 35.
import { tmdbErrors } from '../core/tmdb-errors.js';
import { unauthorized } from '../responses/respond.js';
import type { Account, MockState } from '../state/store.js';
import { accountObjectId } from '../state/v4.js';
import type { SessionLookup } from './sessions.js';

export function userForBearer(state: MockState, bearer: string | undefined): SessionLookup<Account> {
  const accountId = bearer === undefined ? undefined : state.v4.accessTokens.get(bearer);
  const account = accountId === undefined ? undefined : state.accounts.get(accountId);
  if (account) return { ok: true, value: account };
  return { ok: false, response: unauthorized(tmdbErrors.userTokenRequired()) };
}

/** The user, if the bearer is theirs and the path names their own account object id. */
export function userForAccountPath(
  state: MockState,
  bearer: string | undefined,
  accountObjectIdInPath: string,
): SessionLookup<Account> {
  const user = userForBearer(state, bearer);
  if (!user.ok || accountObjectId(user.value.id) === accountObjectIdInPath) return user;
  return { ok: false, response: unauthorized(tmdbErrors.authenticationFailed()) };
}
