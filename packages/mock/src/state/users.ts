// The accounts the fake knows. `validate_with_login` succeeds only with one of these usernames and its
// password, exactly as TMDB only accepts a real account's credentials.

export interface MockUser {
  readonly username: string;
  readonly password: string;
  /** Display name on the account details; defaults to the username. */
  readonly name?: string;
  /** A v4 user access token that `POST /3/authentication/session/convert/4` turns into a session. */
  readonly v4AccessToken?: string;
}

/** The account every fake starts with; the demo's login page shows these credentials. */
export const DEMO_USER = {
  username: 'demo',
  password: 'correct-horse-battery',
  name: 'Demo Viewer',
  v4AccessToken: 'mock-v4-user-token-demo',
} as const satisfies MockUser;

/** Account ids are stable per position in the user list, so tests can hard-code the demo's id. */
export const FIRST_ACCOUNT_ID = 21_000_001;
