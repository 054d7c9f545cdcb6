// One v4 list: its movies and series together, a page at a time, each with its comment; add items, comment,
// remove, clear and delete. Every write goes through the user's client; bulk writes answer item by item.
import type { Schemas } from '@tmdb-kit/types';
import { type FormEvent, useId, useState } from 'react';
import { queryClient } from '../api.js';
import { yearOf } from '../cards.js';
import { useDocumentTitle } from '../components/details-parts.js';
import { Pagination } from '../components/pagination.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { Link, useRouter } from '../router.js';
import { useSession, type V4Account } from '../session.js';

type ListItem = Schemas['V4ListDetails']['results'][number];
type ItemResults = Schemas['V4ListItemsResult']['results'];
type MediaType = Schemas['V4MediaType'];

const KIND_LABELS: Record<MediaType, string> = { movie: 'Movie', tv: 'TV series' };

/** Lists and list pages show what the writes changed. */
const refreshLists = () =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: ['get', '/4/list/{list_id}'] }),
    queryClient.invalidateQueries({ queryKey: ['get', '/4/account/{account_object_id}/lists'] }),
  ]);

export function V4ListPage({ id, page }: { id: number; page: number }) {
  const { account } = useSession();
  if (!account?.v4) {
    return (
      <Empty>
        <Link to={{ name: 'login', next: `/lists/${id}` }}>Sign in with TMDB</Link> to open your lists.
      </Empty>
    );
  }
  return <ListDetails v4={account.v4} id={id} page={page} />;
}

function ListDetails({ v4, id, page }: { v4: V4Account; id: number; page: number }) {
  const list = v4.hooks.useQuery('get', '/4/list/{list_id}', {
    params: { path: { list_id: id }, query: { page } },
  });
  useDocumentTitle(list.data?.name ?? 'List');
  if (list.isPending) return <Loading label="Loading the list…" query={list} />;
  if (list.isError) return <ErrorNotice error={list.error} subject="list" onRetry={() => list.refetch()} />;
  const details = list.data;
  return (
    <>
      <h1>{details.name}</h1>
      <p className="muted">
        {details.item_count} item{details.item_count === 1 ? '' : 's'} ·{' '}
        {details.public ? 'public' : 'private'}
        {details.description ? ` · ${details.description}` : ''}
      </p>
      <AddItemForm v4={v4} listId={id} />
      {details.results.length === 0 ? (
        <Empty>This list is empty. Add a movie or a series by its TMDB id above.</Empty>
      ) : (
        <ul className="v4-items" aria-label={`Items of ${details.name}`}>
          {details.results.map((item) => (
            <Item
              key={`${item.media_type}:${item.id}`}
              v4={v4}
              listId={id}
              item={item}
              comment={details.comments[`${item.media_type}:${item.id}`] ?? null}
            />
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        totalPages={details.total_pages}
        to={(next) => ({ name: 'v4-list', id, page: next })}
      />
      <ListActions v4={v4} listId={id} name={details.name} />
    </>
  );
}

function Item({
  v4,
  listId,
  item,
  comment,
}: {
  v4: V4Account;
  listId: number;
  item: ListItem;
  comment: string | null;
}) {
  const [draft, setDraft] = useState(comment ?? '');
  const commentId = useId();
  const title = item.media_type === 'movie' ? item.title : item.name;
  const date = item.media_type === 'movie' ? item.release_date : item.first_air_date;
  const ref = { media_type: item.media_type, media_id: item.id };
  const update = v4.hooks.useMutation('put', '/4/list/{list_id}/items', { onSuccess: refreshLists });
  const remove = v4.hooks.useMutation('delete', '/4/list/{list_id}/items', { onSuccess: refreshLists });
  const path = { params: { path: { list_id: listId } } };
  const save = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ ...path, body: { items: [{ ...ref, comment: draft }] } });
  };
  return (
    <li className="v4-item">
      <div>
        <span className={`badge badge-${item.media_type}`}>{KIND_LABELS[item.media_type]}</span>{' '}
        <Link to={item.media_type === 'movie' ? { name: 'movie', id: item.id } : { name: 'tv', id: item.id }}>
          {title}
        </Link>{' '}
        <span className="muted">{yearOf(date)}</span>
      </div>
      {comment ? <p className="comment">“{comment}”</p> : null}
      <form className="comment-form" onSubmit={save}>
        <label htmlFor={commentId}>Comment on {title}</label>
        <input id={commentId} value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" disabled={update.isPending}>
          Save comment
        </button>
        <button
          type="button"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ ...path, body: { items: [ref] } })}
        >
          Remove {title}
        </button>
      </form>
      {update.isError ? <ErrorNotice error={update.error} subject="list" /> : null}
      {remove.isError ? <ErrorNotice error={remove.error} subject="list" /> : null}
    </li>
  );
}

