// CORS for the browser demo calling the fake directly: any origin, the headers TMDB clients send, and
// Retry-After exposed so a browser client can honour 429s.
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, Accept',
  'access-control-expose-headers': 'Retry-After',
  'access-control-max-age': '600',
};
