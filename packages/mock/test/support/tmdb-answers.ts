// The bodies TMDB answers a successful write with, written out here (not imported from src/) so that a
// wrong status code or message in the fake fails the tests that expect them.
export const UPDATED = {
  success: true,
  status_code: 12,
  status_message: 'The item/record was updated successfully.',
} as const;

export const DELETED = {
  success: true,
  status_code: 13,
  status_message: 'The item/record was deleted successfully.',
} as const;
