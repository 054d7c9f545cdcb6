// The reviewed list of ways our spec differs from TMDB's on purpose (scripts/spec-diff/deliberate-differences.json).
// `--against-ours` leaves out every difference a rule matches, so what it reports is new.
import { readFile } from 'node:fs/promises';
import {
  type AspectChange,
  type ChangedOperation,
  isChanged,
  type OperationRef,
  type SpecDiff,
} from './diff.js';
import { SpecDiffError } from './errors.js';
import { isJsonObject } from './json.js';

export const DIFFERENCE_KINDS = [
  'operation-added',
  'operation-removed',
  'operation-changed',
  'parameter-added',
  'parameter-removed',
  'parameter-renamed',
  'parameter-changed',
] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** Every field given must match; `operation` and `parameter` are regular expressions matched whole. */
export interface DifferenceMatch {
  difference?: DifferenceKind;
  /** `METHOD /path`, e.g. `GET /3/movie/\{movie_id\}`. */
  operation?: string;
  location?: string;
  parameter?: string;
  aspect?: string;
  /** The value in our spec; `null` when our spec does not state it. */
  ours?: string | null;
  /** The value in TMDB's; `null` when TMDB's does not state it. */
  theirs?: string | null;
}

export interface DeliberateDifference {
  rule: string;
  reason: string;
  match: DifferenceMatch;
}

/** One elementary difference, as rules see it. */
interface Fact {
  difference: DifferenceKind;
  operation: string;
  location?: string;
  parameter?: string;
  aspect?: string;
  ours?: string | undefined;
  theirs?: string | undefined;
}

export interface FilteredDiff {
  diff: SpecDiff;
  /** How many elementary differences the rules left out. */
  ignored: number;
  /** Rules that matched nothing: what they excused is gone, so they can go too. */
  unused: DeliberateDifference[];
}

const MATCH_FIELDS = ['difference', 'operation', 'location', 'parameter', 'aspect', 'ours', 'theirs'];

export async function readDeliberateDifferences(file: string): Promise<DeliberateDifference[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SpecDiffError(`${file}: cannot read the deliberate differences (${String(error)})`);
  }
  const list = isJsonObject(parsed) ? parsed.differences : undefined;
  if (!Array.isArray(list)) throw new SpecDiffError(`${file}: expected {"differences": [...]}`);
  return list.map((entry, index) => {
    try {
      return parseRule(entry);
    } catch (error) {
      throw new SpecDiffError(
        `${file}: difference #${index + 1}: ${error instanceof Error ? error.message : error}`,
      );
    }
  });
}

/** Strict: a misspelt field would otherwise widen a rule to match everything. */
function parseRule(entry: unknown): DeliberateDifference {
  if (!isJsonObject(entry)) throw new Error('not an object');
  const { rule, reason, match } = entry;
  if (typeof rule !== 'string' || rule === '') throw new Error('needs a "rule"');
  if (typeof reason !== 'string' || reason === '') throw new Error(`"${rule}" needs a "reason"`);
  if (!isJsonObject(match) || Object.keys(match).length === 0) throw new Error(`"${rule}" needs a "match"`);
  const parsed: DifferenceMatch = {};
  for (const [field, value] of Object.entries(match)) {
    if (!MATCH_FIELDS.includes(field)) throw new Error(`"${rule}": unknown match field "${field}"`);
    if (field === 'ours' || field === 'theirs') {
      if (typeof value !== 'string' && value !== null)
        throw new Error(`"${rule}": ${field} must be a string or null`);
      parsed[field] = value;
    } else if (typeof value !== 'string') {
      throw new Error(`"${rule}": ${field} must be a string`);
    } else if (field === 'difference') {
      const kind = DIFFERENCE_KINDS.find((known) => known === value);
      if (!kind) throw new Error(`"${rule}": difference must be one of ${DIFFERENCE_KINDS.join(', ')}`);
      parsed.difference = kind;
    } else if (field === 'operation' || field === 'parameter') {
      try {
        new RegExp(value);
      } catch {
        throw new Error(`"${rule}": ${field} is not a regular expression`);
      }
      parsed[field] = value;
    } else if (field === 'location' || field === 'aspect') {
      parsed[field] = value;
    }
  }
  return { rule, reason, match: parsed };
}

export function applyDeliberateDifferences(diff: SpecDiff, rules: DeliberateDifference[]): FilteredDiff {
  const used = new Set<DeliberateDifference>();
  let ignored = 0;
  const keep = (fact: Fact): boolean => {
    const rule = rules.find((candidate) => matches(candidate.match, fact));
    if (!rule) return true;
    used.add(rule);
    ignored += 1;
    return false;
  };
  const name = ({ method, path }: OperationRef) => `${method} ${path}`;
  const filtered: SpecDiff = {
    comparedOperations: diff.comparedOperations,
    addedOperations: diff.addedOperations.filter((op) =>
      keep({ difference: 'operation-added', operation: name(op) }),
    ),
    removedOperations: diff.removedOperations.filter((op) =>
      keep({ difference: 'operation-removed', operation: name(op) }),
    ),
    changedOperations: diff.changedOperations
      .map((op): ChangedOperation => {
        const operation = name(op);
        const aspectFact = (
          difference: DifferenceKind,
          change: AspectChange,
          where?: Omit<Fact, 'difference'>,
        ) => ({
          difference,
          operation,
          ...where,
          aspect: change.aspect,
          ours: change.ours,
          theirs: change.theirs,
        });
        return {
          ...op,
          changes: op.changes.filter((change) => keep(aspectFact('operation-changed', change))),
          addedParameters: op.addedParameters.filter((p) =>
            keep({ difference: 'parameter-added', operation, location: p.location, parameter: p.name }),
          ),
          removedParameters: op.removedParameters.filter((p) =>
            keep({ difference: 'parameter-removed', operation, location: p.location, parameter: p.name }),
          ),
          renamedParameters: op.renamedParameters.filter((p) =>
            keep({
              difference: 'parameter-renamed',
              operation,
              location: p.location,
              ours: p.from,
              theirs: p.to,
            }),
          ),
          changedParameters: op.changedParameters
            .map((p) => ({
              ...p,
              changes: p.changes.filter((change) =>
                keep(
                  aspectFact('parameter-changed', change, {
                    operation,
                    location: p.location,
                    parameter: p.name,
                  }),
                ),
              ),
            }))
            .filter((p) => p.changes.length > 0),
        };
      })
      .filter(isChanged),
  };
  return { diff: filtered, ignored, unused: rules.filter((rule) => !used.has(rule)) };
}

function matches(match: DifferenceMatch, fact: Fact): boolean {
  const whole = (pattern: string, value: string | undefined) =>
    value !== undefined && new RegExp(`^(?:${pattern})$`).test(value);
  return (
    (match.difference === undefined || match.difference === fact.difference) &&
    (match.operation === undefined || whole(match.operation, fact.operation)) &&
    (match.location === undefined || match.location === fact.location) &&
    (match.parameter === undefined || whole(match.parameter, fact.parameter)) &&
    (match.aspect === undefined || match.aspect === fact.aspect) &&
    (match.ours === undefined || (match.ours ?? undefined) === fact.ours) &&
    (match.theirs === undefined || (match.theirs ?? undefined) === fact.theirs)
  );
}
