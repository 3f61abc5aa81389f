import { CfnResource, Stack, Token, Tokenization } from 'aws-cdk-lib';
import { isObject, Value } from './values';

/** A resource as it will be synthesized: resolved, overrides applied. */
export interface RenderedResource {
  readonly construct: CfnResource;
  readonly logicalId: string;
  readonly properties: Record<string, Value>;
  readonly dependsOn: string[];
}

/** The parts of `CfnResource` that synthesis itself uses to render properties. */
interface CfnResourceInternals {
  readonly cfnProperties?: Record<string, unknown>;
  readonly rawOverrides?: Record<string, unknown>;
  renderProperties?(props: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Renders a resource as the template will hold it; `undefined` if it cannot be rendered yet.
 *
 * Resolving a whole resource costs as much as synthesizing it, and the checks would pay it again
 * for every client. So the properties are rendered the way `CfnResource._toCloudFormation` does
 * (same `renderProperties`, same override merge), but only the tokens in them are resolved.
 * When those internals are not there, the full rendering is used. A test holds the two equal.
 */
export function render(resource: CfnResource): RenderedResource | undefined {
  try {
    return renderProperties(resource) ?? renderThroughSynthesis(resource);
  } catch {
    return undefined;
  }
}

/** The full rendering, exactly as synthesis does it. */
export function renderThroughSynthesis(resource: CfnResource): RenderedResource {
  const stack = Stack.of(resource);
  const fragment = stack.resolve((resource as any)._toCloudFormation());
  const [logicalId, body] = Object.entries(fragment.Resources as Record<string, any>)[0];
  return {
    construct: resource,
    logicalId,
    properties: isObject(body.Properties) ? body.Properties : {},
    dependsOn: dependsOnList(body.DependsOn),
  };
}

function renderProperties(resource: CfnResource): RenderedResource | undefined {
  const internals = resource as unknown as CfnResourceInternals;
  if (typeof internals.renderProperties !== 'function' || !isObject(internals.cfnProperties) || !isObject(internals.rawOverrides)) {
    return undefined;
  }
  const stack = Stack.of(resource);
  const rendered = internals.renderProperties(internals.cfnProperties);
  const body: Record<string, any> = {
    Properties: resolveTokens(stack, rendered, false),
    DependsOn: resource.obtainDependencies()
      .filter((d): d is CfnResource => CfnResource.isCfnResource(d) && Stack.of(d) === stack)
      .map(d => stack.getLogicalId(d)),
  };
  merge(body, resolveTokens(stack, internals.rawOverrides, true) as Record<string, unknown>);
  return {
    construct: resource,
    logicalId: stack.getLogicalId(resource),
    properties: isObject(body.Properties) ? body.Properties : {},
    dependsOn: dependsOnList(body.DependsOn),
  };
}

/** Resolves the tokens in a value and copies the rest; `keepUndefined` keeps deletion overrides. */
function resolveTokens(stack: Stack, value: unknown, keepUndefined: boolean): unknown {
  if (typeof value === 'string' || typeof value === 'number') {
    return Token.isUnresolved(value) ? stack.resolve(value) : value;
  }
  if (Array.isArray(value)) {
    return Token.isUnresolved(value) ? stack.resolve(value) : value.map(v => resolveTokens(stack, v, keepUndefined));
  }
  if (value === null || typeof value !== 'object') return value;
  if (Tokenization.isResolvable(value)) return stack.resolve(value);
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const resolved = resolveTokens(stack, v, keepUndefined);
    if (resolved !== undefined || keepUndefined) copy[key] = resolved;
  }
  return copy;
}

/**
 * The merge `CfnResource` applies to raw overrides: objects merge into objects and into lists
 * (`CallbackURLs.1`), an intrinsic function on either side replaces rather than merges, and
 * `undefined` deletes.
 */
function merge(target: Record<string, any>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (isObject(value)) {
      if (typeof target[key] !== 'object' || target[key] === null || isIntrinsic(target[key]) || isIntrinsic(value)) target[key] = {};
      merge(target[key], value);
      if (Object.keys(target[key]).length === 0) delete target[key];
    } else if (value === undefined) {
      delete target[key];
    } else {
      target[key] = value;
    }
  }
}

function isIntrinsic(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

function dependsOnList(value: unknown): string[] {
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}
