import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, TmdbError } from '../src/index.js';
import { configuration, TOKEN } from './support/fixtures.js';
import { hang, json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

function client(timeout: number | false) {
  return createTmdbClient({
    accessToken: TOKEN,
    baseUrl: server.baseUrl,
    rateLimit: false,
    retry: false,
    timeout,
  });
}

describe('timeouts and cancellation', () => {
  it('fails an attempt that gets no answer within the timeout with a timeout TmdbError', async () => {
    server = await startServer(hang);
    const error = await client(50)
      .GET('/3/configuration')
      .catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(TmdbError);
    expect(error).toMatchObject({ kind: 'timeout', method: 'GET', path: '/3/configuration', status: 0 });
  });

  // Its own limit: without the body timeout the call would wait for the runner's much longer one.
  it('also times out a response whose body never finishes', { timeout: 5_000 }, async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"images":');
    });
    await expect(client(50).GET('/3/configuration')).rejects.toMatchObject({ kind: 'timeout' });
  });

  it("rejects with the caller's own reason when the caller aborts first", async () => {
    server = await startServer(hang);
    const controller = new AbortController();
    const pending = client(10_000).GET('/3/configuration', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled by the user')), 20);

    await expect(pending).rejects.toThrow('cancelled by the user');
  });

  it('does not send a request whose signal is already aborted', async () => {
    server = await startServer((_request, response) => json(response, 200, configuration));
    const pending = client(10_000).GET('/3/configuration', {
      signal: AbortSignal.abort(new Error('too late')),
    });

    await expect(pending).rejects.toThrow('too late');
    expect(server.requests).toHaveLength(0);
  });

  it('can be switched off', async () => {
    server = await startServer((_request, response) => json(response, 200, configuration));
    expect((await client(false).GET('/3/configuration')).data?.images.poster_sizes).toContain('w500');
  });

  it('rejects a timeout that is not a positive number', () => {
    expect(() => client(0)).toThrow(TypeError);
    expect(() => client(-5)).toThrow(TypeError);
  });
});
