import { Token } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { addClient, fixture } from './fixture';
import { findingsOf } from '../helpers';

const KEYS = [
  'ClientName', 'ClientSecret', 'UserPoolId', 'GenerateSecret', 'AccessTokenValidity', 'IdTokenValidity', 'RefreshTokenValidity',
  'TokenValidityUnits', 'AuthSessionValidity', 'ExplicitAuthFlows', 'SupportedIdentityProviders', 'AllowedOAuthFlowsUserPoolClient',
  'AllowedOAuthFlows', 'AllowedOAuthScopes', 'CallbackURLs', 'LogoutURLs', 'DefaultRedirectURI', 'ReadAttributes', 'WriteAttributes',
  'PreventUserExistenceErrors', 'EnableTokenRevocation', 'EnablePropagateAdditionalUserContextData', 'AnalyticsConfiguration',
  'RefreshTokenRotation',
];

/** CloudFormation intrinsics, as overrides may hold them. */
const intrinsic: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ Ref: fc.constantFrom('AWS::Region', 'PoolD3F588B8', 'Param', 'PoolApi150D6F71', 'GoogleAF1E99FA') }),
  fc.record({ 'Fn::ImportValue': fc.string() }),
  fc.record({ 'Fn::GetAtt': fc.tuple(fc.string(), fc.constantFrom('ClientSecret', 'Arn')) }),
  fc.record({ 'Fn::Join': fc.tuple(fc.string({ maxLength: 2 }), fc.array(fc.oneof(fc.string(), fc.record({ Ref: fc.string() })), { maxLength: 4 })) }),
  fc.record({ 'Fn::Split': fc.tuple(fc.constant(','), fc.string()) }),
);

/**
 * Whether aws-cdk-lib can synthesize a value: doubles in the range it uses to encode number tokens
 * (about -1.888e289) make CDK itself throw at synth ("unknown number Token"), before any check runs;
 * no template a user writes holds one.
 */
function synthesizable(value: unknown): boolean {
  if (typeof value === 'number') return !Token.isUnresolved(value);
  if (Array.isArray(value)) return value.every(synthesizable);
  return typeof value === 'object' && value !== null ? Object.values(value).every(synthesizable) : true;
}

/** Anything: wrong types, nested junk, near-valid values and tokens. */
const junk: fc.Arbitrary<unknown> = fc.letrec(tie => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.anything({ maxDepth: 2 }).filter(synthesizable),
    intrinsic,
    fc.constantFrom('code', 'implicit', 'client_credentials', 'openid', 'api/read', 'ENABLED', 'DISABLED', 'LEGACY', 'LITE',
      'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'USER_PASSWORD_AUTH', 'http://x', 'https://a.b/#f', 'custom:tenant', 'minutes', 'days'),
    fc.integer({ min: -10, max: 400_000 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('Feature', 'RetryGracePeriodSeconds', 'AccessToken', 'IdToken', 'RefreshToken', 'ApplicationArn', 'ApplicationId', 'RoleArn', 'ExternalId', 'Ref'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const propertyBag = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), junk, { maxKeys: 8 });

describe('property-based', () => {
  test('arbitrary property bags never make the checks throw or fail to check', () => {
    fc.assert(fc.property(propertyBag, bag => {
      const f = fixture();
      addClient(f, bag);
      const messages = findingsOf(f.stack).map(x => x.message);
      expect(messages.filter(m => m.startsWith('[UPC00]'))).toEqual([]);
      for (const m of messages) expect(m).toMatch(/^\[UP[CLB]\d\d\] \S/);
    }), { numRuns: 150 });
  });

  const seconds = (min: number, max: number) => fc.integer({ min, max }).map(s => ({ value: s, unit: 'seconds' }));
  const minutes = (min: number, max: number) => fc.integer({ min, max }).map(m => ({ value: m, unit: 'minutes' }));
  const hours = (min: number, max: number) => fc.integer({ min, max }).map(h => ({ value: h, unit: 'hours' }));
  const days = (min: number, max: number) => fc.integer({ min, max }).map(d => ({ value: d, unit: 'days' }));
  const shortToken = fc.oneof(seconds(300, 86_400), minutes(5, 1440), hours(1, 24), days(1, 1));
  // At least a day: access and ID tokens may not outlive the refresh token (UPC14).
  const refreshToken = fc.oneof(minutes(1440, 600_000), hours(24, 87_600), days(1, 3650));
  const https = fc.tuple(fc.domain(), fc.webPath()).map(([d, p]) => `https://${d}${p.replace(/#/g, '')}`);
  const loopback = fc.tuple(fc.constantFrom('localhost', '127.0.0.1', '[::1]'), fc.integer({ min: 1, max: 65535 })).map(([h, port]) => `http://${h}:${port}/cb`);
  const callback = fc.oneof(https, loopback, fc.constantFrom('myapp://callback', 'com.example.app:/oauth'));

  const validOAuth = fc.oneof(
    fc.record({
      AllowedOAuthFlowsUserPoolClient: fc.constant(true),
      AllowedOAuthFlows: fc.constant(['code']),
      AllowedOAuthScopes: fc.subarray(['email', 'phone', 'profile', 'aws.cognito.signin.user.admin', 'api/read', 'api/write']).map(s => ['openid', ...s]),
      CallbackURLs: fc.array(callback, { minLength: 1, maxLength: 5 }),
      LogoutURLs: fc.array(https, { maxLength: 3 }),
    }),
    fc.record({
      AllowedOAuthFlowsUserPoolClient: fc.constant(true),
      AllowedOAuthFlows: fc.constant(['client_credentials']),
      AllowedOAuthScopes: fc.subarray(['api/read', 'api/write'], { minLength: 1 }),
      GenerateSecret: fc.constant(true),
    }),
    fc.record({ AllowedOAuthFlowsUserPoolClient: fc.constant(false) }),
  );

  const validFlows = fc.oneof(
    fc.subarray(['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH'])
      .map(flows => ({ ExplicitAuthFlows: [...flows, 'ALLOW_REFRESH_TOKEN_AUTH'], RefreshTokenRotation: { Feature: 'DISABLED' } })),
    fc.tuple(fc.subarray(['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_CUSTOM_AUTH']), fc.integer({ min: 0, max: 60 }))
      .map(([flows, grace]) => ({ ExplicitAuthFlows: flows, RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: grace } })),
  );

  test('generated valid configurations never get an error', () => {
    fc.assert(fc.property(shortToken, shortToken, refreshToken, fc.integer({ min: 3, max: 15 }), validOAuth, validFlows,
      fc.subarray(['email', 'name', 'given_name', 'custom:tenant', 'email_verified']), fc.boolean(), fc.constantFrom('ENABLED', 'LEGACY'),
      (access, id, refresh, session, oauth, flows, read, secret, existence) => {
        const f = fixture();
        addClient(f, {
          GenerateSecret: secret,
          AccessTokenValidity: access.value,
          IdTokenValidity: id.value,
          RefreshTokenValidity: refresh.value,
          TokenValidityUnits: { AccessToken: access.unit, IdToken: id.unit, RefreshToken: refresh.unit },
          AuthSessionValidity: session,
          ReadAttributes: read,
          WriteAttributes: ['email', 'given_name'],
          PreventUserExistenceErrors: existence,
          ...flows,
          ...oauth,
        });
        expect(findingsOf(f.stack).filter(x => x.level === 'error')).toEqual([]);
      }), { numRuns: 150 });
  });
});
