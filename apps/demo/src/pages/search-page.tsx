// Search movies, TV series or people, a page of results at a time. The query lives in the URL, so results
// can be linked, reloaded and reached with the back button.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { tmdb } from '../api.js';
import { type Card, movieCard, personCard, tvCard } from '../cards.js';
import { CardGrid } from '../components/card-grid.js';
import { useDocumentTitle } from '../components/details-parts.js';
import { Pagination } from '../components/pagination.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { useRouter } from '../router.js';
import type { SearchKind } from '../routes.js';

const KINDS: ReadonlyArray<{ kind: SearchKind; label: string; noun: string }> = [
  { kind: 'movie', label: 'Movies', noun: 'movies' },
  { kind: 'tv', label: 'TV series', noun: 'TV series' },
  { kind: 'person', label: 'People', noun: 'people' },
];

export function SearchPage({ query, kind, page }: { query: string; kind: SearchKind; page: number }) {
  const { navigate } = useRouter();
  const [draft, setDraft] = useState(query);
  const inputId = useId();
  useDocumentTitle(query ? `“${query}”` : 'Search');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate({ name: 'search', query: draft.trim(), kind, page: 1 });
  };
  return (
    <>
      <h1>Search</h1>
      <search>
        <form className="search-form" onSubmit={submit}>
          <label htmlFor={inputId}>Title or name</label>
          <div className="search-row">
            <input
              id={inputId}
              type="search"
              name="q"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              placeholder="e.g. Orbit"
              autoComplete="off"
            />
            <button type="submit">Search</button>
          </div>
          <fieldset className="segmented">
            <legend>Look for</legend>
            {KINDS.map((option) => (
              <label key={option.kind}>
                <input
                  type="radio"
                  name="kind"
                  value={option.kind}
                  checked={kind === option.kind}
                  onChange={() =>
                    navigate({ name: 'search', query: draft.trim(), kind: option.kind, page: 1 })
                  }
                />
                {option.label}
              </label>
            ))}
          </fieldset>
        </form>
      </search>
      {query === '' ? (
        <Empty>Type a title or a name to search TMDB.</Empty>
      ) : (
        <SearchResults query={query} kind={kind} page={page} />
      )}
    </>
  );
}

interface Results {
  readonly cards: readonly Card[];
  readonly totalPages: number;
  readonly totalResults: number;
}

function SearchResults({ query, kind, page }: { query: string; kind: SearchKind; page: number }) {
  // One query per kind keeps each result typed by its own operation; only the selected one runs.
  const movies = useQuery({
    queryKey: ['search', 'movie', query, page],
    queryFn: ({ signal }) => tmdb.search.movies({ query, page, signal }),
    enabled: kind === 'movie',
    select: (data): Results => ({
      cards: data.results.map(movieCard),
      totalPages: data.total_pages,
      totalResults: data.total_results,
    }),
  });
  const series = useQuery({
    queryKey: ['search', 'tv', query, page],
    queryFn: ({ signal }) => tmdb.search.tvSeries({ query, page, signal }),
    enabled: kind === 'tv',
    select: (data): Results => ({
      cards: data.results.map(tvCard),
      totalPages: data.total_pages,
      totalResults: data.total_results,
    }),
  });
  const people = useQuery({
    queryKey: ['search', 'person', query, page],
    queryFn: ({ signal }) => tmdb.search.people({ query, page, signal }),
    enabled: kind === 'person',
    select: (data): Results => ({
      cards: data.results.map(personCard),
      totalPages: data.total_pages,
      totalResults: data.total_results,
    }),
  });
  const result = kind === 'movie' ? movies : kind === 'tv' ? series : people;
  const noun = KINDS.find((option) => option.kind === kind)?.noun ?? 'results';

  if (result.isPending) return <Loading label={`Searching ${noun}…`} query={result} />;
  if (result.isError)
    return <ErrorNotice error={result.error} subject="search results" onRetry={() => result.refetch()} />;
  const { cards, totalPages, totalResults } = result.data;
  if (cards.length === 0) {
    return (
      <Empty>
        No {noun} match “{query}”{page > 1 ? ` on page ${page}` : ''}.
      </Empty>
    );
  }
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">
        {totalResults} {noun} for “{query}”
      </h2>
      <CardGrid cards={cards} label={`Search results for ${query}`} />
      <Pagination
        page={page}
        totalPages={totalPages}
        to={(next) => ({ name: 'search', query, kind, page: next })}
      />
    </section>
  );
}
