import type { Client, MaybeOptionalInit } from 'openapi-fetch';
import type { PathsWithMethod } from 'openapi-typescript-helpers';
import { TmdbError, unwrap } from './errors.js';
import type { InitParam, PaginatedPath, PathsShape } from './operation-types.js';
import { queryMiddleware } from './requests.js';

/** TMDB refuses pages above 500 whatever `total_pages` says. */
export const TMDB_MAX_PAGE = 500;

export interface PaginateOptions {
  /** Stop after this many pages (counted from the first one fetched). Default: all of them. */
  maxPages?: number;
}

/**
 * The pages of a paginated operation, fetched one at a time as they are iterated:
 * `for await (const page of pages)`, or item by item with `for await (const movie of pages.items())`.
 * Stops at `total_pages`, at TMDB's 500-page cap, at an empty page or after `maxPages`; a failed page
 * throws a `TmdbError`. Each iteration starts again from the first page.
 */
export class Pages<Page> implements AsyncIterable<Page> {
  readonly #fetchPage: (page: number) => Promise<Page>;
  readonly #firstPage: number;
  readonly #maxPages: number;

  constructor(
    fetchPage: (page: number) => Promise<Page>,
    firstPage = 1,
    maxPages = Number.POSITIVE_INFINITY,
  ) {
    this.#fetchPage = fetchPage;
    this.#firstPage = firstPage;
    this.#maxPages = maxPages;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Page, void, undefined> {
    let page = this.#firstPage;
    for (let fetched = 0; fetched < this.#maxPages; fetched++) {
      const data = await this.#fetchPage(page);
      // Checked before the page is handed out, so a body without an envelope never reaches `items()`.
      const { page: current, total_pages: total, results } = envelopeOf(data);
      yield data;
      if (!results.length || current >= Math.min(total, TMDB_MAX_PAGE)) return;
      page = current + 1;
    }
  }

  /** Every item of every page, in order. */
  async *items<Item>(
    this: Pages<{ readonly results: readonly Item[] }>,
  ): AsyncGenerator<Item, void, undefined> {
    for await (const page of this) yield* page.results;
  }

  /** All items in one array; mind `maxPages` on large result sets (up to 10 000 items). */
  async toArray<Item>(this: Pages<{ readonly results: readonly Item[] }>): Promise<Item[]> {
    const items: Item[] = [];
    for await (const item of this.items()) items.push(item);
    return items;
  }
}

/** Reads the envelope of a page whatever its item type; a body without one is an invalid response. */
function envelopeOf(data: unknown): { page: number; total_pages: number; results: unknown[] } {
  if (
    typeof data === 'object' &&
    data !== null &&
    'page' in data &&
    typeof data.page === 'number' &&
    'total_pages' in data &&
    typeof data.total_pages === 'number' &&
    'results' in data &&
    Array.isArray(data.results)
  ) {
    return { page: data.page, total_pages: data.total_pages, results: data.results };
  }
  throw new TmdbError({
    kind: 'invalid-response',
    method: 'GET',
    status: 200,
    status_message: 'no page envelope',
  });
}

/**
 * `paginate(client, path, init)`: the pages of a paginated operation. Only paths whose GET answers with
 * TMDB's page envelope are accepted; `init` is exactly what `client.GET(path, init)` takes (its `page`, if
 * any, is the first page), plus `maxPages`. Works with session clients too.
 */
export function paginate<
  Paths extends PathsShape<Paths>,
  P extends PaginatedPath<Paths> & PathsWithMethod<Paths, 'get'>,
  Init extends MaybeOptionalInit<Paths[P], 'get'> & PaginateOptions,
>(client: Client<Paths>, path: P, ...init: InitParam<Init>) {
  const options = init[0];
  const query = options?.params && 'query' in options.params ? options.params.query : undefined;
  const firstPage = Number(query && typeof query === 'object' && 'page' in query ? query.page : 1);
  return new Pages(
    async (page) => {
      // The page goes in through a middleware of this request alone, so the caller's `init` reaches `GET`
      // as it is (every page typed exactly like `client.GET(path, init)`) and concurrent iterations of one
      // `Pages` cannot see each other's page.
      const middleware = [...(options?.middleware ?? []), queryMiddleware({ page: String(page) })];
      return unwrap(await client.GET<P, Init>(path, Object.assign({}, options, { middleware })));
    },
    firstPage,
    options?.maxPages,
  );
}
