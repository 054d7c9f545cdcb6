// `unwrap` hands out data only from a result that succeeded: a result that carries an error, or whose
// response failed, throws even when it also carries data (as one built by a caller's own wrapper may).
import { describe, expect, it } from 'vitest';
import { unwrap } from '../src/index.js';

describe('unwrap', () => {
  it('throws for a failed response even with data beside it', () => {
    const response = new Response(null, { status: 500 });
    expect(() => unwrap({ data: { id: 1 }, response })).toThrow(
      expect.objectContaining({ name: 'TmdbError', kind: 'http', status: 500 }),
    );
  });

  it('throws for a result carrying an error even with a successful response and data', () => {
    const response = new Response(null, { status: 200 });
    const error = { status_code: 34, status_message: 'Not found.' };
    expect(() => unwrap({ data: { id: 1 }, error, response })).toThrow(
      expect.objectContaining({
        name: 'TmdbError',
        status: 200,
        status_code: 34,
        status_message: 'Not found.',
      }),
    );
  });

  it('returns the data of a successful result', () => {
    expect(unwrap({ data: { id: 1 }, response: new Response(null, { status: 200 }) })).toEqual({ id: 1 });
  });
});
