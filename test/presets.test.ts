import { Template } from 'aws-cdk-lib/assertions';
import { Fixture, fullAppClient, presetFixture, PRESETS } from './client-cases';
import { findingsOf, ruleIdsOf } from './helpers';
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
    expect(props.AllowedOAuthFlows ?? []).not.toContain('implicit');
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

describe('what no client of the kind may have fails at construction; what a rule covers is a synth finding', () => {
  test.each([
    ['a custom scheme callback for a server-side app', () => ServerSideAppClient, { callbackUrls: ['myapp://cb'] }],
    ['a custom scheme logout URL for a SPA', () => SinglePageAppClient, { callbackUrls: ['https://app.example.com/cb'], logoutUrls: ['myapp://bye'] }],
  ])('%s', (_name, preset, props) => {
    const f = presetFixture();
    const Preset = preset();
    expect(() => new Preset(f.stack, 'Bad', { userPool: f.pool, ...props }))
      .toThrow(/^Stack\/Bad: (callback|logout)Urls of a web app must be an http\(s\) URL, as a browser never receives a myapp: redirect \(received 'myapp:\/\/(cb|bye)'\)/);
  });

  test.each([
    ['a callback with a fragment', () => SinglePageAppClient, { callbackUrls: ['https://app.example.com/#/cb'] }, ['error UPC40']],
    ['an http callback to a remote host for a SPA', () => SinglePageAppClient, { callbackUrls: ['http://app.example.com/cb'] }, ['error UPC40']],
    ['an http logout URL to a remote host for a native app', () => NativeAppClient, { callbackUrls: ['com.example.app:/cb'], logoutUrls: ['http://example.com/'] }, ['error UPC42']],
    ['no callback URL', () => SinglePageAppClient, { callbackUrls: [] }, ['error UPC24']],
    ['a machine-to-machine client without scopes', () => MachineToMachineClient, { resourceServerScopes: [] }, ['error UPC22']],
  ])('%s', (_name, preset, props, expected) => {
    const f = presetFixture();
    const Preset = preset();
    new Preset(f.stack, 'Bad', { userPool: f.pool, ...props } as any);
    expect(ruleIdsOf(f.stack)).toEqual(expected);
  });

  test('a native app may use a claimed https redirect (RFC 8252 §7.2: Universal Links, App Links)', () => {
    const f = presetFixture();
    new NativeAppClient(f.stack, 'Mobile', { userPool: f.pool, callbackUrls: ['https://app.example.com/auth/callback', 'com.example.app:/cb'], logoutUrls: ['https://app.example.com/bye'] });
    expect(ruleIdsOf(f.stack)).toEqual([]);
  });
});

test('a fully configured AppClient synthesizes with zero findings under strict checks', () => {
  const f = presetFixture();
  fullAppClient(f);
  expect(findingsOf(f.stack)).toEqual([]);
});
