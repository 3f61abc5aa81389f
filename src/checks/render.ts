import { isNumberToken, isObject, Value } from './values';
import { CfnResource, ResourceType, Stack, Token, Tokenization } from '../private/cdk-core';

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

/** The value an escape-hatch override gives a property, before resolution; `undefined` if none. */
export function propertyOverride(resource: CfnResource, name: string): unknown {
  const overrides = (resource as unknown as CfnResourceInternals).rawOverrides;
  const properties = isObject(overrides) ? overrides.Properties : undefined;
  return isObject(properties) ? properties[name] : undefined;
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

/** The `CfnUserPoolClient` properties whose template name is not the L1 name with its first letter in upper case. */
const IRREGULAR_NAMES: Record<string, string> = {
  callbackUrLs: 'CallbackURLs',
  logoutUrLs: 'LogoutURLs',
  defaultRedirectUri: 'DefaultRedirectURI',
};
/** The template name of every `CfnUserPoolClient` property, by its L1 name. */
const CLIENT_PROPERTY_NAMES = new Map([
  'accessTokenValidity', 'allowedOAuthFlows', 'allowedOAuthFlowsUserPoolClient', 'allowedOAuthScopes', 'analyticsConfiguration',
  'authSessionValidity', 'callbackUrLs', 'clientName', 'clientSecret', 'defaultRedirectUri', 'enablePropagateAdditionalUserContextData',
  'enableTokenRevocation', 'explicitAuthFlows', 'generateSecret', 'idTokenValidity', 'logoutUrLs', 'preventUserExistenceErrors',
  'readAttributes', 'refreshTokenRotation', 'refreshTokenValidity', 'supportedIdentityProviders', 'tokenValidityUnits', 'userPoolId',
  'writeAttributes',
].map(name => [name, IRREGULAR_NAMES[name] ?? upperFirst(name)]));
/** The template names of the members of its structs (all regular; others are computed). */
const MEMBER_NAMES = new Map([
  'accessToken', 'idToken', 'refreshToken', // TokenValidityUnits
  'applicationArn', 'applicationId', 'externalId', 'roleArn', 'userDataShared', // AnalyticsConfiguration
  'feature', 'retryGracePeriodSeconds', // RefreshTokenRotation
].map(name => [name, upperFirst(name)]));

/**
 * The template properties of an app client without the L1's type validators, which dominate
 * the cost (synthesis still runs them). Any property this code does not know falls back to the
 * L1's own `renderProperties`.
 */
function renderClientProperties(props: Record<string, unknown>): Record<string, unknown> | undefined {
  const rendered: Record<string, unknown> = {};
  for (const name of Object.keys(props)) {
    const templateName = CLIENT_PROPERTY_NAMES.get(name);
    if (templateName === undefined) return undefined;
    const value = props[name];
    if (value === undefined) continue;
    rendered[templateName] = isObject(value) && !Tokenization.isResolvable(value) ? renderStruct(value) : value;
  }
  return rendered;
}

function renderStruct(struct: Record<string, unknown>): Record<string, unknown> {
  const rendered: Record<string, unknown> = {};
  for (const key of Object.keys(struct)) {
    if (struct[key] !== undefined) rendered[MEMBER_NAMES.get(key) ?? upperFirst(key)] = struct[key];
  }
  return rendered;
}

function upperFirst(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function renderProperties(resource: CfnResource): RenderedResource | undefined {
  const internals = resource as unknown as CfnResourceInternals;
  if (typeof internals.renderProperties !== 'function' || !isObject(internals.cfnProperties) || !isObject(internals.rawOverrides)) {
    return undefined;
  }
  const stack = Stack.of(resource);
  const isClient = resource.cfnResourceType === ResourceType.USER_POOL_CLIENT;
  const rendered = (isClient ? renderClientProperties(internals.cfnProperties) : undefined)
    ?? internals.renderProperties(internals.cfnProperties);
  const body: Record<string, any> = {
    Properties: resolveTokens(stack, rendered, false),
    // What `_toCloudFormation` renders: the resource-level dependencies (same stack only).
    DependsOn: resource.obtainResourceDependencies()
      .filter(d => Stack.of(d) === stack)
      .map(d => stack.getLogicalId(d)),
  };
  if (Object.keys(internals.rawOverrides).length > 0) {
    merge(body, resolveTokens(stack, internals.rawOverrides, true) as Record<string, unknown>);
  }
  let logicalId: string | undefined;
  return {
    construct: resource,
    // Computing a logical id hashes the construct path; most clients never need theirs.
    get logicalId() {
      return logicalId ??= stack.getLogicalId(resource);
    },
    properties: isObject(body.Properties) ? body.Properties : {},
    dependsOn: dependsOnList(body.DependsOn),
  };
}

/**
 * Resolved token strings and numbers, per stack: clients share tokens (the pool's `Ref`), and a
 * token resolves the same way everywhere in one stack.
 */
const resolvedTokens = new WeakMap<Stack, Map<string | number, unknown>>();

function resolveToken(stack: Stack, token: string | number): unknown {
  let cache = resolvedTokens.get(stack);
  if (!cache) {
    cache = new Map();
    resolvedTokens.set(stack, cache);
  }
  if (!cache.has(token)) cache.set(token, stack.resolve(token));
  return cache.get(token); // shared: nothing below mutates a rendered value in place
}

/**
 * Cheap tests that let most literals skip `Token.isUnresolved`: string tokens carry `${Token[`
 * or `#{Token[`, and number tokens are `isNumberToken`.
 */
function mayBeToken(value: string): boolean {
  return value.includes('{Token[');
}

/**
 * Resolves the tokens in a value; `keepUndefined` keeps deletion overrides. What holds no token
 * (and, unless kept, no `undefined`) is returned as it is, not copied: nothing downstream
 * mutates a rendered value in place (`merge` copies what it changes).
 */
function resolveTokens(stack: Stack, value: unknown, keepUndefined: boolean): unknown {
  if (typeof value === 'string') {
    return mayBeToken(value) && Token.isUnresolved(value) ? resolveToken(stack, value) : value;
  }
  if (typeof value === 'number') {
    return isNumberToken(value) && Token.isUnresolved(value) ? resolveToken(stack, value) : value;
  }
  if (Array.isArray(value)) {
    const listToken = value.length === 1 && typeof value[0] === 'string' && mayBeToken(value[0]) && Token.isUnresolved(value);
    if (listToken) return stack.resolve(value);
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const resolved = resolveTokens(stack, value[i], keepUndefined);
      if (resolved !== value[i]) (copy ??= value.slice())[i] = resolved;
    }
    return copy ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (Tokenization.isResolvable(value)) return stack.resolve(value);
  const object = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(object)) {
    const resolved = resolveTokens(stack, object[key], keepUndefined);
    if (resolved === object[key] && (resolved !== undefined || keepUndefined)) continue;
    copy ??= { ...object };
    if (resolved !== undefined || keepUndefined) copy[key] = resolved;
    else delete copy[key];
  }
  return copy ?? object;
}

/**
 * The merge `CfnResource` applies to raw overrides: objects merge into objects and into lists
 * (`CallbackURLs.1`), an intrinsic function on either side replaces rather than merges, and
 * `undefined` deletes. It copies what it changes, so cached token values stay intact.
 */
function merge(target: Record<string, any>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (isObject(value)) {
      const current = target[key];
      if (typeof current !== 'object' || current === null || isIntrinsic(current) || isIntrinsic(value)) {
        target[key] = {};
      } else {
        target[key] = Array.isArray(current) ? [...current] : { ...current }; // copy on write: values may be shared
      }
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
