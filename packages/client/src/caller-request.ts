/** The signal of calls that passed none: it never aborts, and the transport does not listen to it. */
export const NEVER_ABORTED: AbortSignal = new AbortController().signal;

/**
 * The `Request` class the client gives openapi-fetch: a plain request that remembers whether the caller
 * passed a `signal`, so the transport only listens for the caller's abort when there can be one (every
 * listener on an `AbortSignal` has a real cost per request in Node).
 */
export class CallerRequest extends Request {
  readonly #callerSignal: AbortSignal;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this.#callerSignal = init?.signal ?? NEVER_ABORTED;
  }

  /**
   * openapi-fetch checks what middleware returns with `instanceof` against this class; any `Request` must
   * pass, as it would with the global class, so `new Request(url, request)` in a middleware keeps working.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }

  /**
   * What the caller's abort looks like for `request`: the signal it passed (`NEVER_ABORTED` when it passed
   * none), or, for a request some middleware rebuilt, the request's own signal.
   */
  static callerSignal(request: Request): AbortSignal {
    return #callerSignal in request ? request.#callerSignal : request.signal;
  }
}
