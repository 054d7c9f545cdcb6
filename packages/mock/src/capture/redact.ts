// Keeps secrets out of captures. A capture may end up in a repository or a CI artifact, so everything that
// identifies or authorises the user is replaced before a byte is written: the credential itself wherever it
// appears, every value TMDB uses as a secret (request tokens, session ids, guest session ids, v4 access
// tokens, account ids, passwords), by the name of the field that carries it and by value wherever it
// reappears (a session id in a later path or query), and the account's own id in its account details.
import { isJsonObject } from '../openapi/json.js';
import { SECRET_QUERY_PARAMETERS } from './format.js';

export const REDACTED = 'redacted';

/** Fields whose value is a secret wherever they appear in a body. */
const SECRET_FIELDS = new Set([...SECRET_QUERY_PARAMETERS, 'password']);
/**
 * The user's own login name: a secret in what the user sends (the login body) and in their account
 * details, but not elsewhere, where `username` is a review author's public name.
 */
const USER_FIELDS = new Set(['username']);

/** Path parameters that carry a secret, and what replaces them (account ids stay numeric-looking). */
const SECRET_PATH_PARAMETERS: Readonly<Record<string, string>> = {
  account_id: '0',
  guest_session_id: REDACTED,
  session_id: REDACTED,
};

/** Shorter values are not treated as secrets by value: too likely to collide with ordinary data. */
const MIN_SECRET_LENGTH = 4;

export interface Redactor {
  /**
   * Remembers secret values found in a body, so later occurrences are hidden too. `ownData`: the body is
   * the user's (a request body, an authentication or account answer), so the login name counts as well.
   */
  learn(body: unknown, ownData?: boolean): void;
  learnValue(value: string): void;
  body(value: unknown): unknown;
  text(value: string): string;
  /** The path with secret path parameters replaced; `names` are the template's names in order. */
  path(path: string, template: string | undefined): string;
  /** The query without credentials and secrets, sorted by name. */
  query(params: URLSearchParams): Record<string, string>;
  /** The id of the account is a secret too (`GET /3/account` and `GET /3/account/{account_id}`). */
  accountDetails(body: unknown): unknown;
}

export function createRedactor(credentials: readonly string[]): Redactor {
  const secrets = new Set<string>();
  const learnValue = (value: string) => {
    if (value.length >= MIN_SECRET_LENGTH || /^\d+$/.test(value)) secrets.add(value);
  };
  for (const credential of credentials) if (credential) learnValue(credential);

  const text = (value: string): string => {
    let result = value;
    for (const secret of secrets) {
      if (secret.length >= MIN_SECRET_LENGTH && result.includes(secret))
        result = result.replaceAll(secret, REDACTED);
      else if (result === secret) result = REDACTED;
    }
    return result;
  };

  const body = (value: unknown, field?: string): unknown => {
    if (field !== undefined && SECRET_FIELDS.has(field)) {
      if (typeof value === 'number') return 0;
      if (typeof value === 'string') return REDACTED;
    }
    if (typeof value === 'string') return text(value);
    if (typeof value === 'number')
      return secrets.has(String(value)) && String(value).length >= MIN_SECRET_LENGTH ? 0 : value;
    if (Array.isArray(value)) return value.map((item) => body(item));
    if (isJsonObject(value))
      return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, body(child, key)]));
    return value;
  };

  const learn = (value: unknown, ownData = false): void => {
    if (Array.isArray(value)) for (const item of value) learn(item, ownData);
    else if (isJsonObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        const secret = SECRET_FIELDS.has(key) || (ownData && USER_FIELDS.has(key));
        if (secret && (typeof child === 'string' || typeof child === 'number')) learnValue(String(child));
        else learn(child, ownData);
      }
    }
  };

  return {
    learn: (value, ownData) => learn(value, ownData),
    learnValue,
    body: (value) => body(value),
    text,
    path(path, template) {
      if (template === undefined) return text(path);
      const names = template.split('/');
      return path
        .split('/')
        .map((segment, index) => {
          const name = /^\{([^}]+)\}$/.exec(names[index] ?? '')?.[1];
          const replacement = name === undefined ? undefined : SECRET_PATH_PARAMETERS[name];
          if (replacement === undefined) return text(segment);
          learnValue(decodeURIComponent(segment));
          return replacement;
        })
        .join('/');
    },
    query(params) {
      const kept: Record<string, string> = {};
      for (const [name, value] of [...params.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (SECRET_QUERY_PARAMETERS.has(name)) learnValue(value);
        else kept[name] = text(value);
      }
      return kept;
    },
    accountDetails(value) {
      if (!isJsonObject(value)) return value;
      learn(value, true);
      if (typeof value.id === 'number' || typeof value.id === 'string') learnValue(String(value.id));
      const id = typeof value.id === 'number' ? 0 : REDACTED;
      return typeof value.username === 'string' ? { ...value, id, username: REDACTED } : { ...value, id };
    },
  };
}
