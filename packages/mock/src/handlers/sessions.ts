// Resolving the caller's identity from `session_id` / `guest_session_id`, the way TMDB's user-scoped
// endpoints do: an unknown or expired session is a 401 with status_code 3.
import { tmdbErrors } from '../core/tmdb-errors.js';
import { unauthorized } from '../responses/respond.js';
import {
  type Account,
  GUEST_SESSION_LIFETIME_MS,
  type GuestSessionRecord,
  type MockState,
  type Ratings,
} from '../state/store.js';

export type SessionLookup<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly response: ReturnType<typeof unauthorized> };

const denied = { ok: false, response: unauthorized(tmdbErrors.authenticationFailed()) } as const;

export function accountForSession(state: MockState, sessionId: string | undefined): SessionLookup<Account> {
  const accountId = sessionId === undefined ? undefined : state.sessions.get(sessionId);
  const account = accountId === undefined ? undefined : state.accounts.get(accountId);
  return account ? { ok: true, value: account } : denied;
}

export function guestSession(
  state: MockState,
  guestSessionId: string | undefined,
): SessionLookup<GuestSessionRecord> {
  const guest = guestSessionId === undefined ? undefined : state.guestSessions.get(guestSessionId);
  if (!guest) return denied;
  if (guest.expiresAt <= state.now()) {
    state.guestSessions.delete(guest.id);
    return denied;
  }
  // Used now: it lives another day, and moves to the young end of the store (see `remember`).
  guest.expiresAt = state.now() + GUEST_SESSION_LIFETIME_MS;
  state.guestSessions.delete(guest.id);
  state.guestSessions.set(guest.id, guest);
  return { ok: true, value: guest };
}

/** Whose ratings a rating endpoint acts on: the user's (session_id wins) or the guest's. */
export function raterFor(
  state: MockState,
  query: { readonly session_id?: string; readonly guest_session_id?: string },
): SessionLookup<Ratings> {
  if (query.session_id !== undefined) {
    const account = accountForSession(state, query.session_id);
    return account.ok ? { ok: true, value: account.value.ratings } : account;
  }
  const guest = guestSession(state, query.guest_session_id);
  return guest.ok ? { ok: true, value: guest.value.ratings } : guest;
}
