// The type tests compare types as the helpers do: one definition, in the client's type-level module.
export type { Same } from '../../src/operation-types.js';
