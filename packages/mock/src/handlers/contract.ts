// The contract every handler is written against, derived from the generated `operations` type: typed path,
// query and body in; one of the operation's declared JSON responses out. Renaming a field, adding a
// required parameter or changing a response schema in the spec therefore breaks the handler's typecheck.
import type { operations } from '@tmdb-kit/types';
import type { MockData } from '../data/index.js';
import type { MockState } from '../state/store.js';

export type OperationId = keyof operations;

type Present<T> = [NonNullable<T>] extends [never] ? Record<string, never> : NonNullable<T>;

export type PathParams<K extends OperationId> = Present<operations[K]['parameters']['path']>;
export type QueryParams<K extends OperationId> = Present<operations[K]['parameters']['query']>;
export type RequestBody<K extends OperationId> = BodyOf<operations[K]['requestBody']>;
type BodyOf<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;

type Responses<K extends OperationId> = operations[K]['responses'];

/** One of the operation's declared responses that has a JSON body: its status and that body. */
export type JsonResponse<K extends OperationId> = {
  [S in keyof Responses<K>]: Responses<K>[S] extends { content: { 'application/json': infer B } }
    ? { readonly status: S; readonly body: B }
    : never;
}[keyof Responses<K>];

/** The body of the operation's 200 (or 201) response. */
export type SuccessBody<K extends OperationId> = Extract<JsonResponse<K>, { status: 200 | 201 }>['body'];

export interface HandlerRequest<K extends OperationId> {
  readonly operationId: K;
  readonly path: PathParams<K>;
  readonly query: QueryParams<K>;
  readonly body: RequestBody<K>;
}

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
