import {
  OPERATION_ASPECTS,
  type OperationShape,
  PARAMETER_ASPECTS,
  type ParameterShape,
} from './operations.js';

/** One fact that differs; `undefined` means the document does not state it. */
export interface AspectChange {
  aspect: string;
  ours: string | undefined;
  theirs: string | undefined;
}

export interface OperationRef {
  method: string;
  path: string;
}

export interface ParameterRef {
  location: string;
  name: string;
}

export interface ChangedParameter extends ParameterRef {
  changes: AspectChange[];
}

export interface RenamedParameter {
  location: string;
  from: string;
  to: string;
}

export interface ChangedOperation extends OperationRef {
  /** Parameters the newer side (theirs) has and the older (ours) does not. */
  addedParameters: ParameterRef[];
  /** Parameters ours has and theirs no longer does. */
  removedParameters: ParameterRef[];
  /** A parameter gone and one added in its place, alike in everything but the name. */
  renamedParameters: RenamedParameter[];
  changedParameters: ChangedParameter[];
  /** Operation-level facts: request body, deprecation. */
  changes: AspectChange[];
}

/**
 * How one description (theirs) differs from another (ours): "added" is in theirs only, "removed" in
 * ours only. Ours is the baseline or our own spec, theirs the upstream document being checked.
 */
export interface SpecDiff {
  addedOperations: OperationRef[];
  removedOperations: OperationRef[];
  changedOperations: ChangedOperation[];
  /** Operations present on both sides, changed or not. */
  comparedOperations: number;
}

export function diffOperations(
  ours: Map<string, OperationShape>,
  theirs: Map<string, OperationShape>,
): SpecDiff {
  const diff: SpecDiff = {
    addedOperations: [],
    removedOperations: [],
    changedOperations: [],
    comparedOperations: 0,
  };
  for (const key of sortedUnion(ours.keys(), theirs.keys())) {
    const our = ours.get(key);
    const their = theirs.get(key);
    if (!our && their) diff.addedOperations.push(refOf(their));
    else if (our && !their) diff.removedOperations.push(refOf(our));
    else if (our && their) {
      diff.comparedOperations += 1;
      const changed = diffOperation(our, their);
      if (changed) diff.changedOperations.push(changed);
    }
  }
  return diff;
}

/** Operations added, removed or changed. */
export function countDifferences(diff: SpecDiff): number {
  return diff.addedOperations.length + diff.removedOperations.length + diff.changedOperations.length;
}

export function isChanged(operation: ChangedOperation): boolean {
  return (
    operation.changes.length +
      operation.addedParameters.length +
      operation.removedParameters.length +
      operation.renamedParameters.length +
      operation.changedParameters.length >
    0
  );
}

function diffOperation(ours: OperationShape, theirs: OperationShape): ChangedOperation | undefined {
  const added: ParameterShape[] = [];
  const removed: ParameterShape[] = [];
  const changedParameters: ChangedParameter[] = [];
  for (const key of sortedUnion(ours.parameters.keys(), theirs.parameters.keys())) {
    const our = ours.parameters.get(key);
    const their = theirs.parameters.get(key);
    if (!our && their) added.push(their);
    else if (our && !their) removed.push(our);
    else if (our && their) {
      const changes = compareAspects(PARAMETER_ASPECTS, our.aspects, their.aspects);
      if (changes.length > 0) changedParameters.push({ ...parameterRefOf(their), changes });
    }
  }
  const renamedParameters = pairRenames(removed, added);
  const renamedFrom = new Set(renamedParameters.map(({ location, from }) => `${location}:${from}`));
  const renamedTo = new Set(renamedParameters.map(({ location, to }) => `${location}:${to}`));
  const changed: ChangedOperation = {
    ...refOf(theirs),
    addedParameters: added.filter((p) => !renamedTo.has(`${p.location}:${p.name}`)).map(parameterRefOf),
    removedParameters: removed.filter((p) => !renamedFrom.has(`${p.location}:${p.name}`)).map(parameterRefOf),
    renamedParameters,
    changedParameters,
    changes: compareAspects(OPERATION_ASPECTS, ours.aspects, theirs.aspects),
  };
  return isChanged(changed) ? changed : undefined;
}

/**
 * A parameter removed and one added in the same place with exactly the same facts is a rename. Only
 * unambiguous pairs count: with two look-alikes on either side, nobody can tell which became which.
 */
function pairRenames(removed: ParameterShape[], added: ParameterShape[]): RenamedParameter[] {
  const signature = (parameter: ParameterShape) =>
    JSON.stringify([parameter.location, ...PARAMETER_ASPECTS.map((aspect) => parameter.aspects[aspect])]);
  const renames: RenamedParameter[] = [];
  for (const gone of removed) {
    const candidates = added.filter((parameter) => signature(parameter) === signature(gone));
    const lookAlikes = removed.filter((parameter) => signature(parameter) === signature(gone));
    const [only] = candidates;
    if (only && candidates.length === 1 && lookAlikes.length === 1) {
      renames.push({ location: gone.location, from: gone.name, to: only.name });
    }
  }
  return renames;
}

function compareAspects<Aspect extends string>(
  aspects: readonly Aspect[],
  ours: Record<Aspect, string | undefined>,
  theirs: Record<Aspect, string | undefined>,
): AspectChange[] {
  return aspects
    .filter((aspect) => ours[aspect] !== theirs[aspect])
    .map((aspect) => ({ aspect, ours: ours[aspect], theirs: theirs[aspect] }));
}

function sortedUnion(first: Iterable<string>, second: Iterable<string>): string[] {
  return [...new Set([...first, ...second])].sort();
}

const refOf = ({ method, path }: OperationShape): OperationRef => ({ method, path });
const parameterRefOf = ({ location, name }: ParameterShape): ParameterRef => ({ location, name });
