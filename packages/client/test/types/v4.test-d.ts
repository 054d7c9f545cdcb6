import type { components } from '@tmdb-kit/types';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createTmdbClient,
  createV4AccessToken,
  paginate,
  type TmdbUserClient,
  type V4AccessToken,
  withAccessToken,
} from '../../src/index.js';

const app = createTmdbClient({ accessToken: 'token' });
const user = withAccessToken(app, 'user-token');

describe('v4 helpers', () => {
  it('give the access token and the account object id as strings', () => {
    expectTypeOf(createV4AccessToken(app, 'request-token')).resolves.toEqualTypeOf<V4AccessToken>();
    expectTypeOf<V4AccessToken>().toEqualTypeOf<{ accessToken: string; accountId: string }>();
  });

  it('type the user client by the spec: list details, typed item writes, paginated pages', async () => {
    expectTypeOf(user).toEqualTypeOf<TmdbUserClient>();
    const { data } = await user.GET('/4/list/{list_id}', { params: { path: { list_id: 1 } } });
    expectTypeOf<NonNullable<typeof data>['comments']>().toEqualTypeOf<
      components['schemas']['V4ListDetails']['comments']
    >();
    expectTypeOf<NonNullable<typeof data>['public']>().toEqualTypeOf<boolean>();
    user.POST('/4/list/{list_id}/items', {
      params: { path: { list_id: 1 } },
      // @ts-expect-error v4 list items are movies or series
      body: { items: [{ media_type: 'person', media_id: 1 }] },
    });
    const items = await paginate(user, '/4/list/{list_id}', { params: { path: { list_id: 1 } } }).toArray();
    expectTypeOf(items[0]?.media_type).toEqualTypeOf<'movie' | 'tv' | undefined>();
  });
});
