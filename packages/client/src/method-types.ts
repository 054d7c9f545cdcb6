// The types of the operation methods (`tmdb.movies.details(550)`). Everything an operation takes and
// returns comes from the generated `OperationFacts` as direct indexed accesses; the few conditional types
// here run once per method a file touches, and every parameter type is fixed before the call is checked
// (nothing is inferred from the arguments but the append keys), so misspelt keys are compile errors.
import type { MethodName, OperationFacts, TmdbMethodTree } from '@tmdb-kit/types';
import type { Pages, PaginateOptions } from './paginate.js';

/** The shape of one entry of `OperationFacts`. */
interface Facts {
  lead: readonly unknown[];
  params: unknown;
  required: string;
  result: unknown;
}

type UpTo20 = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;

/** A literal list of append keys: TMDB ignores a request with more than 20. */
export type AppendList<Key> = readonly Key[] & { readonly length: UpTo20 };

/** What the requested appends add to a details body, each present (the client checks that it came back). */
export type AppendedKeys<Appends, Keys extends readonly PropertyKey[]> = {
  [Key in Keys[number] & keyof Appends]-?: Exclude<Appends[Key], undefined>;
};

/** The flat parameters with the keys a scoped client fills in (`session_id`) made optional. */
type Scoped<Params, Filled extends string> = [Filled & keyof Params] extends [never]
  ? Params
  : Omit<Params, Filled> & Partial<Pick<Params, Filled & keyof Params>>;

/** What every call takes next to its parameters. */
export interface CallOptions {
  /** Aborts the call, its retries and waits included (a `TmdbError` of kind `network` or the abort reason). */
  signal?: AbortSignal;
}

/** The trailing parameter object: optional, or required when a key the client does not fill is. */
type Tail<F extends Facts, Filled extends string, Extra> = [F['params']] extends [never]
  ? [options?: CallOptions & Extra]
  : [Exclude<F['required'], Filled>] extends [never]
    ? [params?: Scoped<F['params'], Filled> & CallOptions & Extra]
    : [params: Scoped<F['params'], Filled> & CallOptions & Extra];

/** Calls the operation and resolves to its success body; a failure rejects with a `TmdbError`. */
export type OperationCall<F extends Facts, Filled extends string> = (
  ...args: [...F['lead'], ...Tail<F, Filled, unknown>]
) => Promise<F['result']>;

/** The item type of a page body (`results`). */
export type PageItem<Page> = Page extends { readonly results: readonly (infer Item)[] } ? Item : never;

/** A paginated operation: callable for one page, with `pages(...)` and `items(...)` to iterate. */
export type PagedMethod<F extends Facts, Filled extends string> = OperationCall<F, Filled> & {
  /**
   * The pages, fetched one at a time as they are iterated (`for await (const page of ...)`), starting at
   * `page` (default 1) and stopping at the last page, TMDB's 500-page cap or after `maxPages`.
   */
  pages(...args: [...F['lead'], ...Tail<F, Filled, PaginateOptions>]): Pages<F['result']>;
  /** The items of every page, in order (`for await (const movie of ...)`); same parameters as `pages`. */
  items(...args: [...F['lead'], ...Tail<F, Filled, PaginateOptions>]): AsyncIterable<PageItem<F['result']>>;
};

/**
 * A details operation that takes `append_to_response`: `append: ['credits', 'videos']` (a literal list of at
 * most 20 keys, TV `season/${number}` too) adds exactly those properties to the result.
 */
export type AppendMethod<F extends Facts, Filled extends string, Appends> = <
  const Keys extends AppendList<keyof Appends & string> = [],
>(
  ...args: [...F['lead'], ...Tail<F, Filled, { append?: Keys }>]
) => Promise<[Keys[number]] extends [never] ? F['result'] : F['result'] & AppendedKeys<Appends, Keys>>;

/** The method of one operation, for a client that fills in `Filled` itself. */
export type OperationMethod<F extends Facts, Filled extends string> = F extends { appends: infer Appends }
  ? AppendMethod<F, Filled, Appends>
  : F extends { paged: true }
    ? PagedMethod<F, Filled>
    : OperationCall<F, Filled>;

/** Every operation method by name (what `TmdbMethodTree` places in its namespaces). */
export type MethodsByName<Filled extends string> = {
  [Name in MethodName]: OperationMethod<OperationFacts[Name], Filled>;
};

/**
 * The operation methods of a client, grouped by the spec's namespaces: `tmdb.movies.details(550)`,
 * `tmdb.search.movies({ query: 'orbit' })`. `Filled` is what the client fills in itself (a session client:
 * `'session_id'`), optional in every method that takes it.
 */
export type TmdbMethods<Filled extends string = never> = TmdbMethodTree<MethodsByName<Filled>>;
