import { authFlows, poolTier, rotationFeature } from '../client-facts';
import { E, rule, W } from '../rule';
import { isAbsent, isObject, isUnresolved, knownString, listOf, show, someStrings } from '../values';

const ALLOW_FLOWS = [
  'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_AUTH',
];
const LEGACY_FLOWS = ['ADMIN_NO_SRP_AUTH', 'CUSTOM_AUTH_FLOW_ONLY', 'USER_PASSWORD_AUTH'];

export const UPC60 = rule({
  id: 'UPC60',
  severity: E,
  source: 'MODEL',
  summary: '`ExplicitAuthFlows` items are the `ALLOW_` flows or the legacy `ADMIN_NO_SRP_AUTH`, `CUSTOM_AUTH_FLOW_ONLY`, `USER_PASSWORD_AUTH`',
  explanation: 'Cognito refuses other flow names.',
}, ({ props }) => {
  const list = listOf(props.ExplicitAuthFlows);
  if (list === 'invalid') return `ExplicitAuthFlows must be a list (received ${show(props.ExplicitAuthFlows)})`;
  if (!Array.isArray(list)) return [];
  return list.map(item => isUnresolved(item) || [...ALLOW_FLOWS, ...LEGACY_FLOWS].includes(knownString(item) ?? '')
    ? undefined
    : `ExplicitAuthFlows item ${show(item)} is not a flow; allowed: ${ALLOW_FLOWS.join(', ')} (or the legacy ${LEGACY_FLOWS.join(', ')})`);
});

export const UPC61 = rule({
  id: 'UPC61',
  severity: E,
  source: 'DOC, OBS "Auth flow name with prefix \'ALLOW\' cannot be used with legacy auth flow names." (deploy-verified, public rule set, 2026)',
  summary: 'legacy flow names cannot be combined with `ALLOW_` names',
  explanation: 'Use the `ALLOW_` names only.',
}, ({ props }) => {
  const flows = isAbsent(props.ExplicitAuthFlows) ? [] : someStrings(props.ExplicitAuthFlows);
  const legacy = flows.filter(f => LEGACY_FLOWS.includes(f));
  return legacy.length > 0 && flows.some(f => ALLOW_FLOWS.includes(f))
    ? `ExplicitAuthFlows combines legacy ${show(legacy)} with ALLOW_ flows; allowed: ALLOW_ names only`
    : undefined;
});

export const UPC62 = rule({
  id: 'UPC62',
  severity: E,
  source: 'OBS "REFRESH_TOKEN_AUTH should always be allowed."',
  summary: '`ALLOW_` flows without `ALLOW_REFRESH_TOKEN_AUTH`, when refresh-token rotation is not enabled',
  explanation: 'Without rotation, refresh tokens are used through `ALLOW_REFRESH_TOKEN_AUTH`, which Cognito requires.',
}, ({ props }) => {
  const flows = authFlows(props);
  const rotation = rotationFeature(props);
  if (!flows || rotation === undefined || rotation === 'ENABLED') return;
  return flows.some(f => f.startsWith('ALLOW_')) && !flows.includes('ALLOW_REFRESH_TOKEN_AUTH')
    ? `ExplicitAuthFlows ${show(flows)} lacks ALLOW_REFRESH_TOKEN_AUTH while refresh-token rotation is not enabled; allowed: add ALLOW_REFRESH_TOKEN_AUTH, or enable rotation`
    : undefined;
});

