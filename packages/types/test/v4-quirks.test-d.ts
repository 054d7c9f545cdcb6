import { describe, expectTypeOf, it } from 'vitest';
import type { operations, Schemas, V4AccountList, V4ListDetails } from '../src/index.js';

// The v4 quirks, as the generated types must carry them.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

describe('v4 types', () => {
  it('type list details as a page of mixed movies and series with media_type', () => {
    type Item = V4ListDetails['results'][number];
    expectTypeOf<Item['media_type']>().toEqualTypeOf<'movie' | 'tv'>();
    expectTypeOf<V4ListDetails['page']>().toEqualTypeOf<number>();
    expectTypeOf<V4ListDetails['item_count']>().toEqualTypeOf<number>();
  });

  it('type comments as a map of nullable strings', () => {
    expectTypeOf<V4ListDetails['comments']>().toEqualTypeOf<{ [key: string]: string | null }>();
  });

  it('keep public and sort_by apart: boolean and string in details, integers in account lists', () => {
    expectTypeOf<V4ListDetails['public']>().toEqualTypeOf<boolean>();
    expectTypeOf<V4ListDetails['sort_by']>().toEqualTypeOf<Schemas['V4ListSortBy']>();
    expectTypeOf<V4AccountList['public']>().toEqualTypeOf<0 | 1>();
    expectTypeOf<V4AccountList['sort_by']>().toEqualTypeOf<number>();
    expectTypeOf<V4AccountList['runtime']>().toEqualTypeOf<number | string>();
  });

  it('type every request body instead of an opaque string', () => {
    type AddItems = Json<operations['addV4ListItems']['requestBody']>;
    expectTypeOf<AddItems['items'][number]>().toEqualTypeOf<{
      media_type: 'movie' | 'tv';
      media_id: number;
    }>();
    // @ts-expect-error media_type is movie or tv only
    const person: AddItems = { items: [{ media_type: 'person', media_id: 1 }] };
    type Comments = Json<operations['updateV4ListItems']['requestBody']>;
    // @ts-expect-error a comment update needs the comment
    const noComment: Comments = { items: [{ media_type: 'movie', media_id: 1 }] };
    void [person, noComment];
  });

  it('give bulk writes a success per item', () => {
    type Result = Json<operations['removeV4ListItems']['responses'][200]>;
    expectTypeOf<Result['results'][number]['success']>().toEqualTypeOf<boolean>();
  });

  it('model clear as a GET and item status with required query parameters', () => {
    expectTypeOf<operations['clearV4List']>().toEqualTypeOf<
      import('../src/index.js').paths['/4/list/{list_id}/clear']['get']
    >();
    type StatusQuery = operations['getV4ListItemStatus']['parameters']['query'];
    expectTypeOf<StatusQuery>().toEqualTypeOf<{ media_id: number; media_type: 'movie' | 'tv' }>();
  });

  it('type the v4 account id as a string, not the v3 integer', () => {
    type AccountPath = operations['getV4AccountLists']['parameters']['path'];
    expectTypeOf<AccountPath>().toEqualTypeOf<{ account_object_id: string }>();
  });
});
