import { generatesSecret, oAuthFlows, oAuthScopes, STANDARD_SCOPES } from '../client-facts';
import { E, rule, W } from '../rule';
import { isAbsent, isObject, isUnresolved, knownBoolean, knownString, listOf, show, someStrings, Value } from '../values';

const FLOWS = ['code', 'implicit', 'client_credentials'];
const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]{1,256}$/;
const OAUTH_SETTINGS = ['AllowedOAuthFlows', 'AllowedOAuthScopes', 'CallbackURLs', 'LogoutURLs', 'DefaultRedirectURI'];

/** Whether a list property is set to a non-empty (or unknown) value. */
function isSet(value: Value): boolean {
  const list = listOf(value);
  if (list === undefined) return false;
  if (Array.isArray(list)) return list.length > 0;
  return true;
}

/** Whether a list property is known to be absent or empty. */
function isEmpty(value: Value): boolean {
  const list = listOf(value);
  return list === undefined || (Array.isArray(list) && list.length === 0);
}

function notAList(prop: string, value: Value): string | undefined {
  return listOf(value) === 'invalid' ? `${prop} must be a list (received ${show(value)})` : undefined;
}

export const UPC20 = rule({
  id: 'UPC20',
  severity: E,
  source: 'MODEL',
  summary: '`AllowedOAuthFlows` items are `code`, `implicit` or `client_credentials` (at most 3)',
  explanation: 'Cognito knows three OAuth grants, spelled exactly so.',
}, ({ props }) => {
  const list = listOf(props.AllowedOAuthFlows);
  if (!Array.isArray(list)) return notAList('AllowedOAuthFlows', props.AllowedOAuthFlows);
  const findings = list.map(flow => isUnresolved(flow) || FLOWS.includes(knownString(flow) ?? '')
    ? undefined
    : `AllowedOAuthFlows item ${show(flow)} is not a grant; allowed: code, implicit, client_credentials`);
  if (list.length > 3) findings.push(`AllowedOAuthFlows has ${list.length} items; allowed: at most 3`);
  return findings;
});

export const UPC21 = rule({
  id: 'UPC21',
  severity: E,
  source: 'MODEL, quota',
  summary: '`AllowedOAuthScopes`: at most 50; each 1–256 printable ASCII characters without space, `"` or `\\`',
  explanation: 'Cognito refuses longer lists and scopes with other characters.',
}, ({ props }) => {
  const list = listOf(props.AllowedOAuthScopes);
  if (!Array.isArray(list)) return notAList('AllowedOAuthScopes', props.AllowedOAuthScopes);
  const findings = list.map(scope => {
    if (isUnresolved(scope)) return undefined;
    const known = knownString(scope);
    return known !== undefined && SCOPE.test(known)
      ? undefined
      : `AllowedOAuthScopes item ${show(scope)} is not a scope; allowed: 1 to 256 printable ASCII characters without space, " or \\`;
  });
  if (list.length > 50) findings.push(`AllowedOAuthScopes has ${list.length} items; allowed: at most 50`);
  return findings;
});

export const UPC22 = rule({
  id: 'UPC22',
  severity: E,
  source: 'OBS "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows."',
  summary: '`AllowedOAuthFlowsUserPoolClient: true` needs non-empty `AllowedOAuthFlows` and `AllowedOAuthScopes`',
  explanation: 'An OAuth client must say which grants and scopes it may use.',
}, ({ props }) => {
  if (knownBoolean(props.AllowedOAuthFlowsUserPoolClient) !== true) return [];
  return ['AllowedOAuthFlows', 'AllowedOAuthScopes'].map(prop => isEmpty(props[prop])
    ? `AllowedOAuthFlowsUserPoolClient is true but ${prop} is empty (received ${show(props[prop] ?? [])}); allowed: at least one item`
    : undefined);
});

