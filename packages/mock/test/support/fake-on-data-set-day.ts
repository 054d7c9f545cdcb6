// One fake per test file, its clock at noon on the data set's "today" (2026-11-28): the dated lists (now
// playing, airing today, the change lists) are written around that day, so tests can pin exact ids.
import { afterAll, beforeAll } from 'vitest';
import { type MockServer, startMockServer } from '../../src/index.js';
import { type CallResult, call } from './http.js';

export type Query = Readonly<Record<string, string | number | boolean>>;

export const DATA_SET_TODAY = Date.parse('2026-11-28T12:00:00Z');

export interface FakeOnDataSetDay {
  /** The running fake's base URL (only once the file's tests have started). */
  readonly url: string;
  /** A GET with the fake's accepted token. */
  get(path: string, query?: Query): Promise<CallResult>;
}

/** Starts the fake before the file's tests and closes it after them. Call it at the top of a test file. */
export function useFakeOnDataSetDay(): FakeOnDataSetDay {
  let server: MockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer({ now: () => DATA_SET_TODAY });
  });
  afterAll(async () => {
    await server?.close();
  });
  const url = () => {
    if (!server) throw new Error('the fake starts in beforeAll: use it inside a test or a hook');
    return server.url;
  };
  return {
    get url() {
      return url();
    },
    get: (path, query) => call(url(), path, { query }),
  };
}
