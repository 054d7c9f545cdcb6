// Answers recorded requests from captures. Each capture is validated against the spec when it is loaded
// (a capture that contradicts the spec is still served, since it is what TMDB sent, but the report says
// so); a request is matched on its method, its path and its query without credentials, the same key the
// recorder saved it under, so a replay needs no secret to find its answer.
import { bundledSpec } from '../openapi/bundled-spec.js';
import { indexSpec } from '../openapi/operations.js';
import { createRouter } from '../openapi/router.js';
import { buildReport, type VerifyReport } from '../verify/report.js';
import { createVerifier } from '../verify/verify.js';
import { captureKey, digest, parseJsonBody, requestKey } from './format.js';
import { captureSample, readCaptureFolder, type StoredCapture } from './load.js';
import { createRedactor } from './redact.js';

export interface ReplayAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface Replay {
  /** How many distinct requests the captures answer. */
  readonly size: number;
  /** The recorded answer to this request, or undefined when none was recorded. */
  answer(method: string, url: URL, bodyText?: string): ReplayAnswer | undefined;
}

/** `spec` defaults to the bundled spec of @tmdb-kit/types (the one the fake serves). */
export function createReplay(captures: readonly StoredCapture[], spec: unknown = bundledSpec): Replay {
  const router = createRouter(indexSpec(spec).operations);
  const keyOf = (method: string, url: URL, bodyText: string | undefined): string => {
    // A fresh redactor knows no secret values, only secret names: exactly what the saved keys depend on.
    const redactor = createRedactor([]);
    const upper = method.toUpperCase();
    const template = router.match(upper, url.pathname)?.operation.pathTemplate;
    let key = requestKey(upper, redactor.path(url.pathname, template), redactor.query(url.searchParams));
    const body = parseJsonBody(bodyText);
    if (body !== undefined) key += ` #${digest(JSON.stringify(redactor.body(body)))}`;
    return key;
  };
  const answers = new Map<string, ReplayAnswer>();
  for (const { capture } of captures) {
    const { request, response } = capture;
    answers.set(captureKey(request), {
      status: response.status,
      headers: { 'content-type': response.headers['content-type'] ?? 'application/json;charset=utf-8' },
      body: JSON.stringify(response.body),
    });
  }
  return {
    size: answers.size,
    answer(method, url, bodyText) {
      return answers.get(keyOf(method, url, bodyText));
    },
  };
}

export interface LoadedReplay {
  readonly replay: Replay;
  /** How the captures fare against the spec, and which files could not be read. */
  readonly report: VerifyReport;
}

/** Reads a captures folder, validates every capture against `spec` and builds the replay. */
export async function loadReplay(folder: string, spec: unknown = bundledSpec): Promise<LoadedReplay> {
  const { captures, problems } = await readCaptureFolder(folder);
  const verifier = createVerifier(spec);
  const report = buildReport(
    captures.map((stored) => verifier.verify(captureSample(stored))),
    problems,
  );
  return { replay: createReplay(captures, spec), report };
}
