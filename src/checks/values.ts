/**
 * Reading resolved template values, where any value may be an intrinsic function that only
 * CloudFormation can evaluate. The checks judge only what is known.
 */

/** A resolved template value of unknown shape. */
export type Value = unknown;

/**
 * True for an intrinsic (`Ref`, `Fn::*`) that only CloudFormation evaluates, or a string that
 * still carries a token marker.
 */
export function isUnresolved(value: Value): boolean {
  if (typeof value === 'string') return value.includes('${Token[');
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

export function isObject(value: Value): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isAbsent(value: Value): boolean {
  return value === undefined || value === null;
}

/** The value as a string when it is a known string. */
export function knownString(value: Value): string | undefined {
  return typeof value === 'string' && !isUnresolved(value) ? value : undefined;
}

/** The value as a boolean when it is known (CloudFormation also accepts "true" / "false"). */
export function knownBoolean(value: Value): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/**
 * A list property: `undefined` when absent, `'unknown'` when the list itself is a token,
 * `'invalid'` when it is not a list at all, the items otherwise (each may still be a token).
 */
export function listOf(value: Value): Value[] | undefined | 'unknown' | 'invalid' {
  if (isAbsent(value)) return undefined;
  if (isUnresolved(value)) return 'unknown';
  if (!Array.isArray(value)) return 'invalid';
  return value;
}

/** The items of a list when the list and every item are known strings. */
export function knownStrings(value: Value): string[] | undefined {
  const list = listOf(value);
  if (list === undefined) return [];
  if (!Array.isArray(list)) return undefined;
  const strings = list.map(knownString);
  return strings.every(s => s !== undefined) ? strings as string[] : undefined;
}

/** The known string items of a list; unknown items are skipped. */
export function someStrings(value: Value): string[] {
  const list = listOf(value);
  return Array.isArray(list) ? list.map(knownString).filter((s): s is string => s !== undefined) : [];
}

/**
 * The literal beginning of a string value: the whole string when known, or the literal parts
 * of a `Fn::Join` up to its first token. `complete` says whether nothing follows.
 */
export function knownPrefix(value: Value): { prefix: string; complete: boolean } | undefined {
  const s = knownString(value);
  if (s !== undefined) return { prefix: s, complete: true };
  if (!isObject(value) || !Array.isArray(value['Fn::Join'])) return undefined;
  const [delimiter, parts] = value['Fn::Join'] as Value[];
  if (typeof delimiter !== 'string' || !Array.isArray(parts)) return undefined;
  let prefix = '';
  for (let i = 0; i < parts.length; i++) {
    const part = knownString(parts[i]);
    if (part === undefined) return prefix === '' ? undefined : { prefix, complete: false };
    prefix += (i > 0 ? delimiter : '') + part;
  }
  return { prefix, complete: true };
}

/** A short, readable rendering of a value for a message. */
export function show(value: Value): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** The literal text of a value: strings, and the string parts of intrinsics such as `Fn::Join`. */
export function literalText(value: Value): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(literalText).join('');
  return isObject(value) ? Object.values(value).map(literalText).join('') : '';
}
