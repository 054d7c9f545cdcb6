import { describe, expect, it } from 'vitest';
import { offlineConfig } from '../server/launch.js';
import { parseDemoConfig } from '../src/config.js';

describe('the page config', () => {
  it('carries the mock’s approval page offline, and reads it back', () => {
    const config = offlineConfig({ username: 'demo', password: 'pw' }, 'http://127.0.0.1:4010');
    expect(config.approvalPage).toBe('http://127.0.0.1:4010/auth/access');
    expect(parseDemoConfig(JSON.parse(JSON.stringify(config)))).toEqual(config);
  });

  it('drops an approval page that is not an http(s) URL', () => {
    expect(parseDemoConfig({ mode: 'tmdb', approvalPage: 'javascript:alert(1)' })).toEqual({ mode: 'tmdb' });
  });
});
