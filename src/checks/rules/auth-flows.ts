import { authFlows, CLIENT_TOKEN_FLOW, generatesSecret, isTokenExchangeFlow, poolTier, rotationFeature, signsInUser } from '../client-facts';
import { allowedValues, MODEL_VERSION, modelRange, notInModel } from '../cognito-model';
import { E, rule, W } from '../rule';
import { isAbsent, isObject, isUnresolved, knownString, listOf, show, someStrings } from '../values';

const FLOW_FIELD = 'CreateUserPoolClient.ExplicitAuthFlows[]';
const FLOWS = allowedValues(FLOW_FIELD);
/** The model's names without the `ALLOW_` prefix are the legacy ones, which Cognito no longer extends. */
const LEGACY_FLOWS = FLOWS.filter(f => !f.startsWith('ALLOW_'));
const FEATURE_FIELD = 'CreateUserPoolClient.RefreshTokenRotation.Feature';
const FEATURES = allowedValues(FEATURE_FIELD);
const GRACE = modelRange('CreateUserPoolClient.RefreshTokenRotation.RetryGracePeriodSeconds');

export const UPC60 = rule({
  id: 'UPC60',
  severity: E,
  source: `MODEL (ExplicitAuthFlowsType of ${MODEL_VERSION}), DOC (values the model lacks: src/checks/cognito-model/documented-values.ts)`,
  summary: `\`ExplicitAuthFlows\` items are flows of Cognito's API model: ${FLOWS.map(f => `\`${f}\``).join(', ')}`,
  explanation: 'Cognito refuses other flow names. A name newer than the model the library was built with is reported with the model version: acknowledge the finding, or update the library.',
}, ({ props }) => {
  const list = listOf(props.ExplicitAuthFlows);
  if (list === 'invalid') return `ExplicitAuthFlows must be a list (received ${show(props.ExplicitAuthFlows)})`;
  if (!Array.isArray(list)) return [];
  return list.map(item => isUnresolved(item) || FLOWS.includes(knownString(item) ?? '')
    ? undefined
    : notInModel('ExplicitAuthFlows item', item, FLOW_FIELD, 'a flow'));
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
  return legacy.length > 0 && flows.some(f => f.startsWith('ALLOW_'))
    ? `ExplicitAuthFlows combines legacy ${show(legacy)} with ALLOW_ flows; allowed: ALLOW_ names only`
    : undefined;
});

export const UPC62 = rule({
  id: 'UPC62',
  severity: E,
  source: 'OBS "REFRESH_TOKEN_AUTH should always be allowed."; not for ALLOW_CLIENT_TOKEN_AUTH alone (API reference GetClientToken: the only flow; AWS\'s published template deploys it alone) nor token exchange (no user signs in through it)',
  summary: '`ALLOW_` user sign-in flows without `ALLOW_REFRESH_TOKEN_AUTH`, when refresh-token rotation is not enabled',
  explanation: 'Without rotation, refresh tokens are used through `ALLOW_REFRESH_TOKEN_AUTH`, which Cognito requires beside user sign-in flows.',
}, ({ props }) => {
  const flows = authFlows(props);
  const rotation = rotationFeature(props);
  if (!flows || rotation === undefined || rotation === 'ENABLED') return;
  return flows.some(f => f.startsWith('ALLOW_') && signsInUser(f)) && !flows.includes('ALLOW_REFRESH_TOKEN_AUTH')
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
  source: `MODEL (RefreshTokenRotationType of ${MODEL_VERSION})`,
  summary: `\`RefreshTokenRotation.Feature\` is required and is ${FEATURES.map(f => `\`${f}\``).join(' or ')}; \`RetryGracePeriodSeconds\` is an integer ${GRACE.min}–${GRACE.max}`,
  explanation: 'Cognito refuses other values.',
}, ({ props }) => {
  const rotation = props.RefreshTokenRotation;
  if (isAbsent(rotation) || isUnresolved(rotation)) return [];
  if (!isObject(rotation)) return `RefreshTokenRotation must be an object (received ${show(rotation)})`;
  const feature = rotation.Feature;
  const grace = rotation.RetryGracePeriodSeconds;
  return [
    isUnresolved(feature) || FEATURES.includes(knownString(feature) ?? '') ? undefined
      : isAbsent(feature) ? `RefreshTokenRotation.Feature is missing; allowed: ${FEATURES.join(' or ')} (required)`
        : notInModel('RefreshTokenRotation.Feature', feature, FEATURE_FIELD, 'a feature setting'),
    isAbsent(grace) || isUnresolved(grace) || (typeof grace === 'number' && Number.isInteger(grace) && grace >= GRACE.min && grace <= GRACE.max)
      ? undefined
      : `RefreshTokenRotation.RetryGracePeriodSeconds ${show(grace)} is not allowed; allowed: an integer from ${GRACE.min} to ${GRACE.max}`,
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
  source: 'DOC (choice-based sign-in; token exchange: "available in the Essentials and Plus feature plans", What\'s New, 2026-11-12)',
  summary: '`ALLOW_USER_AUTH` or a token-exchange flow on a pool whose `UserPoolTier` is `LITE`',
  explanation: 'Choice-based sign-in and token exchange need the Essentials tier or higher.',
}, ({ props, pool }) => {
  if (!pool || poolTier(pool.pool.properties) !== 'LITE') return [];
  return (authFlows(props) ?? []).filter(f => f === 'ALLOW_USER_AUTH' || isTokenExchangeFlow(f))
    .map(f => `ExplicitAuthFlows includes ${f} but user pool ${pool.pool.path} is on the LITE tier; allowed: the ESSENTIALS or PLUS tier, or leave out ${f}`);
});