/** What a bulk write did, item by item: TMDB says `success: true` overall even when an item failed. */
function describeResults(results: ItemResults): string {
  const failed = results.filter((result) => !result.success);
  if (failed.length === 0) return `Added ${results.length === 1 ? 'it' : `all ${results.length}`}.`;
  const names = failed.map((result) => `${KIND_LABELS[result.media_type]} ${result.media_id}`).join(', ');
  return `Not added: ${names} (already on the list, or no such title).`;
}

function AddItemForm({ v4, listId }: { v4: V4Account; listId: number }) {
  const [mediaType, setMediaType] = useState<MediaType>('movie');
  const [mediaId, setMediaId] = useState('');
  const [outcome, setOutcome] = useState<string>();
  const typeId = useId();
  const idId = useId();
  const add = v4.hooks.useMutation('post', '/4/list/{list_id}/items', {
    onSuccess: (answer) => {
      setOutcome(describeResults(answer.results));
      setMediaId('');
      return refreshLists();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = Number(mediaId);
    if (!Number.isInteger(id) || id < 1) {
      setOutcome('Enter the TMDB id of a movie or series (a whole number).');
      return;
    }
    setOutcome(undefined);
    add.mutate({
      params: { path: { list_id: listId } },
      body: { items: [{ media_type: mediaType, media_id: id }] },
    });
  };
  return (
    <form className="v4-form add-item" onSubmit={submit} aria-label="Add an item">
      <label htmlFor={typeId}>Kind</label>
      <select
        id={typeId}
        value={mediaType}
        onChange={(event) => setMediaType(event.target.value === 'tv' ? 'tv' : 'movie')}
      >
        <option value="movie">Movie</option>
        <option value="tv">TV series</option>
      </select>
      <label htmlFor={idId}>TMDB id</label>
      <input
        id={idId}
        inputMode="numeric"
        value={mediaId}
        onChange={(event) => setMediaId(event.target.value)}
      />
      <button type="submit" disabled={add.isPending}>
        Add to list
      </button>
      {outcome ? (
        <p className="notice" role="status">
          {outcome}
        </p>
      ) : null}
      {add.isError ? <ErrorNotice error={add.error} subject="list" /> : null}
    </form>
  );
}

function ListActions({ v4, listId, name }: { v4: V4Account; listId: number; name: string }) {
  const { navigate } = useRouter();
  const path = { params: { path: { list_id: listId } } };
  // TMDB clears with a GET; as a mutation it runs only when asked (and the client never caches it).
  const clear = v4.hooks.useMutation('get', '/4/list/{list_id}/clear', { onSuccess: refreshLists });
  const remove = v4.hooks.useMutation('delete', '/4/list/{list_id}', {
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['get', '/4/list/{list_id}'] });
      void queryClient.invalidateQueries({ queryKey: ['get', '/4/account/{account_object_id}/lists'] });
      navigate({ name: 'v4-lists', page: 1 }, { replace: true });
    },
  });
  return (
    <div className="toggle-row list-actions">
      <button type="button" disabled={clear.isPending} onClick={() => clear.mutate(path)}>
        Clear {name}
      </button>
      <button
        type="button"
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(`Delete the list “${name}”?`)) remove.mutate(path);
        }}
      >
        Delete {name}
      </button>
      {clear.isError ? <ErrorNotice error={clear.error} subject="list" /> : null}
      {remove.isError ? <ErrorNotice error={remove.error} subject="list" /> : null}
    </div>
  );
}
