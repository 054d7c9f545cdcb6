// The offline stand-in for TMDB's website step of the v4 sign-in: `GET /auth/access?request_token=…`.
// The fake has no login form, so opening the page approves the token for the first configured user (the
// demo user by default), then sends the browser to the token's `redirect_to`, or shows a short page saying
// it is approved. An unknown, expired or already exchanged token gets an error page and approves nothing.
import type { MockState } from '../state/store.js';
import { V4_APPROVAL_PATH } from '../state/v4.js';

export const APPROVAL_PATH = V4_APPROVAL_PATH;

export interface ApprovalAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const page = (status: number, title: string, text: string): ApprovalAnswer => ({
  status,
  headers: { 'content-type': 'text/html;charset=utf-8', 'cache-control': 'no-store' },
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`,
});

export function approve(state: MockState, url: URL): ApprovalAnswer {
  const token = url.searchParams.get('request_token') ?? '';
  const record = state.v4.requestTokens.get(token);
  const approver = state.accounts.values().next().value;
  if (!record || record.expiresAt <= state.now() || !approver) {
    return page(404, 'Request token not found', 'This sign-in link is unknown, expired or already used.');
  }
  record.approvedFor = approver.id;
  if (record.redirectTo !== undefined) {
    return { status: 302, headers: { location: record.redirectTo, 'cache-control': 'no-store' }, body: '' };
  }
  return page(200, 'Approved', `${approver.user.username} approved this app. You can close this page.`);
}
