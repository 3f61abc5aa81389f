import { isAbsent, isObject, isUnresolved, knownBoolean, knownString, knownStrings, someStrings, Value } from './values';
import { SECONDS_PER } from '../app-client/durations';

/**
 * Cognito's reading of a client's settings, its defaults applied where a property is absent.
 * Every function returns `undefined` when the answer depends on a token.
 */

/** Cognito's flows when `ExplicitAuthFlows` is absent. */
export const DEFAULT_AUTH_FLOWS = ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'];

export const STANDARD_SCOPES = ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'];

/**
 * Scopes Cognito itself defines, which no resource server defines: the user's own API access, and
 * the access token of dynamic client registration (`/oauth2/register`). Not in the service model
 * (scopes are free strings there): the developer guide names them.
 */
export const RESERVED_SCOPES = ['aws.cognito.signin.user.admin', 'aws.cognito/dcr/register'];

/**
 * Machine-to-machine tokens through `GetClientToken`, without a domain. The flow must be the
 * client's only one and needs a secret (API reference, GetClientToken).
 */
export const CLIENT_TOKEN_FLOW = 'ALLOW_CLIENT_TOKEN_AUTH';

/** Flows of OAuth 2.0 token exchange (`GetDerivedToken`): `ALLOW_TOKEN_EXCHANGE_<kind>`. */
export function isTokenExchangeFlow(flow: string): boolean {
  return flow.startsWith('ALLOW_TOKEN_EXCHANGE_');
}

/**
 * Whether a flow signs a user in. Refreshing, client tokens and token exchange do not: they renew,
 * authorize a service, or derive from a sign-in that happened through another client. Any other
 * flow does, one Cognito adds later included, so the user-facing warnings stay on until it is known.
 */
export function signsInUser(flow: string): boolean {
  return flow !== 'ALLOW_REFRESH_TOKEN_AUTH' && flow !== CLIENT_TOKEN_FLOW && !isTokenExchangeFlow(flow);
}

/**
 * Whether users sign in through the client: a user sign-in flow (the defaults included) or the
 * `code` or `implicit` grant. `undefined` when a token hides the flows.
 */
export function hasUserSignIn(props: Record<string, Value>): boolean | undefined {
  const grants = knownStrings(props.AllowedOAuthFlows);
  if (grants?.some(f => f === 'code' || f === 'implicit')) return true;
  const flows = authFlows(props);
  if (flows?.some(signsInUser)) return true;
  return grants === undefined || flows === undefined ? undefined : false;
}

/** Seconds in each `TokenValidityUnits` unit, as the construct writes them. */
export const SECONDS_PER_UNIT: Record<string, number> = SECONDS_PER;

/** The effective `ExplicitAuthFlows`. */
export function authFlows(props: Record<string, Value>): string[] | undefined {
  return isAbsent(props.ExplicitAuthFlows) ? DEFAULT_AUTH_FLOWS : knownStrings(props.ExplicitAuthFlows);
}

/** The known OAuth flows (tokens left out). */
export function oAuthFlows(props: Record<string, Value>): string[] {
  return someStrings(props.AllowedOAuthFlows);
}

/** The known OAuth scopes (tokens left out). */
export function oAuthScopes(props: Record<string, Value>): string[] {
  return someStrings(props.AllowedOAuthScopes);
}

/** Whether Cognito generates a secret (`GenerateSecret`, default false). */
export function generatesSecret(props: Record<string, Value>): boolean | undefined {
  return isAbsent(props.GenerateSecret) ? false : knownBoolean(props.GenerateSecret);
}

/** The rotation feature: `ENABLED`, `DISABLED` (also when absent), another string, or undefined. */
export function rotationFeature(props: Record<string, Value>): string | undefined {
  const rotation = props.RefreshTokenRotation;
  if (isAbsent(rotation)) return 'DISABLED';
  if (!isObject(rotation) || isUnresolved(rotation)) return undefined;
  return knownString(rotation.Feature);
}

/** The tier of a pool (`UserPoolTier`, default `ESSENTIALS`). */
export function poolTier(poolProps: Record<string, Value>): string | undefined {
  return isAbsent(poolProps.UserPoolTier) ? 'ESSENTIALS' : knownString(poolProps.UserPoolTier);
}

/**
 * A token validity in seconds: the number times its unit (`TokenValidityUnits`, defaulting to
 * `defaultUnit`); the default value when the number is absent.
 */
export function validitySeconds(
  props: Record<string, Value>, valueProp: string, unitKey: string, defaultUnit: string, defaultSeconds: number,
): number | undefined {
  const raw = props[valueProp];
  if (isAbsent(raw)) return defaultSeconds;
  if (typeof raw !== 'number' || isUnresolved(raw)) return undefined;
  const unit = validityUnit(props, unitKey, defaultUnit);
  return unit === undefined ? undefined : raw * SECONDS_PER_UNIT[unit];
}

/** The unit of one token validity, when known and valid. */
export function validityUnit(props: Record<string, Value>, unitKey: string, defaultUnit: string): string | undefined {
  const units = props.TokenValidityUnits;
  if (isAbsent(units)) return defaultUnit;
  if (!isObject(units) || isUnresolved(units)) return undefined;
  if (isAbsent(units[unitKey])) return defaultUnit;
  const unit = knownString(units[unitKey]);
  return unit !== undefined && unit in SECONDS_PER_UNIT ? unit : undefined;
}

/** Renders seconds the way people say them: `48 hours`, `90 minutes`, `3650 days`. */
export function humanSeconds(seconds: number): string {
  for (const unit of ['days', 'hours', 'minutes']) {
    const size = SECONDS_PER_UNIT[unit];
    if (seconds >= size && seconds % size === 0) return plural(seconds / size, unit);
  }
  return plural(seconds, 'seconds');
}

function plural(count: number, unit: string): string {
  return `${count} ${count === 1 ? unit.slice(0, -1) : unit}`;
}
