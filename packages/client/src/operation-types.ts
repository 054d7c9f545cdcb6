// Type-level views of the generated `paths`, shared by the helpers. Nothing here names an operation:
// everything is computed from the spec, so a spec change shows up as a type change.
import type { components } from '@tmdb-kit/types';
import type { HttpMethod, RequiredKeysOf } from 'openapi-typescript-helpers';

export type ParameterLocation = 'query' | 'path';

/**
 * openapi-fetch's own rest-parameter type for a call's `init` (not exported by it): optional when nothing in
 * it is required. Mirrored exactly so helpers can take an `init` and forward it to `client.GET` unchanged,
 * keeping every call as strictly typed as a direct one.
 */
export type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & { [key: string]: unknown })?]
    : [Init & { [key: string]: unknown }];

/**
 * What the helpers need to know of a `paths` type: every path item has the HTTP method keys (openapi-typescript
 * always writes all of them, absent ones as `?: never`).
 */
export type PathsShape<Paths> = { [P in keyof Paths]: { [M in HttpMethod]?: unknown } };

/** `true` when each type is assignable to the other (bodies pass through openapi-fetch's `Readable<>`). */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The operation at `Paths[P][M]`, or never when the path has no such method. */
export type OperationAt<Paths, P extends keyof Paths, M extends HttpMethod> = Paths[P] extends {
  [K in M]: infer Op;
}
  ? Op
  : never;

/** The JSON body of an operation's 200 response. */
export type JsonOk<Op> = Op extends { responses: { 200: { content: { 'application/json': infer Body } } } }
  ? Body
  : never;

/** The parameters an operation takes at `Location` (`{}` when it takes none there). */
export type ParametersAt<Op, Location extends ParameterLocation> = Op extends {
  parameters: { [L in Location]?: infer Parameters };
}
  ? [NonNullable<Parameters>] extends [never]
    ? Record<never, never>
    : NonNullable<Parameters>
  : Record<never, never>;

/** `"GET /3/movie/{movie_id}"`: how the runtime tables name an operation (method as sent on the wire). */
export type OperationKey<P, M extends HttpMethod> = `${Uppercase<M>} ${P & string}`;

/** The keys of every operation. */
export type AllOperations<Paths> = {
  [P in keyof Paths]: {
    [M in HttpMethod]: [OperationAt<Paths, P, M>] extends [never] ? never : OperationKey<P, M>;
  }[HttpMethod];
}[keyof Paths];

/** The keys of every operation that takes parameter `Name` at `Location`. */
export type OperationsTaking<Paths, Location extends ParameterLocation, Name extends string> = {
  [P in keyof Paths]: {
    [M in HttpMethod]: [OperationAt<Paths, P, M>] extends [never]
      ? never
      : Name extends keyof ParametersAt<OperationAt<Paths, P, M>, Location>
        ? OperationKey<P, M>
        : never;
  }[HttpMethod];
}[keyof Paths];

/** The paginated envelope every `<Thing>Page` schema extends. */
export type PageEnvelope = components['schemas']['Page'] & { results: readonly unknown[] };

/** Paths whose GET answers 200 with the paginated envelope. */
export type PaginatedPath<Paths> = {
  [P in keyof Paths]: [JsonOk<OperationAt<Paths, P, 'get'>>] extends [never]
    ? never
    : JsonOk<OperationAt<Paths, P, 'get'>> extends PageEnvelope
      ? P
      : never;
}[keyof Paths];

/** Flattens intersections into one object type (readable hovers; openapi-fetch's key checks see one object). */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** `T` with `Name` optional; the other keys keep their modifiers. */
type Loosen<T, Name extends PropertyKey> = Simplify<Omit<T, Name> & { [K in Name & keyof T]?: T[K] }>;

type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];

/** Parameters with `Name` optional at `Location`, and the location itself optional once nothing in it is required. */
type LoosenParameters<Params, Location extends ParameterLocation, Name extends string> = Simplify<
  Omit<Params, Location> &
    ([RequiredKeys<Loosen<NonNullable<Params[Location & keyof Params]>, Name>>] extends [never]
      ? { [L in Location]?: Loosen<NonNullable<Params[Location & keyof Params]>, Name> }
      : { [L in Location]: Loosen<NonNullable<Params[Location & keyof Params]>, Name> })
>;

type LoosenOperation<
  Op,
  Location extends ParameterLocation,
  Name extends string,
> = Name extends keyof ParametersAt<Op, Location>
  ? { [K in keyof Op]: K extends 'parameters' ? LoosenParameters<Op[K], Location, Name> : Op[K] }
  : Op;

/**
 * `Paths` as seen by a client that fills in parameter `Name` itself (a session client and `session_id`):
 * wherever an operation takes it at `Location`, it becomes optional.
 */
export type PathsFilling<Paths, Location extends ParameterLocation, Name extends string> = {
  [P in keyof Paths]: {
    [M in keyof Paths[P]]: M extends HttpMethod ? LoosenOperation<Paths[P][M], Location, Name> : Paths[P][M];
  };
};
