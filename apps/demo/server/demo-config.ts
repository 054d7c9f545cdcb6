// What the server tells the page about itself, embedded in index.html as JSON. It is the only channel from
// server to page besides the proxy, so it must never carry a credential of the server's: the token stays out.

export interface DemoConfig {
  /** `mock`: offline against @tmdb-kit/mock; `tmdb`: the real TMDB through the proxy. */
  readonly mode: 'mock' | 'tmdb';
  /** The account the login page offers (the mock's demo user); absent when talking to the real TMDB. */
  readonly demoUser?: { readonly username: string; readonly password: string };
  /**
   * Where images come from instead of the configuration's `secure_base_url`: the mock names images on a
   * host that does not exist, so the demo server draws them itself.
   */
  readonly imageBaseUrl?: string;
  /**
   * The page where a user approves the app for "Sign in with TMDB" (API v4): offline, the mock's stand-in
   * for TMDB's own page; absent for the real TMDB (the client's default, www.themoviedb.org).
   */
  readonly approvalPage?: string;
}

export const DEMO_CONFIG_ELEMENT_ID = 'demo-config';
export const DEMO_CONFIG_PLACEHOLDER = '<!--demo-config-->';

/** The `<script type="application/json">` element; `<` is escaped so no value can close the element. */
export function demoConfigScript(config: DemoConfig): string {
  const json = JSON.stringify(config).replaceAll('<', '\\u003c');
  return `<script id="${DEMO_CONFIG_ELEMENT_ID}" type="application/json">${json}</script>`;
}
