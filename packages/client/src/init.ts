import type { HttpMethod, RequiredKeysOf } from 'openapi-typescript-helpers';

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
