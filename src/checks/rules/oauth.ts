import { authFlows, CLIENT_TOKEN_FLOW, generatesSecret, oAuthFlows, oAuthScopes, RESERVED_SCOPES, STANDARD_SCOPES } from '../client-facts';
import { allowedValues, MODEL_VERSION, modelPattern, modelRange, notInModel } from '../cognito-model';
import { E, inWords, rule, W } from '../rule';
import { isAbsent, isObject, isUnresolved, knownBoolean, knownString, listOf, show, someStrings, Value } from '../values';

const GRANT_FIELD = 'CreateUserPoolClient.AllowedOAuthFlows[]';
const GRANTS = allowedValues(GRANT_FIELD);
const MAX_GRANTS = modelRange('CreateUserPoolClient.AllowedOAuthFlows').max;
const SCOPE = modelPattern('CreateUserPoolClient.AllowedOAuthScopes[]');
const SCOPE_LENGTH = modelRange('CreateUserPoolClient.AllowedOAuthScopes[]');
const MAX_SCOPES = modelRange('CreateUserPoolClient.AllowedOAuthScopes').max;
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
  source: `MODEL (OAuthFlowsType of ${MODEL_VERSION})`,
  summary: `\`AllowedOAuthFlows\` items are ${GRANTS.map(g => `\`${g}\``).join(', ')} (at most ${MAX_GRANTS})`,
  explanation: 'Cognito knows these OAuth grants, spelled exactly so.',
}, ({ props }) => {
  const list = listOf(props.AllowedOAuthFlows);
  if (!Array.isArray(list)) return notAList('AllowedOAuthFlows', props.AllowedOAuthFlows);
  const findings = list.map(flow => isUnresolved(flow) || GRANTS.includes(knownString(flow) ?? '')
    ? undefined
    : notInModel('AllowedOAuthFlows item', flow, GRANT_FIELD, 'a grant'));
  if (list.length > MAX_GRANTS) findings.push(`AllowedOAuthFlows has ${list.length} items; allowed: at most ${MAX_GRANTS}`);
  return findings;
});

export const UPC21 = rule({
  id: 'UPC21',
  severity: E,
  source: `MODEL (ScopeListType of ${MODEL_VERSION}), quota`,
  summary: `\`AllowedOAuthScopes\`: at most ${MAX_SCOPES}; each ${SCOPE_LENGTH.min}–${SCOPE_LENGTH.max} printable ASCII characters without space, \`"\` or \`\\\``,
  explanation: 'Cognito refuses longer lists and scopes with other characters.',
}, ({ props }) => {
  const list = listOf(props.AllowedOAuthScopes);
  if (!Array.isArray(list)) return notAList('AllowedOAuthScopes', props.AllowedOAuthScopes);
  const findings = list.map(scope => {
    if (isUnresolved(scope)) return undefined;
    const known = knownString(scope);
    return known !== undefined && SCOPE.test(known) && known.length >= SCOPE_LENGTH.min && known.length <= SCOPE_LENGTH.max
      ? undefined
      : `AllowedOAuthScopes item ${show(scope)} is not a scope; allowed: ${SCOPE_LENGTH.min} to ${SCOPE_LENGTH.max} printable ASCII characters without space, " or \\`;
  });
  if (list.length > MAX_SCOPES) findings.push(`AllowedOAuthScopes has ${list.length} items; allowed: at most ${MAX_SCOPES}`);
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
  summary: '`client_credentials` allows only resource-server (custom) scopes and Cognito\'s registration scope `aws.cognito/dcr/register`',
  explanation: 'No user signs in, so `openid`, `email`, `phone`, `profile` and `aws.cognito.signin.user.admin` mean nothing; the registration scope is meant for this grant.',
}, ({ props }) => {
  if (!oAuthFlows(props).includes('client_credentials')) return [];
  return oAuthScopes(props).filter(s => STANDARD_SCOPES.includes(s))
    .map(s => `AllowedOAuthScopes item ${show(s)} is not allowed with client_credentials; allowed: resource-server scopes <identifier>/<scope>, or aws.cognito/dcr/register`);
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
  summary: 'a custom scope `<identifier>/<scope>` must be defined by a resource server of the same pool; Cognito\'s reserved scopes (`aws.cognito.signin.user.admin`, `aws.cognito/dcr/register`) are not custom',
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
    if (scope === undefined || STANDARD_SCOPES.includes(scope) || RESERVED_SCOPES.includes(scope) || defined.has(scope)) return undefined;
    return `AllowedOAuthScopes item ${show(scope)} is not defined by a resource server of the pool; allowed: ${show([...new Set([...STANDARD_SCOPES, ...RESERVED_SCOPES]), ...defined])}`;
  });
});

