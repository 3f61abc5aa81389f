/**
 * What the rules know of Cognito's API: the generated fields of its service model (generated.ts,
 * never edited by hand) and the values AWS documents that the model still lacks.
 */
import { DOCUMENTED_VALUES } from './documented-values';
import { MODEL_FIELDS, MODEL_VERSION } from './generated';
import { ModelField } from './model-field';
import { show, Value } from '../values';

export { MODEL_VERSION };

/**
 * A field of the model, e.g. `CreateUserPoolClient.ExplicitAuthFlows[]`, its enum extended by the
 * documented values of its shape. Throws for a path the model lacks: a rule that names a field
 * Cognito removed fails every test at once instead of judging nothing.
 */
export function modelField(path: string): ModelField {
  const field = MODEL_FIELDS[path];
  if (!field) throw new Error(`Cognito's API model (${MODEL_VERSION}) has no field ${path}`);
  const documented = DOCUMENTED_VALUES.filter(d => d.shape === field.shape).map(d => d.value);
  return field.enum && documented.length > 0 ? { ...field, enum: [...field.enum, ...documented] } : field;
}

/** The values a field allows: its enum and the documented values of its shape. */
export function allowedValues(path: string): readonly string[] {
  const values = modelField(path).enum;
  if (!values) throw new Error(`the field ${path} of Cognito's API model (${MODEL_VERSION}) has no enum`);
  return values;
}

/**
 * The field's pattern as a JavaScript expression that the whole value must match. The model's
 * patterns are Java expressions; the ones Cognito uses (classes, `\w`, `\s`, `\p{L}`, `\xNN`)
 * mean the same in JavaScript with the `u` flag.
 */
export function modelPattern(path: string): RegExp {
  const pattern = modelField(path).pattern;
  if (pattern === undefined) throw new Error(`the field ${path} of Cognito's API model (${MODEL_VERSION}) has no pattern`);
  return new RegExp(`^(?:${pattern.replace(/^\^/, '').replace(/\$$/, '')})$`, 'u');
}

/** The length or value range of a field: `min`/`max` as the model gives them (absent: unbounded). */
export function modelRange(path: string): { readonly min: number; readonly max: number } {
  const { min, max } = modelField(path);
  return { min: min ?? 0, max: max ?? Number.POSITIVE_INFINITY };
}

/**
 * The message for a value that is not in a field's enum: it names the model version, so that a
 * value newer than the library is recognisable as such, and the nearest known value for a typo.
 */
export function notInModel(what: string, value: Value, path: string, noun: string): string {
  const allowed = allowedValues(path);
  const nearest = typeof value === 'string' ? nearestValue(value, allowed) : undefined;
  return `${what} ${show(value)} is not ${noun} of Cognito's API model (${MODEL_VERSION})`
    + `${nearest ? `; did you mean ${nearest}?` : ''}; allowed: ${allowed.join(', ')}`;
}

/** The known value closest to `value` (case-insensitive edit distance), when close enough to be a typo. */
export function nearestValue(value: string, candidates: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
