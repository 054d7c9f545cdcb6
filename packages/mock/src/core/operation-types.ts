// The typed shape of one spec operation, derived from the generated `operations` type: its path, query and
// body parameters and the JSON responses it declares. The request parser produces these and handlers
// consume them, so a spec change reaches both through the types.
import type { operations } from '@tmdb-kit/types';

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
