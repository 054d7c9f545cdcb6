import { describe, expect, it } from 'vitest';
import { listOperations, loadBundledSpec, type OperationObject } from './bundled-spec.js';

// What the v4 half of the spec promises beyond the inventory: which token each operation needs, the
// naming extension the client generator keys on, and the quirks TMDB's own v4 reference gets wrong.
interface V4Operation extends OperationObject {
  security?: Array<Record<string, string[]>>;
  'x-tmdb-method'?: string;
}
interface SecuritySchemes {
  components: { securitySchemes?: Record<string, { type: string; scheme?: string; bearerFormat?: string }> };
}

const spec = loadBundledSpec();
const v4 = listOperations(spec)
  .filter(({ path }) => path.startsWith('/4/'))
  .map(({ method, path, operation }) => ({ method, path, operation: operation as V4Operation }));
const label = ({ method, path }: { method: string; path: string }) => `${method.toUpperCase()} ${path}`;
const schemesOf = (operation: V4Operation) =>
  (operation.security ?? []).flatMap((entry) => Object.keys(entry));

describe('v4 operations', () => {
  it('are all 21 described', () => {
    expect(v4).toHaveLength(21);
  });

  it('declare a second bearer scheme for the user access token', () => {
    const schemes = (spec as unknown as SecuritySchemes).components.securitySchemes ?? {};
    expect(schemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.userAccessToken).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  });

  it('each name the token they need: the app token for auth, the user token for user data', () => {
    const needs = Object.fromEntries(v4.map((op) => [label(op), schemesOf(op.operation).join(' | ')]));
    for (const [op, schemes] of Object.entries(needs)) {
      if (op.includes('/4/auth/')) expect(schemes, op).toBe('bearerAuth');
      else if (op === 'GET /4/list/{list_id}') expect(schemes, op).toBe('bearerAuth | userAccessToken');
      else expect(schemes, op).toBe('userAccessToken');
    }
  });

  it('each carry a unique x-tmdb-method in the v4 namespace', () => {
    const methods = v4.map(({ operation }) => operation['x-tmdb-method']);
    expect(methods.filter((name) => !/^v4\.(auth|lists|account)\.[a-z][a-zA-Z]*$/.test(name ?? ''))).toEqual(
      [],
    );
    expect(new Set(methods).size).toBe(21);
  });

  it('fix the official reference: delete under /4/list, a path id on update items, clear as a GET', () => {
    expect(spec.paths['/4/{list_id}']).toBeUndefined();
    expect(spec.paths['/4/list/{list_id}']?.delete).toBeDefined();
    const updateItems = spec.paths['/4/list/{list_id}/items']?.put;
    const params = (updateItems?.parameters ?? []).map((param) =>
      param.$ref ? spec.components.parameters[param.$ref.split('/').pop() ?? '']?.name : param.name,
    );
    expect(params).toContain('list_id');
    expect(Object.keys(spec.paths['/4/list/{list_id}/clear'] ?? {})).toEqual(['get']);
  });

  it('answer item status 404 for an absent item through its own documented response', () => {
    const notFound = spec.paths['/4/list/{list_id}/item_status']?.get?.responses['404'];
    expect(notFound?.$ref).toBe('#/components/responses/V4ItemNotOnList');
  });
});
