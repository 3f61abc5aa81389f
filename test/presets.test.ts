import { Template } from 'aws-cdk-lib/assertions';
import { Fixture, fullAppClient, presetFixture, PRESETS } from './client-cases';
import { findingsOf } from './helpers';
import { AppClient, MachineToMachineClient, NativeAppClient, ServerSideAppClient, SinglePageAppClient } from '../src';

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

test('a fully configured AppClient synthesizes with zero findings under strict checks', () => {
  const f = presetFixture();
  fullAppClient(f);
  expect(findingsOf(f.stack)).toEqual([]);
});
