import { BufferedResponse } from './buffered-response.js';
import { TmdbError } from './errors.js';
import type { Exchange, FetchFunction } from './exchange.js';
import type { Redactor } from './redact.js';
import { deadline, follow } from './timeout.js';

/**
 * The innermost stage: one HTTP attempt under its timeout (`false` for none), reading the whole body.
 * Failures become `TmdbError`s (`timeout` or `network`), except the caller's own abort, which rejects with
 * the caller's reason as `fetch` does.
 */
export function createTransport(
  fetchImpl: FetchFunction,
  timeout: number | false,
  redact: Redactor,
): Exchange {
  return async (request, signal) => {
    signal.throwIfAborted();
    // Without a timeout the request's own signal, which follows the caller's, is all that is needed.
    const controller = timeout === false ? undefined : new AbortController();
    const unfollow = controller ? follow(signal, controller) : undefined;
    const timer = controller && timeout !== false ? deadline(controller, timeout) : undefined;
    try {
      const response = await send(fetchImpl, request, controller?.signal);
      return new BufferedResponse(new Uint8Array(await response.arrayBuffer()), response);
    } catch (error) {
      const timedOut = timer?.passed();
      if (signal.aborted && !timedOut) throw signal.reason;
      throw new TmdbError({
        kind: timedOut ? 'timeout' : 'network',
        method: request.method,
        status_message: timedOut ? `no response within ${timeout} ms` : redact(reasonOf(error)),
        cause: redact.error(error),
      });
    } finally {
      timer?.clear();
      unfollow?.();
    }
  };
}

/**
 * Sends `request` under `signal`. A request without a body is sent as its URL and options rather than as
 * a `Request` with a new signal: `fetch` copies a `Request` it is given, and a copy that follows a second
 * signal costs undici about as much as the rest of the client's work on a request. (Of the options, those
 * that matter to an API call are kept: `referrer`, `integrity` and `keepalive` are not.)
 */
function send(
  fetchImpl: FetchFunction,
  request: Request,
  signal: AbortSignal | undefined,
): Promise<Response> {
  if (!signal) return fetchImpl(request);
  if (request.body !== null) return fetchImpl(request, { signal });
  return fetchImpl(request.url, {
    method: request.method,
    headers: request.headers,
    signal,
    redirect: request.redirect,
    credentials: request.credentials,
    cache: request.cache,
  });
}

/** `fetch failed: ECONNRESET`: the error and, for undici's wrapped errors, the system error under it. */
function reasonOf(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const detail = cause instanceof Error ? ('code' in cause ? String(cause.code) : cause.message) : '';
  return `${error instanceof Error ? error.message : String(error)}${detail ? `: ${detail}` : ''}`;
}
