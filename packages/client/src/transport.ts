import { BufferedResponse } from './buffered-response.js';
import { TmdbError } from './errors.js';
import type { Exchange, FetchFunction } from './exchange.js';
import type { Redactor } from './redact.js';
import { withTimeout } from './timeout.js';

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
    const timed = timeout === false ? undefined : withTimeout(signal, timeout);
    try {
      // Passing the signal only when it differs from the request's own saves `fetch` a Request copy.
      const attemptSignal = timed?.signal ?? signal;
      const response = await fetchImpl(
        request,
        attemptSignal === request.signal ? undefined : { signal: attemptSignal },
      );
      return new BufferedResponse(new Uint8Array(await response.arrayBuffer()), response);
    } catch (error) {
      if (signal.aborted && !timed?.timedOut()) throw signal.reason;
      const timedOut = timed?.timedOut();
      throw new TmdbError({
        kind: timedOut ? 'timeout' : 'network',
        method: request.method,
        status_message: timedOut ? `no response within ${timeout} ms` : redact(reasonOf(error)),
        cause: redact.error(error),
      });
    } finally {
      timed?.dispose();
    }
  };
}

/** `fetch failed: ECONNRESET`: the error and, for undici's wrapped errors, the system error under it. */
function reasonOf(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const detail = cause instanceof Error ? ('code' in cause ? String(cause.code) : cause.message) : '';
  return `${error instanceof Error ? error.message : String(error)}${detail ? `: ${detail}` : ''}`;
}
