// API v4 through the MSW handlers: the approval page and the v4 paths are served in-process like /3/.
import {
  createTmdbClient,
  createV4AccessToken,
  createV4RequestToken,
  orThrow,
  withAccessToken,
} from '@tmdb-kit/client';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMockEngine, MOCK_ACCESS_TOKEN } from '../src/index.js';
import { createMswHandlers } from '../src/msw.js';

const mswServer = setupServer(...createMswHandlers({ engine: createMockEngine({ seed: 4 }) }));
beforeAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mswServer.close());

it('signs in by approval and writes a v4 list, all in-process', async () => {
  const app = createTmdbClient({ accessToken: MOCK_ACCESS_TOKEN, retry: false });
  const { requestToken, approvalUrl } = await createV4RequestToken(app, {
    approvalPage: 'https://api.themoviedb.org/auth/access',
  });
  const approval = await fetch(approvalUrl);
  expect(approval.status).toBe(200);
  expect(await approval.text()).toContain('approved');
  const { accessToken } = await createV4AccessToken(app, requestToken);
  const user = withAccessToken(app, accessToken);
  const created = await orThrow(user.POST('/4/list', { body: { name: 'In MSW', iso_639_1: 'en' } }));
  const details = await orThrow(user.GET('/4/list/{list_id}', { params: { path: { list_id: created.id } } }));
  expect(details.name).toBe('In MSW');
});
