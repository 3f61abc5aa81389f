import { AspectPriority, Aspects, Duration, SecretValue, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { findingsOf, newStack, poolWithDomain } from './helpers';
import {
  AppClient, CustomSignIn, IdentityProvider, MachineToMachineClient, NativeAppClient, ServerSideAppClient,
  SinglePageAppClient, UserPoolClientChecks,
} from '../src';

type Fixture = ReturnType<typeof poolWithDomain> & { stack: Stack; google: cognito.UserPoolIdentityProviderGoogle };

function presetFixture(): Fixture {
  const stack = newStack();
  const fixture = poolWithDomain(stack);
  const google = new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', {
    userPool: fixture.pool, clientId: 'google-client', clientSecretValue: SecretValue.unsafePlainText('google-secret'),
    attributeMapping: { email: cognito.ProviderAttribute.GOOGLE_EMAIL },
  });
  // Strict checks over the whole stack: any warning, best practice included, is an error.
  Aspects.of(stack).add(new UserPoolClientChecks({ strict: true }), { priority: AspectPriority.READONLY });
  return { ...fixture, stack, google };
}

/** Each preset with its required props only, and with every prop it admits. */
const PRESETS: Record<string, { typical: (f: Fixture) => AppClient; maximal: (f: Fixture) => AppClient }> = {
  SinglePageAppClient: {
    typical: f => new SinglePageAppClient(f.stack, 'Client', { userPool: f.pool, callbackUrls: ['https://app.example.com/callback'] }),
    maximal: f => new SinglePageAppClient(f.stack, 'Client', {
      userPool: f.pool, clientName: 'web', callbackUrls: ['https://app.example.com/callback', 'http://localhost:5173/callback'],
      logoutUrls: ['https://app.example.com/'], additionalScopes: [cognito.OAuthScope.PHONE, cognito.OAuthScope.resourceServer(f.server, f.read)],
      identityProviders: [IdentityProvider.COGNITO, IdentityProvider.fromProvider(f.google)],
      accessTokenValidity: Duration.minutes(15), idTokenValidity: Duration.minutes(15), refreshTokenValidity: Duration.hours(12),
      readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, emailVerified: true }),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
      customSignIn: CustomSignIn.SRP_AND_CHOICE_BASED, refreshTokenRotationGracePeriod: Duration.seconds(0),
    }),
  },
  ServerSideAppClient: {
    typical: f => new ServerSideAppClient(f.stack, 'Client', { userPool: f.pool, callbackUrls: ['https://portal.example.com/oauth2/idpresponse'] }),
    maximal: f => new ServerSideAppClient(f.stack, 'Client', {
      userPool: f.pool, clientName: 'portal', callbackUrls: ['https://portal.example.com/oauth2/idpresponse'],
      logoutUrls: ['https://portal.example.com/'], additionalScopes: [cognito.OAuthScope.resourceServer(f.server, f.write)],
      identityProviders: [IdentityProvider.fromProvider(f.google)],
      accessTokenValidity: Duration.minutes(5), idTokenValidity: Duration.minutes(5), refreshTokenValidity: Duration.days(3650),
      readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, givenName: true }),
      storeSecret: false, enablePropagateAdditionalUserContextData: true,
    }),
  },
  MachineToMachineClient: {
    typical: f => new MachineToMachineClient(f.stack, 'Client', { userPool: f.pool, resourceServerScopes: [{ resourceServer: f.server, scopes: [f.read] }] }),
    maximal: f => new MachineToMachineClient(f.stack, 'Client', {
      userPool: f.pool, clientName: 'worker', resourceServerScopes: [{ resourceServer: f.server, scopes: [f.read, f.write] }],
      accessTokenValidity: Duration.days(1), storeSecret: false,
    }),
  },
  NativeAppClient: {
    typical: f => new NativeAppClient(f.stack, 'Client', { userPool: f.pool, callbackUrls: ['com.example.app:/callback'] }),
    maximal: f => new NativeAppClient(f.stack, 'Client', {
      userPool: f.pool, clientName: 'mobile', callbackUrls: ['com.example.app:/callback', 'http://127.0.0.1:8123/callback'],
      logoutUrls: ['com.example.app:/signout'], additionalScopes: [cognito.OAuthScope.resourceServer(f.server, f.read)],
      identityProviders: [IdentityProvider.COGNITO, IdentityProvider.fromProvider(f.google)],
      accessTokenValidity: Duration.hours(2), idTokenValidity: Duration.hours(2), refreshTokenValidity: Duration.days(90),
      customSignIn: CustomSignIn.CHOICE_BASED, refreshTokenRotationGracePeriod: Duration.seconds(60),
    }),
  },
};

function clientProps(f: Fixture, client: AppClient): Record<string, any> {
  return Template.fromStack(f.stack).toJSON().Resources[f.stack.resolve(client.cfnUserPoolClient.logicalId)].Properties;
}

