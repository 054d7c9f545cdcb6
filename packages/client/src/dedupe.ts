import type { BufferedResponse } from './buffered-response.js';
import type { Exchange } from './exchange.js';

/**
 * Identifies requests that must get the same answer: method, URL and headers (credentials and language
 * are headers or query parameters, so different users or languages never share).
 */
export function requestKey(request: Request): string {
  let key = `${request.method} ${request.url}`;
  for (const [name, value] of request.headers) key += `\n${name}:${value}`;
  return key;
}

interface Flight {
  /** Removes the flight from the table so that later callers start afresh. */
  forget: () => void;
  promise: Promise<BufferedResponse>;
  controller: AbortController;
  waiters: number;
  /** Whether the first caller has taken the original response; later callers get copies. */
  taken: boolean;
}

/**
 * Shares one in-flight GET (or HEAD) between identical concurrent calls. Each caller can still abort on its
 * own; the shared request is aborted only when every caller has gone.
 */
export function withDedupe(next: Exchange): Exchange {
  const flights = new Map<string, Flight>();
  return (request, signal) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.body !== null) {
      return next(request, signal);
    }
    const key = requestKey(request);
    let flight = flights.get(key);
    if (!flight) {
      const controller = new AbortController();
      const promise = next(request, controller.signal);
      const created: Flight = { controller, promise, waiters: 0, taken: false, forget: () => {} };
      created.forget = () => {
        if (flights.get(key) === created) flights.delete(key);
      };
      flight = created;
      flights.set(key, created);
      promise.then(created.forget, created.forget);
    }
    return join(flight, signal);
  };
}

function join(flight: Flight, signal: AbortSignal): Promise<BufferedResponse> {
  if (signal.aborted) return Promise.reject(signal.reason);
  flight.waiters++;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      flight.waiters--;
      if (flight.waiters === 0) {
        flight.forget();
        flight.controller.abort(signal.reason);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    flight.promise.then(
      (response) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) return;
        if (flight.taken) {
          resolve(response.copy());
        } else {
          flight.taken = true;
          resolve(response);
        }
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
