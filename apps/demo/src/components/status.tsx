// The three states every page can be in besides "here is your data": loading, failed and empty. Each is
// announced to screen readers and says, in plain words, what happened and what to do.
import type { ReactNode } from 'react';
import { describeError } from '../errors.js';
import { Link } from '../router.js';

interface LoadingProps {
  readonly label: string;
  /** The query being waited for: offline, TanStack Query pauses it until the connection is back. */
  readonly query?: { readonly fetchStatus: 'fetching' | 'paused' | 'idle' };
}

export function Loading({ label, query }: LoadingProps) {
  if (query?.fetchStatus === 'paused') {
    return (
      <div className="status error error-offline" role="alert">
        <h2>You are offline</h2>
        <p>This will load by itself once your connection is back.</p>
      </div>
    );
  }
  return (
    <p className="status loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

interface ErrorNoticeProps {
  readonly error: unknown;
  /** What failed to load, in words: "movie", "search results". */
  readonly subject: string;
  readonly onRetry?: () => void;
}

export function ErrorNotice({ error, subject, onRetry }: ErrorNoticeProps) {
  const online = typeof navigator === 'undefined' ? true : navigator.onLine;
  const description = describeError(error, subject, online);
  return (
    <div className={`status error error-${description.kind}`} role="alert">
      <h2>{description.title}</h2>
      <p>{description.detail}</p>
      {description.action === 'retry' && onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
      {description.action === 'login' ? (
        <Link to={{ name: 'login', next: `${window.location.pathname}${window.location.search}` }}>
          Log in
        </Link>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="status empty" role="status">
      {children}
    </p>
  );
}
