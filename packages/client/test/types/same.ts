/**
 * `true` when each type is assignable to the other. openapi-fetch passes bodies through a `Readable<>`
 * mapping that is structurally, not nominally, the spec's schema, so strict equality would be too strict.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