describe.each(Object.keys(PRESETS))('%s', name => {
  test('snapshot of the typical client', () => {
    const f = presetFixture();
    PRESETS[name].typical(f);
    const resources = Template.fromStack(f.stack).toJSON().Resources;
    const ours = Object.fromEntries(Object.entries(resources).filter(([id]) => id.startsWith('Client')));
    expect(ours).toMatchSnapshot();
  });

  test.each(['typical', 'maximal'] as const)('synthesizes with zero findings, %s options, strict checks', variant => {
    const f = presetFixture();
    PRESETS[name][variant](f);
    expect(findingsOf(f.stack)).toEqual([]);
  });

  test.each(['typical', 'maximal'] as const)('security settings, %s options', variant => {
    const f = presetFixture();
    const client = PRESETS[name][variant](f);
    const props = clientProps(f, client);
    expect(props.AllowedOAuthFlows).not.toContain('implicit');
    expect(props.PreventUserExistenceErrors).toBe('ENABLED');
    expect(props.EnableTokenRevocation).toBe(true);
    expect(Object.keys(props.TokenValidityUnits).sort()).toEqual(['AccessToken', 'IdToken', 'RefreshToken']);
    expect(props.ExplicitAuthFlows).not.toContain('ALLOW_USER_PASSWORD_AUTH');
    expect(props.ExplicitAuthFlows).not.toContain('ALLOW_ADMIN_USER_PASSWORD_AUTH');
    for (const setting of ['ClientName', 'GenerateSecret', 'AccessTokenValidity', 'IdTokenValidity', 'RefreshTokenValidity', 'AuthSessionValidity',
      'ExplicitAuthFlows', 'SupportedIdentityProviders', 'AllowedOAuthFlowsUserPoolClient', 'EnablePropagateAdditionalUserContextData', 'RefreshTokenRotation']) {
      expect(props).toHaveProperty(setting);
    }
  });
});

describe('what each kind of application gets', () => {
  test('public clients have no secret, the code grant only, and rotation on', () => {
    for (const name of ['SinglePageAppClient', 'NativeAppClient']) {
      const f = presetFixture();
      const client = PRESETS[name].typical(f);
      const props = clientProps(f, client);
      expect(props.GenerateSecret).toBe(false);
      expect(props.AllowedOAuthFlows).toEqual(['code']);
      expect(props.AllowedOAuthScopes).toEqual(['openid', 'email', 'profile']);
      expect(props.RefreshTokenRotation.Feature).toBe('ENABLED');
      expect(props.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH']);
      expect(client.secret).toBeUndefined();
      expect(() => client.userPoolClientSecret).toThrow(/has no secret/);
    }
  });

  test('the single-page app: short tokens and a short grace period', () => {
    const f = presetFixture();
    const props = clientProps(f, PRESETS.SinglePageAppClient.typical(f));
    expect([props.AccessTokenValidity, props.TokenValidityUnits.AccessToken]).toEqual([30, 'minutes']);
    expect([props.RefreshTokenValidity, props.TokenValidityUnits.RefreshToken]).toEqual([1, 'days']);
    expect(props.RefreshTokenRotation).toEqual({ Feature: 'ENABLED', RetryGracePeriodSeconds: 10 });
  });

  test('the server-side app: a secret in Secrets Manager, code grant only', () => {
    const f = presetFixture();
    const client = PRESETS.ServerSideAppClient.typical(f);
    const props = clientProps(f, client);
    expect(props.GenerateSecret).toBe(true);
    expect(props.AllowedOAuthFlows).toEqual(['code']);
    expect(props.RefreshTokenRotation).toEqual({ Feature: 'DISABLED' });
    expect(client.secret).toBeDefined();
    Template.fromStack(f.stack).resourceCountIs('AWS::SecretsManager::Secret', 1);
  });

  test('machine to machine: client_credentials alone, custom scopes only, no URLs', () => {
    const f = presetFixture();
    const client = PRESETS.MachineToMachineClient.maximal(f);
    const props = clientProps(f, client);
    expect(props.GenerateSecret).toBe(true);
    expect(props.AllowedOAuthFlows).toEqual(['client_credentials']);
    expect(props.AllowedOAuthScopes).toEqual([
      { 'Fn::Join': ['', [{ Ref: 'PoolApi150D6F71' }, '/read']] },
      { 'Fn::Join': ['', [{ Ref: 'PoolApi150D6F71' }, '/write']] },
    ]);
    expect(props.CallbackURLs).toBeUndefined();
    expect(props.LogoutURLs).toBeUndefined();
    expect(props.ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
  });
});

describe('misuse that types cannot stop fails at construction', () => {
  test.each([
    ['a callback with a fragment', () => SinglePageAppClient, { callbackUrls: ['https://app.example.com/#/cb'] }, /callbackUrls must not contain a #fragment \(received 'https:\/\/app.example.com\/#\/cb'\)/],
    ['an http callback to a remote host for a SPA', () => SinglePageAppClient, { callbackUrls: ['http://app.example.com/cb'] }, /callbackUrls must use https, or http to localhost, 127.0.0.1 or \[::1\] \(received 'http:\/\/app.example.com\/cb'\)/],
    ['a custom scheme for a server-side app', () => ServerSideAppClient, { callbackUrls: ['myapp://cb'] }, /callbackUrls must use https/],
    ['an https callback for a native app', () => NativeAppClient, { callbackUrls: ['https://app.example.com/cb'] }, /callbackUrls of a native app must be a custom scheme .* \(received 'https:\/\/app.example.com\/cb'\), per RFC 8252/],
    ['an http logout URL to a remote host for a native app', () => NativeAppClient, { callbackUrls: ['com.example.app:/cb'], logoutUrls: ['http://example.com/'] }, /logoutUrls of a native app must be a custom scheme/],
    ['no callback URL', () => SinglePageAppClient, { callbackUrls: [] }, /callbackUrls needs at least one URL \(received \[\]\)/],
  ])('%s', (_name, preset, props, message) => {
    const f = presetFixture();
    const Preset = preset();
    expect(() => new Preset(f.stack, 'Bad', { userPool: f.pool, ...props })).toThrow(message);
  });

  test('a machine-to-machine client without scopes', () => {
    const f = presetFixture();
    expect(() => new MachineToMachineClient(f.stack, 'Bad', { userPool: f.pool, resourceServerScopes: [{ resourceServer: f.server, scopes: [] }] }))
      .toThrow(/resourceServerScopes needs at least one scope \(received \[0\] scopes per server\)/);
  });
});
