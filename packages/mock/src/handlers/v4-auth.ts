// API v4 sign-in by approval: a request token (15 minutes, single use), approved in the browser on the
// approval page (engine/approval-page.ts), exchanged once for a user access token and the account's object
// id; revoking the access token signs the user out. Unknown, expired or used request tokens fail with 401
// (status_code 33), unapproved ones with 422 (41), as TMDB does.
import { tmdbErrors } from '../core/tmdb-errors.js';
import { ok, success, unauthorized, unprocessable } from '../responses/respond.js';
import { remember, STATE_LIMITS } from '../state/store.js';
import { accountObjectId, jwtShapedToken, V4_REQUEST_TOKEN_LIFETIME_MS } from '../state/v4.js';
import type { HandlerTable } from './contract.js';

export const v4AuthHandlers = {
  createV4RequestToken: ({ body }, { state }) => {
    const now = state.now();
    const token = jwtShapedToken(
      { scopes: ['pending_request_token'], nbf: Math.floor(now / 1000), jti: state.token(16) },
      state.token(32),
    );
    // Bounded like v3's tokens: expired ones go first, then the oldest.
    remember(
      state.v4.requestTokens,
      token,
      {
        token,
        expiresAt: now + V4_REQUEST_TOKEN_LIFETIME_MS,
        redirectTo: body?.redirect_to,
        approvedFor: undefined,
      },
      STATE_LIMITS.requestTokens,
      (record) => record.expiresAt <= state.now(),
    );
    return ok({ ...success(), request_token: token });
  },

  createV4AccessToken: ({ body }, { state }) => {
    const record = state.v4.requestTokens.get(body.request_token);
    if (!record || record.expiresAt <= state.now()) return unauthorized(tmdbErrors.invalidRequestToken());
    if (record.approvedFor === undefined) return unprocessable(tmdbErrors.requestTokenNotApproved());
    state.v4.requestTokens.delete(record.token);
    const accountId = accountObjectId(record.approvedFor);
    const accessToken = jwtShapedToken(
      { sub: accountId, scopes: ['api_read', 'api_write'], jti: state.token(16) },
      state.token(32),
    );
    remember(state.v4.accessTokens, accessToken, record.approvedFor, STATE_LIMITS.sessions);
    return ok({ ...success(), access_token: accessToken, account_id: accountId });
  },

  deleteV4AccessToken: ({ body }, { state }) => {
    if (!state.v4.accessTokens.delete(body.access_token)) return unauthorized(tmdbErrors.invalidToken());
    remember(state.v4.revokedTokens, body.access_token, true, STATE_LIMITS.sessions);
    return ok(success(13, 'The item/record was deleted successfully.'));
  },
} satisfies Partial<HandlerTable>;
