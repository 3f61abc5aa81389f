import { IConstruct } from 'constructs';

/**
 * Construction errors name the construct that failed (which of four clients?), still as a plain
 * `Error`: `Auth/Web: callbackUrls of a web app must be an http(s) URL ... (received 'myapp://cb')`.
 */
export function withConstructPath<T>(path: string, build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof Error && !e.message.startsWith(`${path}: `)) throw new Error(`${path}: ${e.message}`);
    throw e;
  }
}

/** The path a construct with `id` will have under `scope`, before it exists. */
export function childPath(scope: IConstruct, id: string): string {
  return scope.node.path ? `${scope.node.path}/${id}` : id;
}

/** A received value for a message: never `undefined`, which reads as a bug from Python. */
export function received(value: unknown): string {
  return value === undefined || value === null ? 'not set' : JSON.stringify(value);
}
