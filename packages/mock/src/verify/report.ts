// Turns verdicts into the report a maintainer reads: one row per operation, JSON path and kind of
// contradiction (with how often it came and a record to look at), minus what a checked exception
// justifies. An exception that no longer matches anything is reported too, so the list cannot rot.
import type { Contradiction } from './check-value.js';
import type { LoadProblem } from './samples.js';
import type { SampleVerdict } from './verify.js';

/** A contradiction the project accepts, with the reason (e.g. the sample predates a field TMDB added). */
export interface VerifyException {
  readonly operation: string;
  /** A generalised JSON path (`$.results[*].adult`); it also covers everything below it. */
  readonly path: string;
  readonly reason: string;
}

export interface ReportRow {
  readonly operation: string;
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
  readonly count: number;
  /** A record id to look up, or the sample the first occurrence came from. */
  readonly example: string;
  /** For a contradiction an exception justifies: the exception's reason. */
  readonly reason?: string;
}

export interface VerifyReport {
  readonly samples: number;
  /** Samples without any contradiction that no exception justifies. */
  readonly validated: number;
  readonly rows: readonly ReportRow[];
  readonly excused: readonly ReportRow[];
  readonly staleExceptions: readonly VerifyException[];
  readonly problems: readonly LoadProblem[];
  readonly ok: boolean;
}

export function covers(exception: VerifyException, operation: string, pattern: string): boolean {
  if (exception.operation !== operation) return false;
  if (pattern === exception.path) return true;
  const next = pattern.charAt(exception.path.length);
  return pattern.startsWith(exception.path) && (next === '.' || next === '[');
}

export function buildReport(
  verdicts: readonly SampleVerdict[],
  problems: readonly LoadProblem[] = [],
  exceptions: readonly VerifyException[] = [],
): VerifyReport {
  const rows = new Map<string, ReportRow>();
  const excused = new Map<string, ReportRow>();
  const used = new Set<VerifyException>();
  let validated = 0;
  const checked = new Set<string>();
  for (const verdict of verdicts) {
    // A sample at a path no operation serves is named by its method and path, so that an exception can
    // justify exactly that path (TMDB's v4 file describes a list delete at a path that does not exist).
    const operation = verdict.operationId ?? `${verdict.sample.method.toUpperCase()} ${verdict.sample.path}`;
    checked.add(operation);
    let clean = true;
    for (const found of verdict.contradictions) {
      const exception = exceptions.find((candidate) => covers(candidate, operation, found.pattern));
      if (exception) used.add(exception);
      else clean = false;
      if (exception) tally(excused, operation, found, verdict.sample.source, exception.reason);
      else tally(rows, operation, found, verdict.sample.source);
    }
    if (clean) validated++;
  }
  // Only exceptions of operations this run saw can be stale: a TMDB v4 file says nothing about v3 ones.
  const staleExceptions = exceptions.filter(
    (exception) => checked.has(exception.operation) && !used.has(exception),
  );
  return {
    samples: verdicts.length,
    validated,
    rows: [...rows.values()],
    excused: [...excused.values()],
    staleExceptions,
    problems,
    ok: rows.size === 0 && staleExceptions.length === 0 && problems.length === 0,
  };
}

function tally(
  rows: Map<string, ReportRow>,
  operation: string,
  found: Contradiction,
  source: string,
  reason?: string,
): void {
  const key = JSON.stringify([
    operation,
    found.pattern,
    found.expected,
    found.rule === 'value' ? '' : found.actual,
  ]);
  const row = rows.get(key);
  if (row) {
    rows.set(key, { ...row, count: row.count + 1 });
    return;
  }
  const example = found.recordId === undefined ? source : `${found.recordId} (${source})`;
  const first: ReportRow = {
    operation,
    path: found.pattern,
    expected: found.expected,
    actual: found.actual,
    count: 1,
    example,
  };
  rows.set(key, reason === undefined ? first : { ...first, reason });
}

/** The report as Markdown: readable in a terminal and as a GitHub job summary. */
export function formatReport(report: VerifyReport, title = 'Spec verification'): string {
  const lines = [`## ${title}`, ''];
  lines.push(
    `${report.samples} responses checked: ${report.validated} validated, ` +
      `${report.samples - report.validated} contradict the spec` +
      (report.excused.length > 0
        ? ` (${report.excused.length} contradictions justified by exceptions)`
        : '') +
      '.',
    '',
  );
  if (report.rows.length > 0) {
    lines.push('### Contradictions', '', ...table(report.rows), '');
  }
  if (report.excused.length > 0) {
    lines.push('### Justified by checked exceptions', '');
    const cell = (text: string) => text.replaceAll('|', '\\|');
    lines.push('| operation | JSON path | came | times | reason |', '| --- | --- | --- | ---: | --- |');
    for (const row of report.excused)
      lines.push(
        `| ${row.operation} | \`${cell(row.path)}\` | ${cell(row.actual)} | ${row.count} | ${cell(row.reason ?? '')} |`,
      );
    lines.push('');
  }
  if (report.staleExceptions.length > 0) {
    lines.push('### Exceptions that no longer fail (remove them)', '');
    for (const exception of report.staleExceptions) lines.push(`- ${exception.operation} ${exception.path}`);
    lines.push('');
  }
  if (report.problems.length > 0) {
    lines.push('### Unreadable samples', '');
    for (const problem of report.problems) lines.push(`- ${problem.source}: ${problem.message}`);
    lines.push('');
  }
  lines.push(report.ok ? 'Result: the spec holds.' : 'Result: the spec is contradicted.');
  return lines.join('\n');
}

function table(rows: readonly ReportRow[]): string[] {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const sorted = [...rows].sort(
    (a, b) => a.operation.localeCompare(b.operation) || a.path.localeCompare(b.path),
  );
  return [
    '| operation | JSON path | spec says | came | times | example |',
    '| --- | --- | --- | --- | ---: | --- |',
    ...sorted.map(
      (row) =>
        `| ${cell(row.operation)} | \`${cell(row.path)}\` | ${cell(row.expected)} | ${cell(row.actual)} | ${row.count} | ${cell(row.example)} |`,
    ),
  ];
}
