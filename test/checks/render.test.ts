import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as fc from 'fast-check';
import { fixture } from './fixture';
import { render, renderThroughSynthesis } from '../../src/checks/render';
import { fullAppClient, presetFixture, PRESETS } from '../client-cases';

/** The fast rendering must equal the one synthesis does, or the checks judge the wrong thing. */
function expectSameRendering(resource: cognito.CfnUserPoolClient): void {
  const fast = render(resource)!;
  const full = renderThroughSynthesis(resource);
  expect(fast.logicalId).toEqual(full.logicalId);
  expect(JSON.stringify(sortKeys(fast.properties))).toEqual(JSON.stringify(sortKeys(full.properties)));
  expect([...fast.dependsOn].sort()).toEqual([...full.dependsOn].sort());
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
}

describe('rendering a client for the checks', () => {
  test.each(Object.keys(PRESETS))('%s (maximal) renders as synthesis does', name => {
    const f = presetFixture();
    expectSameRendering(PRESETS[name].maximal(f).cfnUserPoolClient);
  });

  test('a fully configured AppClient with overrides, deletions and dependencies renders as synthesis does', () => {
    const f = presetFixture();
    const client = fullAppClient(f);
    client.cfnUserPoolClient.addPropertyOverride('TokenValidityUnits.AccessToken', 'days');
    client.cfnUserPoolClient.addPropertyDeletionOverride('AnalyticsConfiguration.ExternalId');
    client.cfnUserPoolClient.addOverride('Properties.CallbackURLs.1', Fn.join('', ['https://', Fn.ref('AWS::Region'), '/cb']));
    client.cfnUserPoolClient.addDependency(f.server.node.defaultChild as cognito.CfnUserPoolResourceServer);
    expectSameRendering(client.cfnUserPoolClient);
  });

  test('rendering shares token-free values but never changes them: overrides are merged into copies', () => {
    const f = presetFixture();
    const client = fullAppClient(f);
    client.cfnUserPoolClient.addOverride('Properties.CallbackURLs.1', 'https://other.example.com/callback');
    client.cfnUserPoolClient.addPropertyDeletionOverride('TokenValidityUnits.IdToken');
    const before = JSON.stringify(f.stack.resolve((client.cfnUserPoolClient as any).cfnProperties));
    const first = render(client.cfnUserPoolClient)!;
    const second = render(client.cfnUserPoolClient)!;
    expect(first.properties.CallbackURLs).toEqual(['https://app.example.com/callback', 'https://other.example.com/callback']);
    expect(first.properties.TokenValidityUnits).toEqual({ AccessToken: 'minutes', RefreshToken: 'days' });
    expect(JSON.stringify(second.properties)).toEqual(JSON.stringify(first.properties));
    expect(JSON.stringify(f.stack.resolve((client.cfnUserPoolClient as any).cfnProperties))).toEqual(before);
    expect(client.cfnUserPoolClient.callbackUrLs).toEqual(['https://app.example.com/callback', 'http://localhost:3000/callback']);
  });

  const value = fc.oneof(
    fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 100 }), fc.boolean(), fc.constant(undefined),
    fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
    fc.constantFrom('{Ref}', '{Join}', '{Param}'),
  );
  const path = fc.oneof(
    fc.constantFrom('ClientName', 'AccessTokenValidity', 'TokenValidityUnits.IdToken', 'RefreshTokenRotation.Feature', 'CallbackURLs', 'Bogus.Deep.Key'),
    fc.string({ minLength: 1, maxLength: 5 }).filter(s => !s.includes('.')),
  );

  test('arbitrary overrides render as synthesis does', () => {
    fc.assert(fc.property(fc.array(fc.tuple(path, value), { maxLength: 6 }), fc.boolean(), (overrides, withL1Props) => {
      const f = fixture();
      const param = new CfnParameter(f.stack, 'Param');
      const client = new cognito.CfnUserPoolClient(f.stack, 'Client', {
        userPoolId: f.pool.userPoolId,
        ...(withL1Props ? { clientName: param.valueAsString, accessTokenValidity: 5, explicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], tokenValidityUnits: { accessToken: 'minutes' } } : {}),
      });
      for (const [key, raw] of overrides) {
        const v = raw === '{Ref}' ? f.pool.userPoolId : raw === '{Join}' ? Fn.join('/', [f.pool.userPoolArn, 'x']) : raw === '{Param}' ? param.valueAsString : raw;
        if (v === undefined) client.addPropertyDeletionOverride(key);
        else client.addPropertyOverride(key, v);
      }
      expectSameRendering(client);
    }), { numRuns: 200 });
  });
});