export const UPC67 = rule({
  id: 'UPC67',
  severity: W,
  source: '3P',
  summary: 'refresh-token rotation on a `LITE` pool',
  explanation: 'Reported to need the Essentials tier or higher.',
}, ({ props, pool }) => pool && poolTier(pool.pool.properties) === 'LITE' && rotationFeature(props) === 'ENABLED'
  ? `RefreshTokenRotation is ENABLED but user pool ${pool.pool.path} is on the LITE tier; allowed: the ESSENTIALS or PLUS tier`
  : undefined);

export const UPC68 = rule({
  id: 'UPC68',
  severity: E,
  source: 'DOC (API reference, GetClientToken: "you must configure the app client with a client secret and enable the ALLOW_CLIENT_TOKEN_AUTH authentication flow")',
  summary: '`ALLOW_CLIENT_TOKEN_AUTH` needs `GenerateSecret: true`',
  explanation: '`GetClientToken` authenticates the client with its secret; a client without one never gets a token.',
}, ({ props }) => authFlows(props)?.includes(CLIENT_TOKEN_FLOW) && generatesSecret(props) === false
  ? `ExplicitAuthFlows includes ${CLIENT_TOKEN_FLOW} but GenerateSecret is ${show(props.GenerateSecret ?? false)}; allowed: GenerateSecret: true`
  : undefined);

export const UPC69 = rule({
  id: 'UPC69',
  severity: E,
  source: 'DOC (API reference, GetClientToken: "The ALLOW_CLIENT_TOKEN_AUTH flow is mutually exclusive with user authentication flows. It must be the only authentication flow that you configure for the app client")',
  summary: '`ALLOW_CLIENT_TOKEN_AUTH` must be the client\'s only flow',
  explanation: 'A client either authorizes a service through `GetClientToken` or signs users in; `ALLOW_REFRESH_TOKEN_AUTH` beside it is refused too.',
}, ({ props }) => {
  const flows = authFlows(props);
  if (!flows?.includes(CLIENT_TOKEN_FLOW)) return;
  const others = flows.filter(f => f !== CLIENT_TOKEN_FLOW);
  return others.length > 0
    ? `ExplicitAuthFlows combines ${CLIENT_TOKEN_FLOW} with ${show(others)}; allowed: ${CLIENT_TOKEN_FLOW} alone (a client for users needs a client of its own)`
    : undefined;
});
