// @tmdb-kit/mock: a typed, stateful, offline fake of the TMDB API v3.
// MSW handlers live in `@tmdb-kit/mock/msw`, so this entry point never loads msw (an optional peer).
export type { MockEngine, MockRequest, MockResponse, MockSettings } from './engine/engine.js';
export { createMockEngine } from './engine/engine.js';
export {
  MOCK_ACCESS_TOKEN,
  MOCK_API_KEY,
  type MockOptions,
  MockOptionsError,
  type RateLimitOptions,
} from './engine/options.js';
export { type MockServer, type MockServerOptions, startMockServer } from './server.js';
export type { AccountSnapshot, ListSnapshot, MockStateView, RatingsSnapshot } from './state/snapshot.js';
export { DEMO_USER, FIRST_ACCOUNT_ID as DEMO_ACCOUNT_ID, type MockUser } from './state/users.js';
