// Request tokens, login, sessions and guest sessions, with TMDB's rules: a token expires after an hour,
// becomes a session only once validated with a configured user's password (otherwise 422, status_code 41),
// and is used up by it.
import { tmdbErrors } from '../core/tmdb-errors.js';
import { notFound, ok, success, unauthorized, unprocessable } from '../responses/respond.js';
import {
  emptyRatings,
  formatTmdbTimestamp,
  GUEST_SESSION_LIFETIME_MS,
  type MockState,
  REQUEST_TOKEN_LIFETIME_MS,
  type RequestTokenRecord,
  remember,
  STATE_LIMITS,
} from '../state/store.js';
import type { HandlerTable } from './contract.js';

function liveToken(state: MockState, token: string): RequestTokenRecord | undefined {
  const record = state.requestTokens.get(token);
  if (record && record.expiresAt <= state.now()) state.requestTokens.delete(token);
  return record && record.expiresAt > state.now() ? record : undefined;
}

function openSession(state: MockState, accountId: number): string {
  const sessionId = state.token(40);
  remember(state.sessions, sessionId, accountId, STATE_LIMITS.sessions);
  return sessionId;
}

export const authenticationHandlers = {
  validateKey: () => ok(success()),

  createRequestToken: (_request, { state }) => {
    const record: RequestTokenRecord = {
      token: state.token(40),
      expiresAt: state.now() + REQUEST_TOKEN_LIFETIME_MS,
      validatedFor: undefined,
    };
    const now = state.now();
    remember(
      state.requestTokens,
      record.token,
      record,
      STATE_LIMITS.requestTokens,
      (old) => old.expiresAt <= now,
    );
    return ok({
      success: true,
      expires_at: formatTmdbTimestamp(record.expiresAt),
      request_token: record.token,
    });
  },

  createSessionIdWithLogin: ({ body }, { state }) => {
    const record = liveToken(state, body.request_token);
    if (!record) return unauthorized(tmdbErrors.invalidRequestToken());
    const account = state.accountByUsername(body.username);
    if (!account || account.user.password !== body.password) return unauthorized(tmdbErrors.invalidLogin());
    record.validatedFor = account.id;
    return ok({
      success: true,
      expires_at: formatTmdbTimestamp(record.expiresAt),
      request_token: record.token,
    });
  },

  createSession: ({ body }, { state }) => {
    const record = liveToken(state, body.request_token);
    if (!record) return unauthorized(tmdbErrors.invalidRequestToken());
    if (record.validatedFor === undefined) return unprocessable(tmdbErrors.requestTokenNotApproved());
    state.requestTokens.delete(record.token);
    return ok({ success: true, session_id: openSession(state, record.validatedFor) });
  },

  createSessionFromV4Token: ({ body }, { state }) => {
    const account = [...state.accounts.values()].find(
      (candidate) => candidate.user.v4AccessToken === body.access_token,
    );
    if (!account) return unauthorized(tmdbErrors.authenticationFailed());
    return ok({ success: true, session_id: openSession(state, account.id) });
  },

  deleteSession: ({ body }, { state }) => {
    if (!state.sessions.delete(body.session_id)) return notFound();
    return ok({ success: true });
  },

  createGuestSession: (_request, { state }) => {
    const id = state.token(32);
    const expiresAt = state.now() + GUEST_SESSION_LIFETIME_MS;
    const now = state.now();
    remember(
      state.guestSessions,
      id,
      { id, expiresAt, ratings: emptyRatings() },
      STATE_LIMITS.guestSessions,
      (old) => old.expiresAt <= now,
    );
    return ok({ success: true, guest_session_id: id, expires_at: formatTmdbTimestamp(expiresAt) });
  },
} satisfies Partial<HandlerTable>;
