// What a TmdbError says for every shape a failure can take: the fields and message of an error built with
// little detail, the reason of a network failure, the parts of a body TMDB's types allow, and the
// Retry-After a caller reads as `retryAfter`.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TmdbError, toTmdbError } from '../src/index.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('a TmdbError built with little detail', () => {
  it('names the unknown path and its kind, with no HTTP or TMDB status', () => {
    const error = new TmdbError({ kind: 'timeout', method: 'GET' });
    expect(error.message).toBe('GET (unknown path) failed (timeout): timeout');
    expect(error).toMatchObject({
      path: '(unknown path)',
      status: 0,
      status_code: 0,
      status_message: 'timeout',
      errors: undefined,
      retryAfter: undefined,
    });
  });

  it('says the HTTP status when it has one and no message', () => {
    const error = new TmdbError({ kind: 'http', method: 'DELETE', path: '/3/list/{list_id}', status: 503 });
    expect(error.message).toBe('DELETE /3/list/{list_id} failed (HTTP 503): HTTP 503');
    expect(error.status_message).toBe('HTTP 503');
  });

  it('uses its message when the list of validation messages is empty', () => {
    const error = new TmdbError({
      kind: 'http',
      method: 'GET',
      status: 422,
      status_message: 'Bad.',
      errors: [],
    });
    expect(error.message).toBe('GET (unknown path) failed (HTTP 422): Bad.');
  });

  it('serializes every field it has, message included, and no other', () => {
    const error = new TmdbError({
      kind: 'http',
      method: 'GET',
      path: '/3/configuration',
      status: 429,
      status_code: 25,
      status_message: 'Slow down.',
      retryAfter: 3,
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'TmdbError',
      kind: 'http',
      method: 'GET',
      path: '/3/configuration',
      status: 429,
      status_code: 25,
      status_message: 'Slow down.',
      retryAfter: 3,
      message: 'GET /3/configuration failed (HTTP 429, TMDB status 25): Slow down.',
    });
  });
});

describe('toTmdbError on a TmdbError', () => {
  it('keeps it as it is when the operation has no path to add', () => {
    const error = new TmdbError({ kind: 'network', method: 'GET' });
    expect(toTmdbError(error, { method: 'POST' })).toBe(error);
  });

  it('keeps its cause when it adds the path', () => {
    const cause = new Error('socket hang up');
    const error = new TmdbError({ kind: 'network', method: 'GET', cause });
    const placed = toTmdbError(error, { path: '/3/configuration' });
    expect(placed).not.toBe(error);
    expect(placed).toMatchObject({ kind: 'network', method: 'GET', path: '/3/configuration' });
    expect(placed.cause).toBe(cause);
  });
});

describe('toTmdbError on a response', () => {
  it('calls a bare success without a body an invalid response with no body, of an unknown operation', () => {
    const error = toTmdbError(new Response(null, { status: 200 }));
    expect(error).toMatchObject({
      kind: 'invalid-response',
      method: 'request',
      path: '(unknown path)',
      status: 200,
      status_message: 'no body',
      retryAfter: undefined,
    });
  });

  it('names a bare failure by its status alone, and the operation it is told', () => {
    const error = toTmdbError(new Response(null, { status: 500 }), {
      method: 'GET',
      path: '/3/configuration',
    });
    expect(error.message).toBe('GET /3/configuration failed (HTTP 500): HTTP 500');
    expect(error.status_message).toBe('HTTP 500');
  });

  it("reads TMDB's fields from an openapi-fetch style result, ignoring fields of the wrong type", () => {
    const response = new Response(null, { status: 404 });
    expect(toTmdbError({ response, error: { status_code: 34, status_message: 'Gone.' } })).toMatchObject({
      kind: 'http',
      status: 404,
      status_code: 34,
      status_message: 'Gone.',
    });
    expect(toTmdbError({ response, error: { status_code: '34', status_message: 34 } })).toMatchObject({
      status: 404,
      status_code: 0,
      status_message: 'HTTP 404',
    });
    // A result without `error` (what a success with a missing body gives) is still read as one.
    expect(toTmdbError({ response, data: undefined })).toMatchObject({ kind: 'http', status: 404 });
  });

  it('does not take an object whose `response` is no Response for a result', () => {
    const error = toTmdbError({ response: { status: 404 }, status_code: 6, status_message: 'Invalid id.' });
    expect(error).toMatchObject({ kind: 'http', status: 0, status_code: 6, status_message: 'Invalid id.' });
  });
});

describe('toTmdbError on a bare error body', () => {
  it('fills in the operation it is told', () => {
    const error = toTmdbError(
      { status_code: 34, status_message: 'Not found.' },
      { method: 'GET', path: '/3/movie/{movie_id}' },
    );
    expect(error.message).toBe('GET /3/movie/{movie_id} failed (http, TMDB status 34): Not found.');
  });

  it('turns every validation message into text', () => {
    const error = toTmdbError({ errors: [404, 'query must be provided'] });
    expect(error.errors).toEqual(['404', 'query must be provided']);
    expect(error.message).toBe('request (unknown path) failed (http): 404; query must be provided');
  });

  it('is not one without a numeric code or a list of messages', () => {
    expect(toTmdbError({ errors: 'query must be provided' })).toMatchObject({ kind: 'network' });
    expect(toTmdbError({ status_message: 'Nope.' })).toMatchObject({ kind: 'network' });
  });
});

describe('the reason a network failure gives', () => {
  it("adds the system error's code under a wrapped error", () => {
    const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    const error = toTmdbError(new TypeError('fetch failed', { cause }), { method: 'GET' });
    expect(error.status_message).toBe('fetch failed: ECONNRESET');
    expect(error.message).toBe('GET (unknown path) failed (network): fetch failed: ECONNRESET');
  });

  it("adds the wrapped error's message when it has no code", () => {
    const error = toTmdbError(new TypeError('fetch failed', { cause: new Error('other side closed') }));
    expect(error.status_message).toBe('fetch failed: other side closed');
  });

  it('adds nothing for a cause that is not an error, and prints a thrown value that is not one', () => {
    expect(toTmdbError(new TypeError('fetch failed', { cause: 'gone' })).status_message).toBe('fetch failed');
    expect(toTmdbError(new Error('socket hang up')).status_message).toBe('socket hang up');
    expect(toTmdbError('connection lost')).toMatchObject({
      status_message: 'connection lost',
      cause: 'connection lost',
    });
    expect(toTmdbError(null)).toMatchObject({ kind: 'network', status_message: 'null' });
  });
});

describe('retryAfter', () => {
  const retryAfterOf = (value: string) =>
    toTmdbError(new Response(null, { status: 429, headers: { 'retry-after': value } })).retryAfter;

  it('reads seconds, with spaces around them, and several digits', () => {
    expect(retryAfterOf(' 7 ')).toBe(7);
    expect(retryAfterOf('12')).toBe(12);
    expect(retryAfterOf('0.5')).toBe(0.5);
  });

  it('is absent for text that only starts or ends with a number', () => {
    expect(retryAfterOf('5abc')).toBeUndefined();
    expect(retryAfterOf('abc5')).toBeUndefined();
    expect(retryAfterOf('7s')).toBeUndefined();
  });

  it('counts an HTTP date as whole seconds from now, rounded up, and a past one as no wait', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-12-03T08:00:00.300Z'));
    expect(retryAfterOf('Thu, 03 Dec 2026 08:00:10 GMT')).toBe(10);
    expect(retryAfterOf('Thu, 03 Dec 2026 07:59:00 GMT')).toBe(0);
  });
});
