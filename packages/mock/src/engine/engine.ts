// The fake's request pipeline, independent of any transport: the node:http server and the MSW handlers
// both feed it requests and send back what it answers.
//   CORS preflight -> latency -> rate limit -> simulated fault -> route -> credentials -> validation -> handler

import { CORS_HEADERS } from '../core/cors.js';
import { createSeededRandom } from '../core/random.js';
import { type TmdbFailure, tmdbErrors } from '../core/tmdb-errors.js';
import { mockData } from '../data/index.js';
import type {
  Handler,
  HandlerContext,
  HandlerTable,
  JsonResponse,
  OperationId,
} from '../handlers/contract.js';
import { handlers } from '../handlers/table.js';
import { bundledSpec } from '../openapi/bundled-spec.js';
import { indexSpec, type SpecIndex } from '../openapi/operations.js';
import { parseRequest, type RequestProblem } from '../openapi/request-parser.js';
import { createRouter, type RouteMatch } from '../openapi/router.js';
import { isoDay } from '../responses/media-common.js';
import { createStateView, type MockStateView } from '../state/snapshot.js';
import { createState, type MockState } from '../state/store.js';
import { hasAcceptedCredentials } from './credentials.js';
import { type MockOptions, resolveOptions } from './options.js';
import { createTrouble } from './trouble.js';

export interface MockRequest {
  readonly method: string;
  readonly url: URL;
  /** The Authorization header, if any. */
  readonly authorization: string | null;
  readonly bodyText: string | undefined;
}

export interface MockResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text, or undefined for bodiless answers (preflights). */
  readonly body: string | undefined;
}

export type MockSettings = Omit<MockOptions, 'seed'> & { readonly seed?: number };

export interface MockEngine {
  handle(request: MockRequest): Promise<MockResponse>;
  /** Forgets every token, session, mark, rating and list, and restarts the seeded streams. */
  reset(): void;
  /** Changes options for the following requests; a new `seed` or `users` takes effect at the next reset(). */
  configure(options: MockSettings): void;
  readonly state: MockStateView;
  /** The operationIds the fake serves (all of the bundled spec's). */
  readonly operationIds: readonly string[];
}

const table: HandlerTable = handlers;

function isOperationId(candidate: string): candidate is OperationId {
  return Object.hasOwn(table, candidate);
}

export function createMockEngine(
  options: MockOptions = {},
  spec: SpecIndex = indexSpec(bundledSpec),
): MockEngine {
  let settings = resolveOptions(options);
  const router = createRouter(spec.operations);
  let state: MockState;
  let trouble: ReturnType<typeof createTrouble>;
  const reset = () => {
    state = createState(settings.seed, settings.users, () => settings.now());
    trouble = createTrouble(
      () => settings,
      createSeededRandom(settings.seed ^ 0x5bd1e995),
      createSeededRandom(settings.seed ^ 0x27d4eb2f),
    );
  };
  reset();

  const answer = (failure: TmdbFailure, extraHeaders: Record<string, string> = {}): MockResponse =>
    json(failure.httpStatus, failure.body, extraHeaders);

  async function handle(request: MockRequest): Promise<MockResponse> {
    const response = await answerTo(request);
    // HEAD is GET without the body, as on TMDB: same status, same headers.
    return request.method.toUpperCase() === 'HEAD' ? { ...response, body: undefined } : response;
  }

  async function answerTo(request: MockRequest): Promise<MockResponse> {
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS') return { status: 204, headers: { ...CORS_HEADERS }, body: undefined };
    const delay = trouble.latency();
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const limited = trouble.admit();
    if (limited) return answer(limited.failure, { 'retry-after': String(limited.retryAfterSeconds) });
    const fault = trouble.fault();
    if (fault) return answer(fault);

    const routed = method === 'HEAD' ? 'GET' : method;
    const match = router.match(routed, request.url.pathname);
    if (!match) {
      const allowed = allowedMethods(router.methodsAt(request.url.pathname));
      if (allowed.length === 0) return answer(tmdbErrors.unknownRoute());
      return answer(tmdbErrors.methodNotAllowed(method, allowed), { allow: allowed.join(', ') });
    }
    if (!hasAcceptedCredentials(settings, request.authorization, request.url))
      return answer(tmdbErrors.invalidCredentials());
    try {
      return dispatch(match, request);
    } catch {
      // A bug in a handler must look like TMDB having a bad moment, never leak a stack or a credential.
      return answer(tmdbErrors.internalError());
    }
  }

  function dispatch(match: RouteMatch, request: MockRequest): MockResponse {
    const { operationId } = match.operation;
    // Only possible when openapi.json and the generated types come from different generations.
    if (!isOperationId(operationId)) return answer({ ...tmdbErrors.internalError(), httpStatus: 501 });
    return run(operationId, match, request);
  }

  function run<K extends OperationId>(operationId: K, match: RouteMatch, request: MockRequest): MockResponse {
    const handler: Handler<K> = table[operationId];
    const parsed = parseRequest(
      spec.document,
      operationId,
      match.operation,
      match.rawPathParams,
      request.url.searchParams,
      request.bodyText,
    );
    if (!parsed.ok) return problemResponse(operationId, parsed.problem, match.operation.responseStatuses);
    const context: HandlerContext = { data: mockData, state, today: isoDay(settings.now()) };
    const response: JsonResponse<K> = handler(parsed.request, context);
    return json(Number(response.status), response.body);
  }

  return {
    handle,
    reset,
    configure(next) {
      settings = resolveOptions(next, settings);
    },
    state: createStateView(() => state),
    operationIds: spec.operations.map((operation) => operation.operationId),
  };
}

/** The answer TMDB gives to each kind of invalid request, limited to the statuses the operation declares. */
function problemResponse(
  operationId: OperationId,
  problem: RequestProblem,
  declared: ReadonlySet<number>,
): MockResponse {
  const listed = () => json(422, { success: false, errors: problem.messages });
  switch (problem.kind) {
    case 'path':
      return json(404, tmdbErrors.invalidId().body);
    case 'page':
      return json(400, tmdbErrors.invalidPage().body);
    case 'date':
      return declared.has(400) ? json(400, tmdbErrors.invalidDate().body) : listed();
    case 'query':
      if (!declared.has(422) && declared.has(400)) return json(400, tmdbErrors.invalidParameters().body);
      return listed();
    case 'body': {
      if (!declared.has(400)) return listed();
      const failure =
        operationId === 'createSessionIdWithLogin'
          ? tmdbErrors.loginFieldsMissing()
          : tmdbErrors.invalidValue();
      return json(400, failure.body);
    }
  }
}

/** The methods to name in `Allow`: those the spec serves at the path, and HEAD wherever GET is. */
function allowedMethods(served: readonly string[]): string[] {
  const upper = served.map((method) => method.toUpperCase());
  return upper.includes('GET') ? [...upper, 'HEAD'] : upper;
}

function json(status: number, body: unknown, extraHeaders: Record<string, string> = {}): MockResponse {
  return {
    status,
    headers: { ...CORS_HEADERS, 'content-type': 'application/json;charset=utf-8', ...extraHeaders },
    body: JSON.stringify(body),
  };
}
