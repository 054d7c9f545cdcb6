// The fake's mutable world: request tokens, sessions, guest sessions and what each account or guest has
// marked, rated and listed. Created from a seed, so the same seed gives the same tokens and ids; `reset`
// rebuilds it from scratch between tests.
import { createSeededRandom, type SeededRandom } from '../core/random.js';
import { FIRST_ACCOUNT_ID, type MockUser } from './users.js';

export type MarkableMedia = 'movie' | 'tv';

/** When something was marked or rated, as a sequence number: sorting by it is sorting by creation time. */
export interface Rating {
  readonly value: number;
  readonly order: number;
}

export interface Ratings {
  readonly movie: Map<number, Rating>;
  readonly tv: Map<number, Rating>;
  /** Keyed by the episode's own id. */
  readonly episode: Map<number, Rating>;
}

export interface Account {
  readonly id: number;
  readonly user: MockUser;
  /** media id → order in which it was marked */
  readonly favorites: Record<MarkableMedia, Map<number, number>>;
  readonly watchlist: Record<MarkableMedia, Map<number, number>>;
  readonly ratings: Ratings;
}

export interface RequestTokenRecord {
  readonly token: string;
  readonly expiresAt: number;
  /** Set by validate_with_login; only a validated token becomes a session. */
  validatedFor: number | undefined;
}

export interface GuestSessionRecord {
  readonly id: string;
  /** Moves 24 hours past each use: TMDB drops guest sessions left unused for a day. */
  expiresAt: number;
  readonly ratings: Ratings;
}

export interface ListItem {
  readonly mediaType: MarkableMedia;
  readonly mediaId: number;
}

export interface ListRecord {
  readonly id: number;
  readonly accountId: number;
  readonly name: string;
  readonly description: string;
  readonly language: string;
  readonly order: number;
  items: ListItem[];
}

export const REQUEST_TOKEN_LIFETIME_MS = 60 * 60 * 1000;
export const GUEST_SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;
const FIRST_LIST_ID = 8_100_001;

/**
 * Bounds on what the fake keeps, so a long-running fake (or a client in a loop) cannot grow it without
 * end. TMDB documents no numbers for these; they are far above what any app or test needs.
 */
export const STATE_LIMITS = {
  /** Unused request tokens kept; the oldest is forgotten first (it would expire first anyway). */
  requestTokens: 10_000,
  /** Open user sessions kept; the oldest is forgotten first. */
  sessions: 10_000,
  /** Guest sessions kept; the one unused the longest is forgotten first. */
  guestSessions: 10_000,
  listsPerAccount: 500,
  /** Characters (code points) in a list's name and description. */
  listNameLength: 250,
  listDescriptionLength: 5_000,
} as const;

export interface MockState {
  readonly accounts: ReadonlyMap<number, Account>;
  readonly requestTokens: Map<string, RequestTokenRecord>;
  /** session id → account id */
  readonly sessions: Map<string, number>;
  readonly guestSessions: Map<string, GuestSessionRecord>;
  readonly lists: Map<number, ListRecord>;
  /** Milliseconds since the epoch, from the configured clock. */
  now(): number;
  /** A fresh lowercase hex token from the seeded stream. */
  token(length: number): string;
  /** The next creation-order number (monotonic across the whole state). */
  nextOrder(): number;
  nextListId(): number;
  accountByUsername(username: string): Account | undefined;
}

export function emptyRatings(): Ratings {
  return { movie: new Map(), tv: new Map(), episode: new Map() };
}

export function createState(seed: number, users: readonly MockUser[], clock: () => number): MockState {
  const random: SeededRandom = createSeededRandom(seed);
  const accounts = new Map<number, Account>(
    users.map((user, index) => {
      const id = FIRST_ACCOUNT_ID + index;
      const account: Account = {
        id,
        user,
        favorites: { movie: new Map(), tv: new Map() },
        watchlist: { movie: new Map(), tv: new Map() },
        ratings: emptyRatings(),
      };
      return [id, account];
    }),
  );
  let order = 0;
  let listId = FIRST_LIST_ID;
  return {
    accounts,
    requestTokens: new Map(),
    sessions: new Map(),
    guestSessions: new Map(),
    lists: new Map(),
    now: clock,
    token: (length) => random.hex(length),
    nextOrder: () => ++order,
    nextListId: () => listId++,
    accountByUsername: (username) =>
      [...accounts.values()].find((account) => account.user.username === username),
  };
}

/**
 * Adds `key` → `value` as the newest entry of an insertion-ordered store: first drops the entries at the
 * old end that have `expired`, then the oldest ones while the store is full.
 */
export function remember<K, V>(
  store: Map<K, V>,
  key: K,
  value: V,
  limit: number,
  expired: (value: V) => boolean = () => false,
): void {
  for (const [oldKey, oldValue] of store) {
    if (!expired(oldValue)) break;
    store.delete(oldKey);
  }
  store.delete(key);
  for (const oldKey of store.keys()) {
    if (store.size < limit) break;
    store.delete(oldKey);
  }
  store.set(key, value);
}

/** TMDB's timestamp format for token expiry: `2026-01-31 18:45:00 UTC`. */
export function formatTmdbTimestamp(milliseconds: number): string {
  return `${new Date(milliseconds).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