export const UPC23 = rule({
  id: 'UPC23',
  severity: W,
  source: 'DOC; OBS: Cognito accepts and stores them, OAuth then fails with invalid_grant (terraform-provider-aws #34945, aws-sdk-js-v3 #7158, boto3 #3916); deployed public templates do this',
  summary: 'OAuth settings (flows, scopes, callback and logout URLs, default redirect URI) without `AllowedOAuthFlowsUserPoolClient: true` have no effect',
  explanation: 'Cognito stores the OAuth settings but ignores them until the flag is true: sign-in through the authorize endpoint then fails.',
}, ({ props }) => {
  const flag = props.AllowedOAuthFlowsUserPoolClient;
  if (isUnresolved(flag) || knownBoolean(flag) === true) return [];
  if (!isAbsent(flag) && knownBoolean(flag) === undefined) {
    return `AllowedOAuthFlowsUserPoolClient must be a boolean (received ${show(flag)})`;
  }
  return OAUTH_SETTINGS.map(prop => {
    const value = props[prop];
    const set = prop === 'DefaultRedirectURI' ? !isAbsent(value) : isSet(value);
    return set ? `${prop} is set (${show(value)}) but AllowedOAuthFlowsUserPoolClient is ${show(flag ?? false)}; allowed: set AllowedOAuthFlowsUserPoolClient to true, or leave out ${prop}` : undefined;
  });
});

export const UPC24 = rule({
  id: 'UPC24',
  severity: E,
  source: 'OBS "CallbackUrls can not be empty when code flow or implicit flow is selected"',
  summary: '`code` or `implicit` needs at least one callback URL',
  explanation: 'The grants redirect to a callback URL; Cognito refuses them without one.',
}, ({ props }) => {
  const redirecting = oAuthFlows(props).filter(f => f === 'code' || f === 'implicit');
  return redirecting.length > 0 && isEmpty(props.CallbackURLs)
    ? `AllowedOAuthFlows ${show(redirecting)} need CallbackURLs (received ${show(props.CallbackURLs ?? [])}); allowed: at least one callback URL`
    : undefined;
});

export const UPC25 = rule({
  id: 'UPC25',
  severity: E,
  source: 'DOC, OBS "client_credentials flow can not be selected along with code flow or implicit flow." (deploy-verified, public rule set, 2026)',
  summary: '`client_credentials` must be the only flow',
  explanation: 'Cognito does not combine the client-credentials grant with user grants.',
}, ({ props }) => {
  const flows = oAuthFlows(props);
  return flows.includes('client_credentials') && flows.some(f => f !== 'client_credentials')
    ? `AllowedOAuthFlows ${show(flows)} combine client_credentials with other grants; allowed: client_credentials alone`
    : undefined;
});

export const UPC26 = rule({
  id: 'UPC26',
  severity: E,
  source: 'DOC, OBS "client_credentials flow can not be selected if client does not have a client secret."',
  summary: '`client_credentials` needs `GenerateSecret: true`',
  explanation: 'The client authenticates with its secret at the token endpoint.',
}, ({ props }) => oAuthFlows(props).includes('client_credentials') && generatesSecret(props) === false
  ? `AllowedOAuthFlows includes client_credentials but GenerateSecret is ${show(props.GenerateSecret ?? false)}; allowed: GenerateSecret: true`
  : undefined);

export const UPC27 = rule({
  id: 'UPC27',
  severity: E,
  source: 'DOC, OBS "openid is not supported with client_credentials flow"',
  summary: '`client_credentials` allows only resource-server (custom) scopes',
  explanation: 'No user signs in, so `openid`, `email`, `phone`, `profile` and `aws.cognito.signin.user.admin` mean nothing.',
}, ({ props }) => {
  if (!oAuthFlows(props).includes('client_credentials')) return [];
  return oAuthScopes(props).filter(s => STANDARD_SCOPES.includes(s))
    .map(s => `AllowedOAuthScopes item ${show(s)} is not allowed with client_credentials; allowed: resource-server scopes <identifier>/<scope>`);
});

