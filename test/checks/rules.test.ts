import { App, AspectPriority, Aspects, CfnOutput, Fn, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { addClient, CLIENT_TOKEN, ClientProps, CODE_CLIENT, findings, fixture, FixtureOptions, M2M_CLIENT, TOKEN_EXCHANGE, VALID } from './fixture';
import { UserPoolClientChecks } from '../../src';
import { findingsOf, ruleIdsOf } from '../helpers';

/**
 * One row per rule: a configuration that violates it, and a closely related valid one that
 * reports nothing at all (not even another rule).
 */
interface RuleCase {
  readonly id: string;
  readonly level: 'error' | 'warning';
  readonly name: string;
  readonly bad: ClientProps;
  readonly good: ClientProps;
  readonly options?: FixtureOptions;
  /** What the valid configuration still reports: an analytics configuration is always UPC93. */
  readonly goodReports?: string[];
}

/** Every client with analytics gets UPC93 (Pinpoint's end of support), however well formed. */
const PINPOINT_ENDED = ['warning UPC93'];

const pinpointRole = 'arn:aws:iam::123456789012:role/CognitoPinpoint';
const withGoogle = (extra: Record<string, unknown>) => (f: { google: cognito.UserPoolIdentityProviderGoogle; stack: any }) => ({
  ...VALID, SupportedIdentityProviders: ['COGNITO', f.stack.resolve(f.google.providerName)], ...extra,
});

const CASES: RuleCase[] = [
  { id: 'UPC01', level: 'error', name: 'client name with a slash', bad: { ...VALID, ClientName: 'web/app' }, good: { ...VALID, ClientName: 'web app+1@x.y' } },
  { id: 'UPC01', level: 'error', name: 'client name of 129 characters', bad: { ...VALID, ClientName: 'a'.repeat(129) }, good: { ...VALID, ClientName: 'a'.repeat(128) } },
  { id: 'UPC02', level: 'error', name: 'a client secret given', bad: { ...VALID, GenerateSecret: true, ClientSecret: 'abc' }, good: { ...VALID, GenerateSecret: true } },
  { id: 'UPC03', level: 'error', name: 'a malformed literal pool id', bad: { ...VALID, UserPoolId: 'eu-west-1' }, good: { ...VALID, UserPoolId: 'eu-west-1_AbC123' } },
  { id: 'UPC10', level: 'error', name: 'a unit in the wrong case', bad: { ...VALID, TokenValidityUnits: { AccessToken: 'Hours' } }, good: { ...VALID, TokenValidityUnits: { AccessToken: 'hours' } } },
  { id: 'UPC11', level: 'error', name: 'access token of 48 hours', bad: { ...VALID, AccessTokenValidity: 48 }, good: { ...VALID, AccessTokenValidity: 24 } },
  { id: 'UPC11', level: 'error', name: 'access token of 4 minutes', bad: { ...VALID, AccessTokenValidity: 4, TokenValidityUnits: { AccessToken: 'minutes' } }, good: { ...VALID, AccessTokenValidity: 5, TokenValidityUnits: { AccessToken: 'minutes' } } },
  { id: 'UPC11', level: 'error', name: 'raw access token value above 86400', bad: { ...VALID, AccessTokenValidity: 86401, TokenValidityUnits: { AccessToken: 'seconds' } }, good: { ...VALID, AccessTokenValidity: 86400, TokenValidityUnits: { AccessToken: 'seconds' } } },
  { id: 'UPC12', level: 'error', name: 'ID token of 60 with the default unit (hours)', bad: { ...VALID, IdTokenValidity: 60 }, good: { ...VALID, IdTokenValidity: 60, TokenValidityUnits: { IdToken: 'minutes' } } },
  { id: 'UPC13', level: 'error', name: 'refresh token of 0', bad: { ...VALID, RefreshTokenValidity: 0 }, good: { ...VALID, RefreshTokenValidity: 1 } },
  { id: 'UPC13', level: 'error', name: 'refresh token of 30 minutes', bad: { ...VALID, RefreshTokenValidity: 30, TokenValidityUnits: { RefreshToken: 'minutes' } }, good: { ...VALID, RefreshTokenValidity: 60, TokenValidityUnits: { RefreshToken: 'minutes' } } },
  { id: 'UPC13', level: 'error', name: 'refresh token of 3651 days', bad: { ...VALID, RefreshTokenValidity: 3651 }, good: { ...VALID, RefreshTokenValidity: 3650 } },
  { id: 'UPC14', level: 'error', name: 'access token outlives the refresh token', bad: { ...VALID, AccessTokenValidity: 2, RefreshTokenValidity: 60, TokenValidityUnits: { RefreshToken: 'minutes' } }, good: { ...VALID, AccessTokenValidity: 1, RefreshTokenValidity: 60, TokenValidityUnits: { RefreshToken: 'minutes' } } },
  { id: 'UPC15', level: 'error', name: 'auth session of 2 minutes', bad: { ...VALID, AuthSessionValidity: 2 }, good: { ...VALID, AuthSessionValidity: 3 } },
  { id: 'UPC15', level: 'error', name: 'auth session of 16 minutes', bad: { ...VALID, AuthSessionValidity: 16 }, good: { ...VALID, AuthSessionValidity: 15 } },
  { id: 'UPC20', level: 'error', name: 'an unknown grant', bad: { ...CODE_CLIENT, AllowedOAuthFlows: ['code', 'authorization_code'] }, good: CODE_CLIENT },
  { id: 'UPC21', level: 'error', name: 'a scope with a space', bad: { ...CODE_CLIENT, AllowedOAuthScopes: ['openid', 'api read'] }, good: CODE_CLIENT },
  { id: 'UPC21', level: 'error', name: '51 scopes', bad: { ...CODE_CLIENT, AllowedOAuthScopes: ['openid', ...Array.from({ length: 50 }, () => 'email')] }, good: { ...CODE_CLIENT, AllowedOAuthScopes: ['openid', ...Array.from({ length: 49 }, () => 'email')] } },
  { id: 'UPC22', level: 'error', name: 'OAuth on without flows', bad: { ...CODE_CLIENT, AllowedOAuthFlows: [] }, good: CODE_CLIENT },
  { id: 'UPC23', level: 'warning', name: 'callback URLs with OAuth off', bad: { ...VALID, CallbackURLs: ['https://app.example.com/callback'] }, good: VALID },
  { id: 'UPC23', level: 'warning', name: 'flows with OAuth explicitly false', bad: { ...CODE_CLIENT, AllowedOAuthFlowsUserPoolClient: false }, good: CODE_CLIENT },
  { id: 'UPC24', level: 'error', name: 'code grant without callback URLs', bad: { ...CODE_CLIENT, CallbackURLs: undefined }, good: CODE_CLIENT },
  { id: 'UPC25', level: 'error', name: 'client_credentials with code', bad: f => ({ ...M2M_CLIENT(f), AllowedOAuthFlows: ['client_credentials', 'code'], CallbackURLs: ['https://x.example.com/cb'] }), good: M2M_CLIENT },
  { id: 'UPC26', level: 'error', name: 'client_credentials without a secret', bad: f => ({ ...M2M_CLIENT(f), GenerateSecret: false }), good: M2M_CLIENT },
  { id: 'UPC27', level: 'error', name: 'client_credentials with openid', bad: f => ({ ...M2M_CLIENT(f), AllowedOAuthScopes: ['openid'] }), good: M2M_CLIENT },
  { id: 'UPC28', level: 'warning', name: 'email without openid', bad: { ...CODE_CLIENT, AllowedOAuthScopes: ['email'] }, good: { ...CODE_CLIENT, AllowedOAuthScopes: ['openid', 'email'] } },
  { id: 'UPC29', level: 'error', name: 'a scope no resource server defines', bad: f => ({ ...M2M_CLIENT(f), AllowedOAuthScopes: [{ 'Fn::Join': ['', [f.stack.resolve(f.server.userPoolResourceServerId), '/delete']] }] }), good: M2M_CLIENT },
  { id: 'UPC30', level: 'warning', name: 'a literal scope without a dependency', bad: f => ({ ...M2M_CLIENT(f), AllowedOAuthScopes: ['api/read'] }), good: M2M_CLIENT },
  { id: 'UPC31', level: 'warning', name: 'OAuth on a pool without a domain', bad: CODE_CLIENT, good: VALID, options: { noDomain: true } },
  { id: 'UPC40', level: 'error', name: 'http callback to a remote host', bad: { ...CODE_CLIENT, CallbackURLs: ['http://app.example.com/callback'] }, good: { ...CODE_CLIENT, CallbackURLs: ['http://localhost:3000/callback', 'http://127.0.0.1/cb', 'http://[::1]:8080/cb', 'myapp://callback'] } },
  { id: 'UPC40', level: 'error', name: 'a callback with a fragment', bad: { ...CODE_CLIENT, CallbackURLs: ['https://app.example.com/#/callback'] }, good: { ...CODE_CLIENT, CallbackURLs: ['https://app.example.com/callback?x=1'] } },
  { id: 'UPC40', level: 'error', name: 'a relative callback', bad: { ...CODE_CLIENT, CallbackURLs: ['/callback'] }, good: CODE_CLIENT },
  { id: 'UPC40', level: 'error', name: 'a partly known http callback', bad: { ...CODE_CLIENT, CallbackURLs: [{ 'Fn::Join': ['', ['http://example.com/', { Ref: 'AWS::Region' }]] }] }, good: { ...CODE_CLIENT, CallbackURLs: [{ 'Fn::Join': ['', ['http://local', { Ref: 'AWS::Region' }]] }] } },
  { id: 'UPC41', level: 'error', name: 'a logout URL with whitespace', bad: { ...CODE_CLIENT, LogoutURLs: ['https://app.example.com/ bye'] }, good: { ...CODE_CLIENT, LogoutURLs: ['https://app.example.com/bye'] } },
  { id: 'UPC42', level: 'error', name: 'an http logout URL to a remote host', bad: { ...CODE_CLIENT, LogoutURLs: ['http://app.example.com/'] }, good: { ...CODE_CLIENT, LogoutURLs: ['http://localhost:3000/'] } },
  { id: 'UPC43', level: 'error', name: 'a default redirect that is not a callback', bad: { ...CODE_CLIENT, DefaultRedirectURI: 'https://other.example.com/' }, good: { ...CODE_CLIENT, DefaultRedirectURI: 'https://app.example.com/callback' } },
  { id: 'UPC21', level: 'error', name: 'a scope that is an object', bad: { ...CODE_CLIENT, AllowedOAuthScopes: ['openid', { name: 'email' }] }, good: CODE_CLIENT },
  { id: 'UPC50', level: 'error', name: 'a provider that is a number', bad: { ...VALID, SupportedIdentityProviders: ['COGNITO', 7] }, good: { ...VALID, SupportedIdentityProviders: ['COGNITO'] } },
  { id: 'UPC61', level: 'error', name: 'legacy and ALLOW_ flows next to a token', bad: { ...VALID, GenerateSecret: true, ExplicitAuthFlows: ['ADMIN_NO_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', { 'Fn::ImportValue': 'Flow' }] }, good: { ...VALID, GenerateSecret: true, ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', { 'Fn::ImportValue': 'Flow' }] } },
  { id: 'UPC50', level: 'error', name: 'a provider name of 33 characters', bad: { ...VALID, SupportedIdentityProviders: ['COGNITO', 'p'.repeat(33)] }, good: { ...VALID, SupportedIdentityProviders: ['COGNITO'] } },
  { id: 'UPC51', level: 'error', name: 'a provider the pool does not define', bad: { ...VALID, SupportedIdentityProviders: ['COGNITO', 'Facebook'] }, good: withGoogle({}) },
  { id: 'UPC60', level: 'error', name: 'an unknown auth flow', bad: { ...VALID, ExplicitAuthFlows: ['ALLOW_SRP', 'ALLOW_REFRESH_TOKEN_AUTH'] }, good: { ...VALID, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] } },
  { id: 'UPC61', level: 'error', name: 'legacy and ALLOW_ flows mixed', bad: { ...VALID, GenerateSecret: true, ExplicitAuthFlows: ['USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }, good: { ...VALID, GenerateSecret: true, ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] } },
  { id: 'UPC62', level: 'error', name: 'ALLOW_ flows without refresh', bad: { ...VALID, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] }, good: { ...VALID, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], RefreshTokenRotation: { Feature: 'ENABLED' } } },
  { id: 'UPC63', level: 'error', name: 'rotation with the default flows', bad: { ...VALID, RefreshTokenRotation: { Feature: 'ENABLED' } }, good: { ...VALID, RefreshTokenRotation: { Feature: 'ENABLED' }, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] } },
  { id: 'UPC63', level: 'error', name: 'rotation with ALLOW_REFRESH_TOKEN_AUTH', bad: { ...VALID, RefreshTokenRotation: { Feature: 'ENABLED' }, ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }, good: { ...VALID, RefreshTokenRotation: { Feature: 'ENABLED' }, ExplicitAuthFlows: ['ALLOW_USER_AUTH'] } },
  { id: 'UPC64', level: 'error', name: 'an unknown rotation feature', bad: { ...VALID, RefreshTokenRotation: { Feature: 'ON' } }, good: { ...VALID, RefreshTokenRotation: { Feature: 'DISABLED' } } },
  { id: 'UPC64', level: 'error', name: 'a grace period of 61 seconds', bad: { ...VALID, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 61 } }, good: { ...VALID, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 60 } } },
  { id: 'UPC65', level: 'warning', name: 'a grace period with rotation disabled', bad: { ...VALID, RefreshTokenRotation: { Feature: 'DISABLED', RetryGracePeriodSeconds: 10 } }, good: { ...VALID, RefreshTokenRotation: { Feature: 'DISABLED' } } },
  { id: 'UPC66', level: 'error', name: 'choice-based sign-in on a LITE pool', bad: { ...VALID, ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }, good: { ...VALID, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }, options: { tier: 'LITE' } },
  { id: 'UPC67', level: 'warning', name: 'rotation on a LITE pool', bad: { ...VALID, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], RefreshTokenRotation: { Feature: 'ENABLED' } }, good: { ...VALID, RefreshTokenRotation: { Feature: 'DISABLED' } }, options: { tier: 'LITE' } },
  { id: 'UPC60', level: 'error', name: 'a typo of a token-exchange flow', bad: { ...VALID, ExplicitAuthFlows: ['ALLOW_TOKEN_EXCHANGE_DELEGATE', 'ALLOW_REFRESH_TOKEN_AUTH'] }, good: TOKEN_EXCHANGE },
  { id: 'UPC60', level: 'error', name: 'a typo of the client-token flow', bad: f => ({ ...CLIENT_TOKEN(f), ExplicitAuthFlows: ['ALLOW_CLIENT_TOKEN'] }), good: CLIENT_TOKEN },
  { id: 'UPC62', level: 'error', name: 'a user flow beside token exchange without refresh', bad: { ...TOKEN_EXCHANGE, ExplicitAuthFlows: ['ALLOW_TOKEN_EXCHANGE_DELEGATION', 'ALLOW_USER_SRP_AUTH'] }, good: { ...TOKEN_EXCHANGE, ExplicitAuthFlows: ['ALLOW_TOKEN_EXCHANGE_DELEGATION'] } },
  { id: 'UPC66', level: 'error', name: 'token exchange on a LITE pool', bad: TOKEN_EXCHANGE, good: { ...TOKEN_EXCHANGE, ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'] }, options: { tier: 'LITE' } },
  { id: 'UPC68', level: 'error', name: 'client tokens without a secret', bad: f => ({ ...CLIENT_TOKEN(f), GenerateSecret: false, AllowedOAuthFlowsUserPoolClient: false, AllowedOAuthFlows: undefined, AllowedOAuthScopes: undefined }), good: CLIENT_TOKEN },
  { id: 'UPC69', level: 'error', name: 'client tokens beside the refresh flow', bad: f => ({ ...CLIENT_TOKEN(f), ExplicitAuthFlows: ['ALLOW_CLIENT_TOKEN_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }), good: CLIENT_TOKEN },
  { id: 'UPC69', level: 'error', name: 'client tokens beside a user flow', bad: f => ({ ...CLIENT_TOKEN(f), ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_CLIENT_TOKEN_AUTH'] }), good: CLIENT_TOKEN },
  { id: 'UPC29', level: 'error', name: 'a misspelt registration scope', bad: f => ({ ...M2M_CLIENT(f), AllowedOAuthScopes: ['aws.cognito/dcr/registration'] }), good: f => ({ ...M2M_CLIENT(f), AllowedOAuthScopes: ['aws.cognito/dcr/register'] }) },
  { id: 'UPC27', level: 'error', name: 'client_credentials with the user admin scope', bad: f => ({ ...M2M_CLIENT(f), AllowedOAuthScopes: ['aws.cognito.signin.user.admin'] }), good: f => ({ ...M2M_CLIENT(f), AllowedOAuthScopes: ['aws.cognito/dcr/register'] }) },
  { id: 'UPC31', level: 'warning', name: 'client_credentials without a domain nor GetClientToken', bad: f => ({ ...CLIENT_TOKEN(f), ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'] }), good: CLIENT_TOKEN, options: { noDomain: true } },
  { id: 'UPC70', level: 'error', name: 'context data without a secret', bad: { ...VALID, EnablePropagateAdditionalUserContextData: true }, good: { ...VALID, EnablePropagateAdditionalUserContextData: true, GenerateSecret: true } },
  { id: 'UPC71', level: 'error', name: 'an unknown existence-errors mode', bad: { ...VALID, PreventUserExistenceErrors: 'ON' }, good: VALID },
  { id: 'UPC80', level: 'error', name: 'an unknown attribute', bad: { ...VALID, ReadAttributes: ['email', 'favorite_color'] }, good: { ...VALID, ReadAttributes: ['email', 'email_verified', 'custom:tenant', 'sub', 'identities'] } },
  { id: 'UPC81', level: 'error', name: 'a custom attribute the pool lacks', bad: { ...VALID, ReadAttributes: ['custom:plan'] }, good: { ...VALID, ReadAttributes: ['custom:tenant'] } },
  { id: 'UPC82', level: 'warning', name: 'write attributes without the required email', bad: { ...VALID, WriteAttributes: ['name'] }, good: { ...VALID, WriteAttributes: ['email', 'name'] } },
  { id: 'UPC83', level: 'error', name: 'email_verified writable', bad: { ...VALID, WriteAttributes: ['email', 'email_verified'] }, good: { ...VALID, WriteAttributes: ['email'], ReadAttributes: ['email', 'email_verified'] } },
  { id: 'UPC83', level: 'error', name: 'sub writable', bad: { ...VALID, WriteAttributes: ['email', 'sub'] }, good: { ...VALID, WriteAttributes: ['email'], ReadAttributes: ['email', 'sub'] } },
  { id: 'UPC84', level: 'error', name: 'a mapped attribute not writable', bad: withGoogle({ WriteAttributes: ['email'] }), good: withGoogle({ WriteAttributes: ['email', 'given_name'] }) },
  { id: 'UPC90', level: 'error', name: 'an application id without role and external id', bad: { ...VALID, AnalyticsConfiguration: { ApplicationId: 'abc123' } }, good: { ...VALID, AnalyticsConfiguration: { ApplicationId: 'abc123', RoleArn: pinpointRole, ExternalId: 'x' } }, goodReports: PINPOINT_ENDED },
  { id: 'UPC90', level: 'error', name: 'an application ARN with a role', bad: { ...VALID, AnalyticsConfiguration: { ApplicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abc123', RoleArn: pinpointRole } }, good: { ...VALID, AnalyticsConfiguration: { ApplicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abc123' } }, goodReports: PINPOINT_ENDED },
  { id: 'UPC91', level: 'error', name: 'a role ARN that is a user', bad: { ...VALID, AnalyticsConfiguration: { ApplicationId: 'abc123', RoleArn: 'arn:aws:iam::123456789012:user/x', ExternalId: 'x' } }, good: { ...VALID, AnalyticsConfiguration: { ApplicationId: 'abc123', RoleArn: pinpointRole, ExternalId: 'x' } }, goodReports: PINPOINT_ENDED },
  { id: 'UPC91', level: 'error', name: 'an application id that is not hexadecimal', bad: { ...VALID, AnalyticsConfiguration: { ApplicationId: 'app-1', RoleArn: pinpointRole, ExternalId: 'x' } }, good: { ...VALID, AnalyticsConfiguration: { ApplicationId: 'ABC123', RoleArn: pinpointRole, ExternalId: 'x' } }, goodReports: PINPOINT_ENDED },
  { id: 'UPC92', level: 'error', name: 'a Pinpoint project in another Region', bad: { ...VALID, AnalyticsConfiguration: { ApplicationArn: 'arn:aws:mobiletargeting:ap-south-1:123456789012:apps/abc123' } }, good: { ...VALID, AnalyticsConfiguration: { ApplicationArn: 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc123' } }, goodReports: PINPOINT_ENDED },
  { id: 'UPC93', level: 'warning', name: 'Pinpoint analytics after its end of support', bad: { ...VALID, AnalyticsConfiguration: { ApplicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abc123' } }, good: VALID },
  { id: 'UPB01', level: 'warning', name: 'the implicit grant', bad: { ...CODE_CLIENT, AllowedOAuthFlows: ['code', 'implicit'] }, good: CODE_CLIENT },
  { id: 'UPB02', level: 'warning', name: 'existence errors left at the LEGACY default', bad: { ...VALID, PreventUserExistenceErrors: undefined }, good: VALID },
  { id: 'UPB02', level: 'warning', name: 'LEGACY existence errors beside a user flow', bad: { ...TOKEN_EXCHANGE, ExplicitAuthFlows: ['ALLOW_TOKEN_EXCHANGE_DELEGATION', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], PreventUserExistenceErrors: 'LEGACY' }, good: { ...TOKEN_EXCHANGE, PreventUserExistenceErrors: 'LEGACY' } },
  { id: 'UPB03', level: 'warning', name: 'token revocation off', bad: { ...VALID, EnableTokenRevocation: false }, good: { ...VALID, EnableTokenRevocation: true } },
  { id: 'UPB04', level: 'warning', name: 'password auth on a public client', bad: { ...VALID, ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }, good: { ...VALID, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] } },
  { id: 'UPB04', level: 'warning', name: 'password auth beside token exchange, without a secret', bad: { ...TOKEN_EXCHANGE, GenerateSecret: false, ExplicitAuthFlows: ['ALLOW_TOKEN_EXCHANGE_IMPERSONATION', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }, good: { ...TOKEN_EXCHANGE, GenerateSecret: false, PreventUserExistenceErrors: 'LEGACY' } },
];

describe.each(CASES)('$id: $name', ({ id, level, bad, good, options, goodReports }) => {
  test(`reports ${id} as ${level}`, () => {
    expect(findings(bad, options)).toContain(`${level} ${id}`);
  });

  test('the related valid configuration reports nothing', () => {
    expect(findings(good, options)).toEqual(goodReports ?? []);
  });
});

/** Rules whose cases need more than a client's properties; each has its tests below or, UPL*, in managed-login.test.ts. */
const MULTI_PROPERTY_RULES = ['UPC95', 'UPB05', 'UPL01', 'UPL02', 'UPL03', 'UPL04', 'UPL05', 'UPL06', 'UPL07', 'UPL08', 'UPL09', 'UPL10', 'UPL11', 'UPL12'];

test('every rule of the catalogue has a violating and a valid case', () => {
  const covered = new Set([...CASES.map(c => c.id), ...MULTI_PROPERTY_RULES]);
  expect([...covered].sort()).toEqual(UserPoolClientChecks.rules().map(r => r.id).sort());
});

describe('rules that need more than one client property', () => {
  test('UPC30: a literal scope is fine once the client depends on the resource server', () => {
    const f = fixture();
    const client = addClient(f, fx => ({ ...M2M_CLIENT(fx), AllowedOAuthScopes: ['api/read'] }));
    expect(ruleIdsOf(f.stack)).toEqual(['warning UPC30']);
    const g = fixture();
    const dependent = addClient(g, fx => ({ ...M2M_CLIENT(fx), AllowedOAuthScopes: ['api/read'] }));
    dependent.node.addDependency(g.server);
    expect(ruleIdsOf(g.stack)).toEqual([]);
    expect(findingsOf(f.stack).map(finding => finding.path)).toEqual([client.node.path]);
  });

  test.each([[1001, 1001], [1000, 0]])('UPC95: %i clients on one pool in other stacks report %i findings', (count, expected) => {
    // A stack holds at most 500 resources, so the clients live in stacks of their own.
    const f = fixture();
    const app = f.stack.node.root as App;
    const stacks = [0, 1, 2].map(i => new Stack(app, `Clients${i}`, { env: { account: '123456789012', region: 'eu-west-1' } }));
    stacks.forEach(s => Aspects.of(s).add(new UserPoolClientChecks(), { priority: AspectPriority.READONLY }));
    for (let i = 0; i < count; i++) {
      const client = new cognito.CfnUserPoolClient(stacks[i % 3], `Client${i}`, { userPoolId: f.pool.userPoolId });
      client.addPropertyOverride('PreventUserExistenceErrors', 'ENABLED');
    }
    const messages = findingsOf(app).map(finding => finding.message);
    expect(messages.filter(m => m.startsWith('[UPC95]'))).toHaveLength(expected);
    expect(messages.filter(m => /^\[UP/.test(m) && !m.startsWith('[UPC95]'))).toEqual([]);
  });

  test('UPB05: the secret in a stack output', () => {
    const f = fixture();
    const client = addClient(f, { ...VALID, GenerateSecret: true });
    new CfnOutput(f.stack, 'Secret', { value: client.attrClientSecret });
    expect(ruleIdsOf(f.stack)).toEqual(['warning UPB05']);
    const g = fixture();
    const other = addClient(g, { ...VALID, GenerateSecret: true });
    new CfnOutput(g.stack, 'Id', { value: other.ref });
    expect(ruleIdsOf(g.stack)).toEqual([]);
  });

  test('UPB05: the secret in a Lambda environment variable through Fn::Sub', () => {
    const f = fixture();
    const client = addClient(f, { ...VALID, GenerateSecret: true });
    const logicalId = f.stack.resolve(client.logicalId);
    new lambda.CfnFunction(f.stack, 'Fn', {
      role: 'arn:aws:iam::123456789012:role/fn',
      runtime: 'nodejs20.x',
      handler: 'index.handler',
      code: { zipFile: 'exports.handler = 1' },
      environment: { variables: { CLIENT_SECRET: Fn.sub(`\${${logicalId}.ClientSecret}`), CLIENT_ID: client.ref } },
    });
    expect(findingsOf(f.stack).map(x => x.message)).toEqual([
      `[UPB05] the client secret (Fn::GetAtt ${logicalId}.ClientSecret) appears in the environment of Lambda function Stack/Fn; allowed (best practice): store it in Secrets Manager (storeSecret: true) and read it at run time`,
    ]);
  });
});
