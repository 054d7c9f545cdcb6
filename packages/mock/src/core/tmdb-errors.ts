// TMDB's own error catalogue: the HTTP status and body TMDB sends for each failure the fake reproduces.
// Bodies are shaped by the generated `TmdbError`, and codes and HTTP statuses come from the spec's generated
// status-code catalogue (`TMDB_STATUS_CODES`, `TMDB_STATUS_HTTP`), so a change to either breaks this module.
import { TMDB_STATUS_CODES, TMDB_STATUS_HTTP, type TmdbError } from '@tmdb-kit/types';

export interface TmdbFailure {
  readonly httpStatus: number;
  readonly body: TmdbError;
}

/** A name of the spec's catalogue: `NotFound`, `InvalidApiKey`, ... */
type StatusName = keyof typeof TMDB_STATUS_CODES;

/**
 * The failure TMDB sends for the status `name`: its code and, unless given (an operation that can only
 * declare another status), the HTTP status TMDB sends it with.
 */
function failure(
  name: StatusName,
  statusMessage: string,
  httpStatus: number = TMDB_STATUS_HTTP[TMDB_STATUS_CODES[name]],
): TmdbFailure {
  const body = {
    success: false,
    status_code: TMDB_STATUS_CODES[name],
    status_message: statusMessage,
  } as const;
  return { httpStatus, body };
}

// Messages are our own wording; clients are expected to branch on `status_code`, which matches TMDB's.
export const tmdbErrors = {
  invalidCredentials: () =>
    failure('InvalidApiKey', 'Invalid API key: the access token or api_key is missing or wrong.'),
  authenticationFailed: () =>
    failure(
      'AuthenticationFailed',
      'Authentication failed: this session is missing, unknown or not allowed to do this.',
    ),
  sessionDenied: () => failure('SessionDenied', 'Session denied: the request token has not been validated.'),
  invalidLogin: () => failure('InvalidCredentials', 'Invalid username and/or password.'),
  invalidRequestToken: () =>
    failure('InvalidRequestToken', 'Invalid request token: it is unknown, used or expired.'),
  duplicateEntry: () => failure('DuplicateEntry', 'Duplicate entry: the item is already there.'),
  confirmationRequired: () => failure('ConfirmationRequired', 'Clearing a list needs confirm=true.'),
  invalidValue: () => failure('ValidationFailed', 'Validation failed: a value is missing or out of range.'),
  loginFieldsMissing: () => failure('CredentialsMissing', 'You must provide a username and password.'),
  invalidDate: () => failure('InvalidDate', 'Invalid date: dates are written YYYY-MM-DD.'),
  tooManyAppends: () => failure('TooManyAppends', 'Too many append_to_response objects: the maximum is 20.'),
  invalidTimezone: () =>
    failure('InvalidTimezone', 'Invalid timezone: use an IANA zone name such as Europe/Berlin.'),
  dateWindowTooLong: () =>
    failure('InvalidDateRange', 'Invalid date range: a window may span at most 14 days.'),
  requestTokenNotApproved: () =>
    failure(
      'RequestTokenNotApproved',
      'The request token has not been approved (or validated with a login).',
    ),
  invalidId: () => failure('InvalidId', 'Invalid id: the id is malformed.'),
  notFound: () => failure('NotFound', 'The resource you requested could not be found.'),
  invalidPage: () => failure('InvalidPage', 'Invalid page: pages start at 1 and end at 500.'),
  // TMDB sends code 5 with 422; operations that declare only 400 get it with 400.
  invalidParameters: () =>
    failure('InvalidParameters', 'Invalid parameters: the request has missing or malformed parameters.', 400),
  rateLimited: (limit: number) =>
    failure('RateLimited', `Your request count is over the allowed limit of ${limit}.`),
  internalError: () =>
    failure('InternalError', 'Internal error: something went wrong on the (simulated) server.'),
  badGateway: () =>
    failure('BackendUnreachable', 'Bad gateway: the (simulated) backend could not be reached.'),
  serviceOffline: () =>
    failure('ServiceOffline', 'Service offline: the (simulated) service is temporarily down.'),
  unknownRoute: () => failure('NotFound', 'The resource you requested could not be found.'),
  /** TMDB's 405 is status_code 4 ("invalid format"): the path exists, not with this method. */
  methodNotAllowed: (method: string, allowed: readonly string[]) =>
    failure('InvalidFormat', `Invalid method: ${method} is not served here; use ${allowed.join(' or ')}.`),
  tooLong: (field: string, limit: number) =>
    failure('InvalidParameters', `Invalid parameters: ${field} is longer than ${limit} characters.`),
  tooMany: (what: string, limit: number) =>
    failure('InvalidParameters', `Invalid parameters: an account may hold at most ${limit} ${what}.`),
  malformedUrl: () => failure('InvalidParameters', 'Invalid parameters: the request URL is malformed.', 400),
} satisfies Record<string, (...args: never[]) => TmdbFailure>;