export const UPC30 = rule({
  id: 'UPC30',
  severity: W,
  source: 'OBS (creation races)',
  summary: 'the client names a resource server or identity provider of its pool without depending on it',
  explanation: 'CloudFormation may create the client first and fail; refer to the construct (a Ref) or add a dependency.',
  templateFix: 'CloudFormation may create the client first and fail; name the resource server or provider with a Ref, or add DependsOn to the client.',
}, ({ props, pool, index, client }) => {
  if (!pool) return [];
  const findings: Array<ReturnType<typeof inWords>> = [];
  for (const scope of someStrings(props.AllowedOAuthScopes)) {
    const server = pool.resourceServers.find(s => scope.startsWith(`${knownString(s.properties.Identifier)}/`));
    if (server && !index.dependsOn(client, server)) {
      const finding = `AllowedOAuthScopes item ${show(scope)} names resource server ${server.path} as a literal without a dependency; allowed: `;
      findings.push(inWords(`${finding}OAuthScope.resourceServer(server, scope) or client.node.addDependency(server)`,
        `${finding}DependsOn: ${server.logicalId} on the client, or the scope as Fn::Join of a Ref to ${server.logicalId}`));
    }
  }
  for (const name of someStrings(props.SupportedIdentityProviders)) {
    const provider = pool.identityProviders.find(p => knownString(p.properties.ProviderName) === name);
    if (provider && !index.dependsOn(client, provider)) {
      const finding = `SupportedIdentityProviders item ${show(name)} names identity provider ${provider.path} as a literal without a dependency; allowed: `;
      findings.push(inWords(`${finding}IdentityProvider.fromProvider(provider) instead of the name (e.g. IdentityProvider.GOOGLE), or client.node.addDependency(provider)`,
        `${finding}DependsOn: ${provider.logicalId} on the client, or a Ref to ${provider.logicalId} instead of the name`));
    }
  }
  return findings;
});

export const UPC31 = rule({
  id: 'UPC31',
  severity: W,
  needsCompletePool: true,
  source: 'DOC; not for a client that gets its client-credentials tokens through GetClientToken (ALLOW_CLIENT_TOKEN_AUTH), which needs no domain (API reference; AWS\'s published template has none)',
  summary: 'OAuth flows are configured but the pool has no domain in the app (unless the client uses `GetClientToken`)',
  explanation: 'The authorize and token endpoints live on the pool domain; without one the OAuth flows cannot be used. A client with `ALLOW_CLIENT_TOKEN_AUTH` and only `client_credentials` gets the same tokens from `GetClientToken` without a domain, as AWS documents: it is not reported.',
}, ({ props, pool }) => {
  const grants = oAuthFlows(props);
  if (!pool || pool.domains.length > 0 || knownBoolean(props.AllowedOAuthFlowsUserPoolClient) !== true || grants.length === 0) return;
  // Its OAuth settings are what GetClientToken reads (the grant, the scopes): they have effect.
  if (authFlows(props)?.includes(CLIENT_TOKEN_FLOW) && grants.every(g => g === 'client_credentials')) return;
  const finding = `AllowedOAuthFlows ${show(grants)} are configured but user pool ${pool.pool.path} has no domain; allowed: `;
  return inWords(`${finding}add a UserPoolDomain (userPool.addDomain)`, `${finding}add an AWS::Cognito::UserPoolDomain for the pool`,
    `${finding}create a domain for the pool (CreateUserPoolDomain)`);
});
