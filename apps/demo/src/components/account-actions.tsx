// Favorite, watchlist and rating controls for a movie or series, for the logged-in user. Each control says
// its state in words (and `aria-pressed`), is disabled while its request is in flight, and reports failures.
import type { AccountStates, Schemas } from '@tmdb-kit/types';
import { type FormEvent, useId, useState } from 'react';
import { queryClient } from '../api.js';
import { describeError } from '../errors.js';
import { Link } from '../router.js';
import { type Account, useSession } from '../session.js';
import { ErrorNotice } from './status.js';

type MediaType = Schemas['FavoriteRequest']['media_type'];

interface MediaProps {
  readonly id: number;
  readonly title: string;
}

export function AccountActions({ type, id, title }: MediaProps & { type: MediaType }) {
  const { account } = useSession();
  if (!account) {
    return (
      <p className="account-hint muted">
        <Link to={{ name: 'login', next: `/${type}/${id}` }}>Log in</Link> to add {title} to your favorites or
        watchlist, or to rate it.
      </p>
    );
  }
  return type === 'movie' ? (
    <MovieActions account={account} id={id} title={title} />
  ) : (
    <TvActions account={account} id={id} title={title} />
  );
}

/** After any change, refetch what it affects: the item's states and the account's lists. */
function invalidateAccountQueries(): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: ({ queryKey }) => {
      const path = queryKey[1];
      return typeof path === 'string' && (path.startsWith('/3/account/') || path.endsWith('/account_states'));
    },
  });
}

function MovieActions({ account, id, title }: MediaProps & { account: Account }) {
  const { hooks } = account;
  const states = hooks.useQuery('get', '/3/movie/{movie_id}/account_states', {
    params: { path: { movie_id: id } },
  });
  const path = { params: { path: { movie_id: id } } };
  const rate = hooks.useMutation('post', '/3/movie/{movie_id}/rating', {
    onSuccess: invalidateAccountQueries,
  });
  const unrate = hooks.useMutation('delete', '/3/movie/{movie_id}/rating', {
    onSuccess: invalidateAccountQueries,
  });
  return (
    <AccountControls
      account={account}
      type="movie"
      id={id}
      title={title}
      states={states}
      rating={{
        rate: (value) => rate.mutateAsync({ ...path, body: { value } }),
        remove: () => unrate.mutateAsync(path),
        pending: rate.isPending || unrate.isPending,
      }}
    />
  );
}

function TvActions({ account, id, title }: MediaProps & { account: Account }) {
  const { hooks } = account;
  const states = hooks.useQuery('get', '/3/tv/{series_id}/account_states', {
    params: { path: { series_id: id } },
  });
  const path = { params: { path: { series_id: id } } };
  const rate = hooks.useMutation('post', '/3/tv/{series_id}/rating', { onSuccess: invalidateAccountQueries });
  const unrate = hooks.useMutation('delete', '/3/tv/{series_id}/rating', {
    onSuccess: invalidateAccountQueries,
  });
  return (
    <AccountControls
      account={account}
      type="tv"
      id={id}
      title={title}
      states={states}
      rating={{
        rate: (value) => rate.mutateAsync({ ...path, body: { value } }),
        remove: () => unrate.mutateAsync(path),
        pending: rate.isPending || unrate.isPending,
      }}
    />
  );
}

interface AccountControlsProps extends MediaProps {
  readonly account: Account;
  readonly type: MediaType;
  readonly states: {
    readonly data: AccountStates | undefined;
    readonly error: unknown;
    readonly isPending: boolean;
    refetch(): unknown;
  };
  readonly rating: {
    rate(value: number): Promise<unknown>;
    remove(): Promise<unknown>;
    readonly pending: boolean;
  };
}

function AccountControls({ account, type, id, title, states, rating }: AccountControlsProps) {
  const { hooks, session } = account;
  const onSuccess = invalidateAccountQueries;
  const favorite = hooks.useMutation('post', '/3/account/{account_id}/favorite', { onSuccess });
  const watchlist = hooks.useMutation('post', '/3/account/{account_id}/watchlist', { onSuccess });
  const [failure, setFailure] = useState<unknown>();
  const run = (action: Promise<unknown>) => {
    setFailure(undefined);
    action.catch(setFailure);
  };
  // No `session_id` here or in the rating writes: the session client adds it to every write.
  const accountPath = { params: { path: { account_id: session.accountId } } };

  if (states.isPending)
    return (
      <p className="account-hint muted" role="status">
        Loading your marks…
      </p>
    );
  if (!states.data)
    return <ErrorNotice error={states.error} subject="account state" onRetry={() => states.refetch()} />;
  const current = states.data;
  return (
    <div className="account-actions">
      <div className="toggle-row">
        <button
          type="button"
          aria-pressed={current.favorite}
          disabled={favorite.isPending}
          onClick={() =>
            run(
              favorite.mutateAsync({
                ...accountPath,
                body: { media_type: type, media_id: id, favorite: !current.favorite },
              }),
            )
          }
        >
          {current.favorite ? '♥ In favorites' : '♡ Add to favorites'}
        </button>
        <button
          type="button"
          aria-pressed={current.watchlist}
          disabled={watchlist.isPending}
          onClick={() =>
            run(
              watchlist.mutateAsync({
                ...accountPath,
                body: { media_type: type, media_id: id, watchlist: !current.watchlist },
              }),
            )
          }
        >
          {current.watchlist ? '✓ On watchlist' : '+ Add to watchlist'}
        </button>
      </div>
      <RatingForm
        title={title}
        rated={current.rated === false ? undefined : current.rated.value}
        pending={rating.pending}
        onRate={(value) => run(rating.rate(value))}
        onRemove={() => run(rating.remove())}
      />
      {failure === undefined ? null : (
        <p className="inline-error" role="alert">
          {describeError(failure, type === 'movie' ? 'movie' : 'series').title}: your change was not saved.
        </p>
      )}
    </div>
  );
}

const RATING_VALUES = Array.from({ length: 20 }, (_, index) => (index + 1) / 2);

interface RatingFormProps {
  readonly title: string;
  readonly rated: number | undefined;
  readonly pending: boolean;
  onRate(value: number): void;
  onRemove(): void;
}

function RatingForm({ title, rated, pending, onRate, onRemove }: RatingFormProps) {
  const selectId = useId();
  const [value, setValue] = useState(rated ?? 8);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRate(value);
  };
  return (
    <form className="rating-form" onSubmit={submit} aria-label={`Rate ${title}`}>
      <label htmlFor={selectId}>{rated === undefined ? 'Your rating' : `You rated it ${rated}/10`}</label>
      <select id={selectId} value={value} onChange={(event) => setValue(Number(event.target.value))}>
        {RATING_VALUES.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending}>
        {rated === undefined ? 'Rate' : 'Change rating'}
      </button>
      {rated === undefined ? null : (
        <button type="button" disabled={pending} onClick={onRemove}>
          Remove rating
        </button>
      )}
    </form>
  );
}
