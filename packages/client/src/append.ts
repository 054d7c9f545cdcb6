import { type components, MAX_APPENDS } from '@tmdb-kit/types';
import type { Client, MaybeOptionalInit } from 'openapi-fetch';
import type { PathsWithMethod } from 'openapi-typescript-helpers';
import { scopeOf } from './create-client.js';
import { TmdbError, unwrap } from './errors.js';
import type {
  InitParam,
  JsonOk,
  OperationAt,
  OperationsTaking,
  PathsShape,
  Same,
} from './operation-types.js';
import { queryMiddleware } from './requests.js';

type Schemas = components['schemas'];

/** Paths whose GET takes `append_to_response` (the details of movies, series, seasons, episodes, people). */
export type AppendablePath<Paths> =
  OperationsTaking<Paths, 'query', 'append_to_response'> extends `GET ${infer P}` ? P & keyof Paths : never;

type AppendsSchemaName = Extract<keyof Schemas, `${string}Appends`>;
type DetailsSchemaName<Name> = Name extends `${infer Thing}Appends`
  ? `${Thing}Details` & keyof Schemas
  : never;

/**
 * The `<Thing>Appends` schema behind a details operation: the one whose `allOf` with `<Thing>Details` is
 * the operation's 200 body, as the spec's conventions require.
 */
export type AppendsSchemaOf<Paths, P extends keyof Paths> = {
  [Name in AppendsSchemaName]: Same<
    JsonOk<OperationAt<Paths, P, 'get'>>,
    Schemas[DetailsSchemaName<Name>] & Schemas[Name]
  > extends true
    ? Name
    : never;
}[AppendsSchemaName];

/** The keys `append_to_response` accepts for `P`: exactly the Appends schema's properties (and `season/${number}`). */
export type AppendKey<Paths, P extends keyof Paths> = keyof Schemas[AppendsSchemaOf<Paths, P>] & string;

/** The property each requested key adds, typed like the sub-resource. */
export type Appended<Paths, P extends keyof Paths, Keys extends readonly PropertyKey[]> = {
  [Key in Keys[number] & AppendKey<Paths, P>]-?: Exclude<Schemas[AppendsSchemaOf<Paths, P>][Key], undefined>;
};

type UpTo20 = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;

/** Rejects, at compile time, key lists that are longer than 20 or whose length is not known. */
export type AtMost20Appends<Keys extends readonly unknown[]> = Keys['length'] extends UpTo20
  ? unknown
  : { 'TMDB accepts at most 20 append_to_response keys, as a literal list': never };

/**
 * `paths` as `details` sees it: each details operation answers with its `<Thing>Details` alone (what was
 * appended is added back per call from the requested keys) and takes no `append_to_response` of its own.
 */
export type DetailsPaths<Paths> = {
  [P in keyof Paths]: P extends AppendablePath<Paths>
    ? { [M in keyof Paths[P]]: M extends 'get' ? BaseOperation<Paths[P][M], P, Paths> : Paths[P][M] }
    : Paths[P];
};

type BaseOperation<Op, P extends keyof Paths, Paths> = {
  [K in keyof Op]: K extends 'responses'
    ? {
        [S in keyof Op[K]]: S extends 200
          ? { content: { 'application/json': BaseDetails<Paths, P> } }
          : Op[K][S];
      }
    : K extends 'parameters'
      ? {
          [L in keyof Op[K]]: L extends 'query'
            ? Omit<NonNullable<Op[K][L]>, 'append_to_response'>
            : Op[K][L];
        }
      : Op[K];
};

type BaseDetails<Paths, P extends keyof Paths> = Schemas[DetailsSchemaName<AppendsSchemaOf<Paths, P>>];

/**
 * `details(client, path, append, init)`: a details operation (movie, series, season, episode, person) with
 * `append_to_response`, typed as the details plus exactly the requested keys. `init` is what `GET(path,
 * init)` takes, without `append_to_response`; at most 20 keys, checked at compile time.
 */
export async function details<
  Paths extends PathsShape<Paths>,
  P extends AppendablePath<Paths> & PathsWithMethod<DetailsPaths<Paths>, 'get'>,
  Init extends MaybeOptionalInit<DetailsPaths<Paths>[P], 'get'>,
  const Keys extends readonly AppendKey<Paths, P>[] = [],
>(client: Client<Paths>, path: P, append: Keys & AtMost20Appends<Keys>, ...init: InitParam<Init>) {
  const keys: readonly string[] = append;
  if (keys.length > MAX_APPENDS) throw new RangeError(`at most ${MAX_APPENDS} appends`);
  const options = init[0];
  const middleware = [...(options?.middleware ?? [])];
  if (keys.length) middleware.push(queryMiddleware({ append_to_response: keys.join() }));
  const view = scopeOf(client).viewAs<DetailsPaths<Paths>>();
  const data = unwrap(await view.GET<P, Init>(path, Object.assign({}, options, { middleware })));
  if (!hasAppends<Paths, P, Keys, typeof data>(data, append)) {
    throw new TmdbError({
      kind: 'invalid-response',
      method: 'GET',
      path: String(path),
      status_message: 'appends missing',
    });
  }
  return data;
}

/**
 * Checks that every requested append came back: the `Appended` part of the result type is what this
 * verified (the values are typed by the spec, as every response body is).
 */
function hasAppends<Paths, P extends keyof Paths, Keys extends readonly AppendKey<Paths, P>[], Base>(
  data: Base,
  keys: Keys,
): data is Base & Appended<Paths, P, Keys> {
  return keys.every(
    (key) => typeof data === 'object' && data !== null && Reflect.get(data, key) !== undefined,
  );
}
