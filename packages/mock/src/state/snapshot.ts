// A read-only snapshot API over the live state, for tests and tools that want to assert on what the fake
// holds without being able to change it behind the HTTP interface.
import type { Account, ListRecord, MockState, Ratings } from './store.js';

export interface RatingsSnapshot {
  readonly movie: ReadonlyMap<number, number>;
  readonly tv: ReadonlyMap<number, number>;
  readonly episode: ReadonlyMap<number, number>;
}

export interface AccountSnapshot {
  readonly id: number;
  readonly username: string;
  readonly favorites: { readonly movie: readonly number[]; readonly tv: readonly number[] };
  readonly watchlist: { readonly movie: readonly number[]; readonly tv: readonly number[] };
  readonly ratings: RatingsSnapshot;
  readonly sessionIds: readonly string[];
}

export interface ListSnapshot {
  readonly id: number;
  readonly accountId: number;
  readonly name: string;
  readonly items: readonly { readonly mediaType: 'movie' | 'tv'; readonly mediaId: number }[];
}

export interface MockStateView {
  /** Every configured account, with what it has marked, rated and which sessions are open for it. */
  accounts(): readonly AccountSnapshot[];
  account(username: string): AccountSnapshot | undefined;
  /** Request tokens not yet used, with whether they were validated by a login. */
  requestTokens(): readonly {
    readonly token: string;
    readonly validated: boolean;
    readonly expiresAt: number;
  }[];
  guestSessions(): readonly {
    readonly id: string;
    readonly expiresAt: number;
    readonly ratings: RatingsSnapshot;
  }[];
  lists(): readonly ListSnapshot[];
}

const ordered = (marks: ReadonlyMap<number, number>): number[] =>
  [...marks].sort((a, b) => a[1] - b[1]).map(([id]) => id);

function ratingsSnapshot(ratings: Ratings): RatingsSnapshot {
  const values = (map: Ratings['movie']) => new Map([...map].map(([id, rating]) => [id, rating.value]));
  return { movie: values(ratings.movie), tv: values(ratings.tv), episode: values(ratings.episode) };
}

function accountSnapshot(state: MockState, account: Account): AccountSnapshot {
  return {
    id: account.id,
    username: account.user.username,
    favorites: { movie: ordered(account.favorites.movie), tv: ordered(account.favorites.tv) },
    watchlist: { movie: ordered(account.watchlist.movie), tv: ordered(account.watchlist.tv) },
    ratings: ratingsSnapshot(account.ratings),
    sessionIds: [...state.sessions].filter(([, id]) => id === account.id).map(([sessionId]) => sessionId),
  };
}

function listSnapshot(list: ListRecord): ListSnapshot {
  return {
    id: list.id,
    accountId: list.accountId,
    name: list.name,
    items: list.items.map((item) => ({ ...item })),
  };
}

/** `current` is read on every call, so the view stays valid across `reset()`. */
export function createStateView(current: () => MockState): MockStateView {
  return {
    accounts: () => [...current().accounts.values()].map((account) => accountSnapshot(current(), account)),
    account: (username) => {
      const account = current().accountByUsername(username);
      return account ? accountSnapshot(current(), account) : undefined;
    },
    requestTokens: () =>
      [...current().requestTokens.values()].map((record) => ({
        token: record.token,
        validated: record.validatedFor !== undefined,
        expiresAt: record.expiresAt,
      })),
    guestSessions: () =>
      [...current().guestSessions.values()].map((guest) => ({
        id: guest.id,
        expiresAt: guest.expiresAt,
        ratings: ratingsSnapshot(guest.ratings),
      })),
    lists: () => [...current().lists.values()].map(listSnapshot),
  };
}