export const UPC63 = rule({
  id: 'UPC63',
  severity: E,
  source: 'DOC',
  summary: 'refresh-token rotation `ENABLED` is incompatible with `ALLOW_REFRESH_TOKEN_AUTH`, the default flows included',
  explanation: 'With rotation, tokens are refreshed through `GetTokensFromRefreshToken`; state `ExplicitAuthFlows` without `ALLOW_REFRESH_TOKEN_AUTH`.',
}, ({ props }) => {
  if (rotationFeature(props) !== 'ENABLED') return;
  const flows = authFlows(props);
  if (!flows?.includes('ALLOW_REFRESH_TOKEN_AUTH')) return;
  return isAbsent(props.ExplicitAuthFlows)
    ? 'RefreshTokenRotation is ENABLED but ExplicitAuthFlows is absent, so Cognito applies its default flows, which include ALLOW_REFRESH_TOKEN_AUTH; allowed: list ExplicitAuthFlows without ALLOW_REFRESH_TOKEN_AUTH'
    : `RefreshTokenRotation is ENABLED but ExplicitAuthFlows ${show(flows)} includes ALLOW_REFRESH_TOKEN_AUTH; allowed: leave it out, or disable rotation`;
});

export const UPC64 = rule({
  id: 'UPC64',
  severity: E,
  source: 'MODEL',
  summary: '`RefreshTokenRotation.Feature` is required and is `ENABLED` or `DISABLED`; `RetryGracePeriodSeconds` is an integer 0–60',
  explanation: 'Cognito refuses other values.',
}, ({ props }) => {
  const rotation = props.RefreshTokenRotation;
  if (isAbsent(rotation) || isUnresolved(rotation)) return [];
  if (!isObject(rotation)) return `RefreshTokenRotation must be an object (received ${show(rotation)})`;
  const feature = rotation.Feature;
  const grace = rotation.RetryGracePeriodSeconds;
  return [
    isUnresolved(feature) || feature === 'ENABLED' || feature === 'DISABLED'
      ? undefined
      : `RefreshTokenRotation.Feature ${show(feature ?? null)} is not allowed; allowed: ENABLED or DISABLED (required)`,
    isAbsent(grace) || isUnresolved(grace) || (typeof grace === 'number' && Number.isInteger(grace) && grace >= 0 && grace <= 60)
      ? undefined
      : `RefreshTokenRotation.RetryGracePeriodSeconds ${show(grace)} is not allowed; allowed: an integer from 0 to 60`,
  ];
});

export const UPC65 = rule({
  id: 'UPC65',
  severity: W,
  source: 'DOC',
  summary: '`RetryGracePeriodSeconds` set while rotation is `DISABLED`',
  explanation: 'The grace period only applies to rotation; it has no effect.',
}, ({ props }) => {
  const rotation = props.RefreshTokenRotation;
  return isObject(rotation) && rotation.Feature === 'DISABLED' && !isAbsent(rotation.RetryGracePeriodSeconds)
    ? `RefreshTokenRotation.RetryGracePeriodSeconds ${show(rotation.RetryGracePeriodSeconds)} has no effect while Feature is DISABLED; allowed: leave it out, or enable rotation`
    : undefined;
});

export const UPC66 = rule({
  id: 'UPC66',
  severity: E,
  source: 'DOC',
  summary: '`ALLOW_USER_AUTH` on a pool whose `UserPoolTier` is `LITE`',
  explanation: 'Choice-based sign-in needs the Essentials tier or higher.',
}, ({ props, pool }) => pool && poolTier(pool.pool.properties) === 'LITE' && authFlows(props)?.includes('ALLOW_USER_AUTH')
  ? `ExplicitAuthFlows includes ALLOW_USER_AUTH but user pool ${pool.pool.path} is on the LITE tier; allowed: the ESSENTIALS or PLUS tier, or leave out ALLOW_USER_AUTH`
  : undefined);

export const UPC67 = rule({
  id: 'UPC67',
  severity: W,
  source: '3P',
  summary: 'refresh-token rotation on a `LITE` pool',
  explanation: 'Reported to need the Essentials tier or higher.',
}, ({ props, pool }) => pool && poolTier(pool.pool.properties) === 'LITE' && rotationFeature(props) === 'ENABLED'
  ? `RefreshTokenRotation is ENABLED but user pool ${pool.pool.path} is on the LITE tier; allowed: the ESSENTIALS or PLUS tier`
  : undefined);