export const UPC28 = rule({
  id: 'UPC28',
  severity: W,
  source: 'DOC',
  summary: '`email`, `phone` or `profile` without `openid`',
  explanation: 'These scopes can only be requested together with `openid`.',
}, ({ props }) => {
  const list = listOf(props.AllowedOAuthScopes);
  if (!Array.isArray(list) || list.some(isUnresolved)) return [];
  const scopes = oAuthScopes(props);
  if (scopes.includes('openid')) return [];
  return scopes.filter(s => ['email', 'phone', 'profile'].includes(s))
    .map(s => `AllowedOAuthScopes has ${show(s)} without openid; allowed: add openid`);
});

export const UPC29 = rule({
  id: 'UPC29',
  severity: E,
  needsCompletePool: true,
  source: 'DOC, OBS "Invalid scope requested: api/read" (deploy-verified, public rule set, 2026)',
  summary: 'a custom scope `<identifier>/<scope>` must be defined by a resource server of the same pool',
  explanation: 'Cognito refuses scopes that no resource server of the pool defines.',
}, ({ props, pool, index, client }) => {
  const list = listOf(props.AllowedOAuthScopes);
  if (!pool || !Array.isArray(list)) return [];
  const defined = new Set<string>();
  for (const server of pool.resourceServers) {
    const identifier = knownString(server.properties.Identifier);
    const scopes = listOf(server.properties.Scopes);
    if (identifier === undefined || !Array.isArray(scopes)) return []; // the pool's scopes are not all known
    for (const scope of scopes) {
      const name = isObject(scope) ? knownString(scope.ScopeName) : undefined;
      if (name === undefined) return [];
      defined.add(`${identifier}/${name}`);
    }
  }
  return list.map(item => {
    const scope = index.evaluateName(client, item);
    if (scope === undefined || STANDARD_SCOPES.includes(scope) || defined.has(scope)) return undefined;
    return `AllowedOAuthScopes item ${show(scope)} is not defined by a resource server of the pool; allowed: ${show([...STANDARD_SCOPES, ...defined])}`;
  });
});

export const UPC30 = rule({
  id: 'UPC30',
  severity: W,
  source: 'OBS (creation races)',
  summary: 'the client names a resource server or identity provider of its pool without depending on it',
  explanation: 'CloudFormation may create the client first and fail; refer to the construct (a Ref) or add a dependency.',
}, ({ props, pool, index, client }) => {
  if (!pool) return [];
  const findings: string[] = [];
  for (const scope of someStrings(props.AllowedOAuthScopes)) {
    const server = pool.resourceServers.find(s => scope.startsWith(`${knownString(s.properties.Identifier)}/`));
    if (server && !index.dependsOn(client, server)) {
      findings.push(`AllowedOAuthScopes item ${show(scope)} names resource server ${server.path} as a literal without a dependency; allowed: OAuthScope.resourceServer(server, scope) or client.node.addDependency(server)`);
    }
  }
  for (const name of someStrings(props.SupportedIdentityProviders)) {
    const provider = pool.identityProviders.find(p => knownString(p.properties.ProviderName) === name);
    if (provider && !index.dependsOn(client, provider)) {
      findings.push(`SupportedIdentityProviders item ${show(name)} names identity provider ${provider.path} as a literal without a dependency; allowed: IdentityProvider.fromProvider(provider) instead of the name (e.g. IdentityProvider.GOOGLE), or client.node.addDependency(provider)`);
    }
  }
  return findings;
});

export const UPC31 = rule({
  id: 'UPC31',
  severity: W,
  needsCompletePool: true,
  source: 'DOC',
  summary: 'OAuth flows are configured but the pool has no domain in the app',
  explanation: 'The authorize and token endpoints live on the pool domain; without one the OAuth flows cannot be used.',
}, ({ props, pool }) => pool && pool.domains.length === 0
  && knownBoolean(props.AllowedOAuthFlowsUserPoolClient) === true && oAuthFlows(props).length > 0
  ? `AllowedOAuthFlows ${show(oAuthFlows(props))} are configured but user pool ${pool.pool.path} has no domain; allowed: add a UserPoolDomain (userPool.addDomain)`
  : undefined);
