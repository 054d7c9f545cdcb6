// What a caller reads from answers: error bodies that only look like TMDB's are replaced by a TMDB-shaped
// one, and a response can be read again in every form (the client has already read it once).
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient } from '../src/index.js';
import { configuration, TOKEN } from './support/fixtures.js';
import { startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

function client() {
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
}

describe('error bodies', () => {
  it.each([
    ['null', 'null'],
    ['a message without a code', '{"status_message":"maybe"}'],
    ['a code that is not a number', '{"status_code":"7","status_message":"maybe"}'],
    ['a code without a message', '{"status_code":7}'],
    ['errors that are not a list', '{"errors":"query must be provided"}'],
  ])('are replaced when they are %s', async (_name, body) => {
    server = await startServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(body);
    });
    const { error } = await client().GET('/3/configuration');
    expect(error).toEqual({
      success: false,
      status_code: 0,
      status_message: 'HTTP 500 Internal Server Error',
    });
  });

  it('name the status alone when the server gives no reason phrase', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(599, '', { 'content-type': 'text/plain' });
      response.end('upstream gone');
    });
    const { error } = await client().GET('/3/configuration');
    expect(error).toEqual({ success: false, status_code: 0, status_message: 'HTTP 599' });
  });

  it("keep TMDB's own, code and message as sent", async () => {
    server = await startServer((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end('{"success":false,"status_code":7,"status_message":"Invalid API key."}');
    });
    const { error } = await client().GET('/3/configuration');
    expect(error).toEqual({ success: false, status_code: 7, status_message: 'Invalid API key.' });
  });

  it('say when a success body is not JSON', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"images": ');
    });
    await expect(client().GET('/3/configuration')).rejects.toMatchObject({
      kind: 'invalid-response',
      status_message: 'body is not JSON',
      method: 'GET',
      path: '/3/configuration',
    });
  });
});

describe('a response', () => {
  it('can be read again as a clone, a Blob and an ArrayBuffer, none of which changes it', async () => {
    const body = JSON.stringify(configuration);
    server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
      response.end(body);
    });
    const { response } = await client().GET('/3/configuration');

    expect(await response.clone().json()).toEqual(configuration);
    const blob = await response.blob();
    expect(blob.type).toBe('application/json;charset=utf-8');
    expect(await blob.text()).toBe(body);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toBe(body);
    bytes.fill(0);
    expect(await response.text()).toBe(body);
  });
});
