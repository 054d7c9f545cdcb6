// The signed-in user's v4 lists (private ones included), and a form to create one. Needs "Sign in with TMDB":
// v4 lists are read and written with the user's own access token.
import { type FormEvent, useId, useState } from 'react';
import { queryClient } from '../api.js';
import { useDocumentTitle } from '../components/details-parts.js';
import { Pagination } from '../components/pagination.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { Link, useRouter } from '../router.js';
import { useSession, type V4Account } from '../session.js';

export function V4ListsPage({ page }: { page: number }) {
  const { account } = useSession();
  useDocumentTitle('Your lists');
  return (
    <>
      <h1>Your lists</h1>
      {account?.v4 ? (
        <>
          <CreateListForm v4={account.v4} />
          <Lists v4={account.v4} page={page} />
        </>
      ) : (
        <Empty>
          Lists with movies and series together need TMDB’s own sign-in.{' '}
          <Link to={{ name: 'login', next: '/lists' }}>Sign in with TMDB</Link> to see and make yours.
        </Empty>
      )}
    </>
  );
}

function Lists({ v4, page }: { v4: V4Account; page: number }) {
  const lists = v4.hooks.useQuery('get', '/4/account/{account_object_id}/lists', {
    params: { path: { account_object_id: v4.accountObjectId }, query: { page } },
  });
  if (lists.isPending) return <Loading label="Loading your lists…" query={lists} />;
  if (lists.isError)
    return <ErrorNotice error={lists.error} subject="lists" onRetry={() => lists.refetch()} />;
  if (lists.data.results.length === 0) return <Empty>You have no lists yet. Create one above.</Empty>;
  return (
    <>
      <ul className="v4-lists" aria-label="Your lists">
        {lists.data.results.map((list) => (
          <li key={list.id}>
            <Link to={{ name: 'v4-list', id: list.id, page: 1 }}>{list.name}</Link>{' '}
            <span className="muted">
              {list.number_of_items} item{list.number_of_items === 1 ? '' : 's'} ·{' '}
              {list.public === 1 ? 'public' : 'private'}
            </span>
          </li>
        ))}
      </ul>
      <Pagination
        page={page}
        totalPages={lists.data.total_pages}
        to={(next) => ({ name: 'v4-lists', page: next })}
      />
    </>
  );
}

function CreateListForm({ v4 }: { v4: V4Account }) {
  const { navigate } = useRouter();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [isPublic, setIsPublic] = useState(false);
  const nameId = useId();
  const descriptionId = useId();
  const create = v4.hooks.useMutation('post', '/4/list', {
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['get', '/4/account/{account_object_id}/lists'] });
      navigate({ name: 'v4-list', id: created.id, page: 1 });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    // 0/1 rather than false/true: TMDB ignores `public: false` on create and would make the list public.
    create.mutate({ body: { name: name.trim(), description, iso_639_1: 'en', public: isPublic ? 1 : 0 } });
  };
  return (
    <form className="v4-form" onSubmit={submit} aria-label="Create a list">
      <h2>Create a list</h2>
      <label htmlFor={nameId}>Name</label>
      <input id={nameId} required value={name} onChange={(event) => setName(event.target.value)} />
      <label htmlFor={descriptionId}>Description</label>
      <input
        id={descriptionId}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={isPublic} onChange={(event) => setIsPublic(event.target.checked)} />
        Public
      </label>
      <button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create list'}
      </button>
      {create.isError ? <ErrorNotice error={create.error} subject="list" /> : null}
    </form>
  );
}
