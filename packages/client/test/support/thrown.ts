// The TmdbError a call rejects with: fails the test with what it got instead when it resolves or rejects
// with anything else.
import { TmdbError } from '../../src/index.js';

export async function thrown(promise: Promise<unknown>): Promise<TmdbError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof TmdbError)) throw new Error(`expected a TmdbError, got ${String(error)}`);
  return error;
}
