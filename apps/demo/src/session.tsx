// Who is logged in. The session id is the user's own (created by logging in with their TMDB username and
// password) and is kept in localStorage so a reload stays logged in; the server's token is never here.
import type { TmdbSessionClient, TmdbUserClient } from '@tmdb-kit/client';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import {
  type AccountHooks,
  createAccountHooks,
  createUserHooks,
  queryClient,
  type UserHooks,
} from './api.js';
import { type AccountSession, logIn, logOut, sessionClient } from './auth.js';
import { describeError } from './errors.js';
import { finishTmdbSignIn, userClient } from './v4-sign-in.js';

const STORAGE_KEY = 'tmdb-kit-demo:session';

/** A logged-in user: the session, a client that adds its `session_id`, and query hooks on that client. */
export interface Account {
  readonly session: AccountSession;
  readonly client: TmdbSessionClient;
  readonly hooks: AccountHooks;
  /** After "Sign in with TMDB": a client and hooks acting as the user on API v4 (lists, collections). */
  readonly v4: V4Account | undefined;
}

export interface V4Account {
  readonly accountObjectId: string;
  readonly client: TmdbUserClient;
  readonly hooks: UserHooks;
}

interface SessionValue {
  readonly account: Account | undefined;
  /** TMDB stopped accepting the stored session (it expired, or the mock restarted): say so once. */
  readonly sessionEnded: boolean;
  logIn(username: string, password: string): Promise<AccountSession>;
  /** Completes "Sign in with TMDB" once the approval page has sent the browser back. */
  completeTmdbSignIn(): Promise<AccountSession>;
  logOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(readStoredSession);
  const [sessionEnded, setSessionEnded] = useState(false);

  const replace = useCallback((next: AccountSession | undefined) => {
    if (next) localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else localStorage.removeItem(STORAGE_KEY);
    // Account answers (states, favorites) belong to one user: never show them to the next.
    queryClient.removeQueries();
    setSession(next);
  }, []);

  // Any call refused for the session ends it here too, rather than leaving every account page failing.
  useEffect(() => {
    if (!session) return;
    const onError = (error: unknown) => {
      if (describeError(error).kind !== 'session-expired') return;
      // After the cache has finished dispatching the event that reported it.
      queueMicrotask(() => {
        replace(undefined);
        setSessionEnded(true);
      });
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [session, replace]);

  const value = useMemo<SessionValue>(() => {
    const client = session ? sessionClient(session.sessionId) : undefined;
    const user = session?.v4 ? userClient(session.v4.accessToken) : undefined;
    const v4 =
      session?.v4 && user
        ? { accountObjectId: session.v4.accountObjectId, client: user, hooks: createUserHooks(user) }
        : undefined;
    return {
      account: session && client ? { session, client, hooks: createAccountHooks(client), v4 } : undefined,
      sessionEnded,
      logIn: async (username, password) => {
        const next = await logIn(username, password);
        replace(next);
        setSessionEnded(false);
        return next;
      },
      completeTmdbSignIn: async () => {
        const next = await finishTmdbSignIn();
        replace(next);
        setSessionEnded(false);
        return next;
      },
      logOut: async () => {
        // Forget the session here even if TMDB cannot be told (offline): the user asked to log out.
        replace(undefined);
        if (session) await logOut(session).catch(() => undefined);
      },
    };
  }, [session, sessionEnded, replace]);

  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** A session from storage, checked field by field: anything else (old format, tampering) means logged out. */
function readStoredSession(): AccountSession | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const sessionId: unknown = Reflect.get(value, 'sessionId');
    const accountId: unknown = Reflect.get(value, 'accountId');
    const username: unknown = Reflect.get(value, 'username');
    if (typeof sessionId !== 'string' || typeof accountId !== 'number' || typeof username !== 'string') {
      return undefined;
    }
    const v4: unknown = Reflect.get(value, 'v4');
    const accessToken: unknown =
      typeof v4 === 'object' && v4 !== null ? Reflect.get(v4, 'accessToken') : undefined;
    const accountObjectId: unknown =
      typeof v4 === 'object' && v4 !== null ? Reflect.get(v4, 'accountObjectId') : undefined;
    if (typeof accessToken === 'string' && typeof accountObjectId === 'string') {
      return { sessionId, accountId, username, v4: { accessToken, accountObjectId } };
    }
    return { sessionId, accountId, username };
  } catch {
    return undefined;
  }
}
