// The contract every handler is written against, derived from the generated `operations` type: typed path,
// query and body in; one of the operation's declared JSON responses out. Renaming a field, adding a
// required parameter or changing a response schema in the spec therefore breaks the handler's typecheck.
import type { HandlerRequest, JsonResponse, OperationId } from '../core/operation-types.js';
import type { MockData } from '../data/index.js';
import type { MockState } from '../state/store.js';

export type {
  HandlerRequest,
  JsonResponse,
  OperationId,
  PathParams,
  QueryParams,
  RequestBody,
  SuccessBody,
} from '../core/operation-types.js';

/** What a handler may use besides its request: the data set and the per-server mutable state. */
export interface HandlerContext {
  readonly data: MockData;
  readonly state: MockState;
  /** The fake's current day (UTC, `YYYY-MM-DD`) from its clock: release charts and TV schedules use it. */
  readonly today: string;
}

export type Handler<K extends OperationId> = (
  request: HandlerRequest<K>,
  context: HandlerContext,
) => JsonResponse<K>;

/** One handler per operation in the spec, no more and no fewer. */
export type HandlerTable = { readonly [K in OperationId]: Handler<K> };
