// An error whose message is not an own property (a DOMException keeps it in an internal slot; an error
// built without a message inherits an empty one) can still carry a secret in its own fields, as a custom
// fetch that attaches the request URL does. Those fields are redacted like any error's, and kept.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTmdbClient, type FetchFunction } from '../src/index.js';
import { API_KEY } from './support/fixtures.js';
import { thrown } from './support/thrown.js';

/** An API-key client whose fetch fails with `failure(url)`, given the URL it was asked for (key included). */
function failingWith(failure: (url: string) => unknown) {
  const fetch: FetchFunction = async (input) => {
    throw failure(typeof input === 'string' ? input : input.url);
  };
  return createTmdbClient({
    apiKey: API_KEY,
    baseUrl: 'https://api.example.test',
    fetch,
    retry: false,
    rateLimit: false,
  });
}

const everythingIn = (value: unknown) =>
  `${inspect(value, { depth: 20, showHidden: true })}\n${JSON.stringify(value)}`;

describe('own fields of an error without an own message', () => {
  it('are redacted on a DOMException that carries the request URL, and kept', async () => {
    const error = await thrown(
      failingWith((url) =>
        Object.assign(new DOMException('Failed to fetch', 'NetworkError'), { url, retryable: true }),
      ).GET('/3/configuration'),
    );

    expect(everythingIn(error)).not.toContain(API_KEY);
    expect(error.cause).toMatchObject({
      name: 'NetworkError',
      message: 'Failed to fetch',
      url: 'https://api.example.test/3/configuration?api_key=[redacted]',
      retryable: true,
    });
  });

  it('are redacted on an error built without a message, and kept', async () => {
    const error = await thrown(
      failingWith((url) => Object.assign(new TypeError(), { code: 'ECONNRESET', url })).GET(
        '/3/configuration',
      ),
    );

    expect(everythingIn(error)).not.toContain(API_KEY);
    expect(error.cause).toMatchObject({
      name: 'TypeError',
      code: 'ECONNRESET',
      url: 'https://api.example.test/3/configuration?api_key=[redacted]',
    });
  });

  it('are left as they are, with the error itself, when they hold no secret', async () => {
    const failure = Object.assign(new DOMException('Failed to fetch', 'NetworkError'), { retryable: true });

    const error = await thrown(failingWith(() => failure).GET('/3/configuration'));

    expect(error.cause).toBe(failure);
  });
});
