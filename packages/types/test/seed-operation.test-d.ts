import { describe, expectTypeOf, it } from 'vitest';
import type { operations, paths } from '../src/index.js';

// The seed endpoint, POST /3/authentication/token/validate_with_login, exactly as the seed documents it.
type SeedOperation = operations['createSessionIdWithLogin'];
type SeedBody = SeedOperation['requestBody']['content']['application/json'];
type SeedResponse = SeedOperation['responses'][200]['content']['application/json'];

describe('createSessionIdWithLogin', () => {
  it('is the POST of /3/authentication/token/validate_with_login', () => {
    expectTypeOf<
      paths['/3/authentication/token/validate_with_login']['post']
    >().toEqualTypeOf<SeedOperation>();
  });

  it('takes exactly username, password and request_token, all required', () => {
    expectTypeOf<SeedBody>().toEqualTypeOf<{ username: string; password: string; request_token: string }>();
    // @ts-expect-error the password is required
    const missingPassword: SeedBody = { username: 'demo', request_token: 't' };
    // @ts-expect-error no other fields are accepted
    const extraField: SeedBody = { username: 'demo', password: 'p', request_token: 't', remember: true };
    // @ts-expect-error username is a string
    const wrongType: SeedBody = { username: 42, password: 'p', request_token: 't' };
    void [missingPassword, extraField, wrongType];
  });

  it('answers with success, expires_at and request_token, all required', () => {
    expectTypeOf<SeedResponse>().toEqualTypeOf<{
      success: boolean;
      expires_at: string;
      request_token: string;
    }>();
  });

  it('documents its failures with the TMDB error body', () => {
    expectTypeOf<SeedOperation['responses'][401]['content']['application/json']>().toHaveProperty(
      'status_code',
    );
  });
});
