// The v4 helpers refuse bad arguments up front, each with its own TypeError message naming the helper and
// what it needs, and without sending anything: a user who passes an empty, blank or non-string token, a
// blank redirect or a relative approval page learns which call and which argument is wrong.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSessionFromV4AccessToken,
  createTmdbClient,
  createV4AccessToken,
  createV4RequestToken,
  revokeV4AccessToken,
  v4ApprovalUrl,
  withAccessToken,
} from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

/** The error a call throws synchronously or rejects with, or a failure when it does neither. */
async function refusal(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

async function expectTypeError(call: () => unknown, message: string): Promise<void> {
  const error = await refusal(call);
  expect(error).toBeInstanceOf(TypeError);
  expect((error as TypeError).message).toBe(message);
}

describe('v4 argument refusals', () => {
  it('name the helper and the missing token, for empty, blank and non-string tokens', async () => {
    server = await startServer((_, response) => json(response, 500, {}));
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    await expectTypeError(() => v4ApprovalUrl(''), 'v4ApprovalUrl needs the request token');
    await expectTypeError(
      () => createV4AccessToken(client, ' '),
      'createV4AccessToken needs the approved request token',
    );
    await expectTypeError(
      () => revokeV4AccessToken(client, ''),
      'revokeV4AccessToken needs the access token to revoke',
    );
    await expectTypeError(
      () => createSessionFromV4AccessToken(client, 'two words'),
      'createSessionFromV4AccessToken needs the user access token',
    );
    await expectTypeError(() => withAccessToken(client, ''), 'withAccessToken needs a user access token');
    // A JavaScript caller may pass no token at all: still the helper's own message, not a crash on `.trim`.
    await expectTypeError(
      // @ts-expect-error a missing token, as from untyped code, must be refused with the helper's message
      () => withAccessToken(client, undefined),
      'withAccessToken needs a user access token',
    );
    await expectTypeError(
      // @ts-expect-error a numeric token, as from untyped code, must be refused with the helper's message
      () => createV4AccessToken(client, 42),
      'createV4AccessToken needs the approved request token',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuse a relative approval page with its own message, in v4ApprovalUrl and before creating a token', async () => {
    server = await startServer((_, response) => json(response, 500, {}));
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const message = 'v4ApprovalUrl: approvalPage must be an absolute URL';
    await expectTypeError(() => v4ApprovalUrl('request-token', '/auth/access'), message);
    await expectTypeError(() => createV4RequestToken(client, { approvalPage: 'not a url' }), message);
    expect(server.requests).toHaveLength(0);
  });

  it('refuse a blank or non-string redirectTo with its own message, before any request', async () => {
    server = await startServer((_, response) => json(response, 500, {}));
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const message = 'createV4RequestToken: redirectTo must be a non-empty string';
    await expectTypeError(() => createV4RequestToken(client, { redirectTo: '  ' }), message);
    await expectTypeError(
      // @ts-expect-error a URL object instead of its string, as from untyped code, must be refused clearly
      () => createV4RequestToken(client, { redirectTo: new URL('https://app.example/signed-in') }),
      message,
    );
    expect(server.requests).toHaveLength(0);
  });
});
