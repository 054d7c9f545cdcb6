// The server's description of itself (offline or TMDB, the demo user), read once from the page.
import { DEMO_CONFIG_ELEMENT_ID, type DemoConfig } from '../server/demo-config.js';

/** Without the server's element (another static host), the app talks to `/tmdb` and offers no demo user. */
const FALLBACK: DemoConfig = { mode: 'tmdb' };

export function readDemoConfig(document: Document): DemoConfig {
  const text = document.getElementById(DEMO_CONFIG_ELEMENT_ID)?.textContent;
  if (!text) return FALLBACK;
  try {
    return parseDemoConfig(JSON.parse(text));
  } catch {
    return FALLBACK;
  }
}

/** Checks the JSON field by field rather than trusting it: a malformed page degrades to the fallback. */
export function parseDemoConfig(value: unknown): DemoConfig {
  if (typeof value !== 'object' || value === null || !('mode' in value)) return FALLBACK;
  const mode = value.mode === 'mock' ? 'mock' : 'tmdb';
  const demoUser =
    'demoUser' in value &&
    typeof value.demoUser === 'object' &&
    value.demoUser !== null &&
    'username' in value.demoUser &&
    'password' in value.demoUser &&
    typeof value.demoUser.username === 'string' &&
    typeof value.demoUser.password === 'string'
      ? { username: value.demoUser.username, password: value.demoUser.password }
      : undefined;
  const imageBaseUrl =
    'imageBaseUrl' in value && typeof value.imageBaseUrl === 'string' && value.imageBaseUrl.startsWith('/')
      ? value.imageBaseUrl
      : undefined;
  const approvalPage =
    'approvalPage' in value &&
    typeof value.approvalPage === 'string' &&
    /^https?:\/\//.test(value.approvalPage)
      ? value.approvalPage
      : undefined;
  return {
    mode,
    ...(demoUser ? { demoUser } : {}),
    ...(imageBaseUrl ? { imageBaseUrl } : {}),
    ...(approvalPage ? { approvalPage } : {}),
  };
}
