import type { BufferedResponse } from './buffered-response.js';
import type { Exchange } from './exchange.js';
import { onAbort } from './timeout.js';

/**
 * Identifies requests that must get the same answer: method, URL (language, session and `api_key` are
 * query parameters) and credentials. Other headers do not change what TMDB answers.
 */
export function requestKey(request: Request): string {
  return `${request.method} ${request.url} ${request.headers.get('authorization')}`;
}

interface Flight {
  promise: Promise<BufferedResponse>;
  /** The signal of the call that started the flight: its abort ends the flight. */
  signal: AbortSignal;
}

/**
 * Shares one in-flight GET (or HEAD) between identical concurrent calls. The first call's request is the
 * one sent, under its own signal, so a call that nobody joins costs no more than a map lookup. A call that
 * joined can abort on its own; if the first call aborts, the calls that joined it start over without it.
 */
export function withDedupe(next: Exchange): Exchange {
  const flights = new Map<string, Flight>();
  const exchange: Exchange = (request, signal) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.body !== null)
      return next(request, signal);
    const key = requestKey(request);
    const flight = flights.get(key);
    if (flight) return join(flight, request, signal);
    // The starting call gets the original response; calls that join get copies.
    const started: Flight = { promise: next(request, signal), signal };
    flights.set(key, started);
    const forget = () => {
      if (flights.get(key) === started) flights.delete(key);
    };
    started.promise.then(forget, forget);
    return started.promise;
  };

  const join = (flight: Flight, request: Request, signal: AbortSignal): Promise<BufferedResponse> =>
    new Promise((resolve, reject) => {
      signal.throwIfAborted();
      const stop = onAbort(signal, () => reject(signal.reason));
      flight.promise.then(
        (response) => {
          stop();
          resolve(response.copy());
        },
        (error: unknown) => {
          stop();
          // The call that started the flight gave up; this one has not, so it goes on its own.
          if (flight.signal.aborted && !signal.aborted) resolve(exchange(request, signal));
          else reject(error);
        },
      );
    });

  return exchange;
}
