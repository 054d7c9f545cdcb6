// Every operation's handler, keyed by operationId.
import { authenticationHandlers } from './authentication.js';
import { configurationHandlers } from './configuration.js';
import type { HandlerTable } from './contract.js';
import { movieHandlers } from './movies.js';
import { searchHandlers } from './search.js';

// While the spec is being written in parallel the table covers the operations that have landed; it becomes
// `satisfies HandlerTable` (every operation, compile-time checked) once the spec is complete.
export const handlers = {
  ...authenticationHandlers,
  ...configurationHandlers,
  ...searchHandlers,
  ...movieHandlers,
} satisfies Partial<HandlerTable>;
