// TMDB's own error catalogue: the HTTP status and body TMDB sends for each failure the fake reproduces.
// Bodies are shaped by the generated `TmdbError`, so a change to that schema breaks this module.
import type { TmdbError } from '@tmdb-kit/types';

export interface TmdbFailure {
  readonly httpStatus: number;
  readonly body: TmdbError;
}

function failure(httpStatus: number, statusCode: number, statusMessage: string): TmdbFailure {
  return { httpStatus, body: { success: false, status_code: statusCode, status_message: statusMessage } };
}

// Messages are our own wording; clients are expected to branch on `status_code`, which matches TMDB's.
export const tmdbErrors = {
  invalidCredentials: () =>
    failure(401, 7, 'Invalid API key: the access token or api_key is missing or wrong.'),
  authenticationFailed: () =>
    failure(401, 3, 'Authentication failed: this session is missing, unknown or not allowed to do this.'),
  sessionDenied: () => failure(401, 17, 'Session denied: the request token has not been validated.'),
  invalidLogin: () => failure(401, 30, 'Invalid username and/or password.'),
  invalidRequestToken: () => failure(401, 33, 'Invalid request token: it is unknown, used or expired.'),
  duplicateEntry: () => failure(403, 8, 'Duplicate entry: the item is already there.'),
  confirmationRequired: () => failure(400, 29, 'Clearing a list needs confirm=true.'),
  invalidValue: () => failure(400, 18, 'Validation failed: a value is missing or out of range.'),
  loginFieldsMissing: () => failure(400, 26, 'You must provide a username and password.'),
  invalidDate: () => failure(400, 23, 'Invalid date: dates are written YYYY-MM-DD.'),
  tooManyAppends: () => failure(400, 27, 'Too many append_to_response objects: the maximum is 20.'),
  invalidTimezone: () => failure(400, 28, 'Invalid timezone: use an IANA zone name such as Europe/Berlin.'),
  dateWindowTooLong: () => failure(422, 20, 'Invalid date range: a window may span at most 14 days.'),
  requestTokenNotApproved: () =>
    failure(422, 41, 'The request token has not been approved (or validated with a login).'),
  invalidId: () => failure(404, 6, 'Invalid id: the id is malformed.'),
  notFound: () => failure(404, 34, 'The resource you requested could not be found.'),
  invalidPage: () => failure(400, 22, 'Invalid page: pages start at 1 and end at 500.'),
  invalidParameters: () =>
    failure(400, 5, 'Invalid parameters: the request has missing or malformed parameters.'),
  rateLimited: (limit: number) =>
    failure(429, 25, `Your request count is over the allowed limit of ${limit}.`),
  internalError: () => failure(500, 11, 'Internal error: something went wrong on the (simulated) server.'),
  badGateway: () => failure(502, 24, 'Bad gateway: the (simulated) backend did not answer in time.'),
  serviceOffline: () => failure(503, 9, 'Service offline: the (simulated) service is temporarily down.'),
  unknownRoute: () => failure(404, 34, 'The resource you requested could not be found.'),
  /** TMDB's 405 is status_code 4 ("invalid format"): the path exists, not with this method. */
  methodNotAllowed: (method: string, allowed: readonly string[]) =>
    failure(405, 4, `Invalid method: ${method} is not served here; use ${allowed.join(' or ')}.`),
  tooLong: (field: string, limit: number) =>
    failure(422, 5, `Invalid parameters: ${field} is longer than ${limit} characters.`),
  tooMany: (what: string, limit: number) =>
    failure(422, 5, `Invalid parameters: an account may hold at most ${limit} ${what}.`),
  malformedUrl: () => failure(400, 5, 'Invalid parameters: the request URL is malformed.'),
} satisfies Record<string, (...args: never[]) => TmdbFailure>;
