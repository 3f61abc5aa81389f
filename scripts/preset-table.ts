/**
 * Renders the README's preset table: each setting's value read from a synthesized template of
 * every preset, next to the reason the preset gives for it (src/presets/choices.ts). The README
 * holds it between markers; test/readme.test.ts fails when they differ.
 * Run `npx projen docs:readme` to update the README.
 */
import { App, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import {
  AppClient, DynamicClientRegistrationClient, MachineToMachineClient, NativeAppClient, ServerSideAppClient, SinglePageAppClient, TokenExchangeClient,
} from '../src';
import { COMMON_REASONS, PRESET_REASONS } from '../src/presets/choices';

const SETTINGS = [
  'GenerateSecret', 'SecretsManager', 'AllowedOAuthFlows', 'AllowedOAuthScopes', 'ExplicitAuthFlows', 'RefreshTokenRotation',
  'AccessTokenValidity', 'IdTokenValidity', 'RefreshTokenValidity',
];
const COMMON = ['PreventUserExistenceErrors', 'EnableTokenRevocation', 'AuthSessionValidity', 'TokenValidityUnits'];

function presets(): Record<string, AppClient> {
  const stack = new Stack(new App(), 'Presets');
  const userPool = new cognito.UserPool(stack, 'UserPool');
  userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'presets' } });
  const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' });
  const api = userPool.addResourceServer('Api', { identifier: 'api', scopes: [read] });
  return {
    SinglePageAppClient: new SinglePageAppClient(stack, 'Spa', { userPool, callbackUrls: ['https://app.example.com/cb'] }),
    ServerSideAppClient: new ServerSideAppClient(stack, 'Server', { userPool, callbackUrls: ['https://app.example.com/cb'] }),
    MachineToMachineClient: new MachineToMachineClient(stack, 'M2m', { userPool, resourceServerScopes: [{ resourceServer: api, scopes: [read] }] }),
    NativeAppClient: new NativeAppClient(stack, 'Native', { userPool, callbackUrls: ['com.example.app:/cb'] }),
    TokenExchangeClient: new TokenExchangeClient(stack, 'Exchange', { userPool }),
    DynamicClientRegistrationClient: new DynamicClientRegistrationClient(stack, 'Registration', { userPool }),
  };
}

function valueOf(client: AppClient, setting: string): string {
  const stack = Stack.of(client);
  const resources = stack.resolve((client.cfnUserPoolClient as any)._toCloudFormation()).Resources;
  const props = resources[stack.resolve(client.cfnUserPoolClient.logicalId)].Properties;
  const units: Record<string, string> = props.TokenValidityUnits;
  const show = (value: unknown): string => {
    if (value === undefined) return 'none';
    if (Array.isArray(value)) return value.map(show).join(', ');
    if (value && typeof value === 'object' && 'Fn::Join' in value) return (value as any)['Fn::Join'][1].map((p: unknown) => (typeof p === 'string' ? p : '<server>')).join('');
    return String(value);
  };
  switch (setting) {
    case 'SecretsManager': return client.secret ? 'stored' : 'none';
    case 'AccessTokenValidity': return `${props.AccessTokenValidity} ${units.AccessToken}`;
    case 'IdTokenValidity': return `${props.IdTokenValidity} ${units.IdToken}`;
    case 'RefreshTokenValidity': return `${props.RefreshTokenValidity} ${units.RefreshToken}`;
    case 'RefreshTokenRotation': {
      const rotation = props.RefreshTokenRotation;
      return rotation.Feature === 'ENABLED' ? `ENABLED, ${rotation.RetryGracePeriodSeconds} s grace` : rotation.Feature;
    }
    case 'AuthSessionValidity': return `${props.AuthSessionValidity} minutes`;
    case 'TokenValidityUnits': return 'always stated';
    default: return show(props[setting]);
  }
}

export function renderPresetTable(): string {
  const clients = presets();
  const names = Object.keys(clients);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(['Setting', ...names.map(n => `\`${n}\``)]),
    row(['---', ...names.map(() => '---')]),
    ...SETTINGS.map(setting => row([setting, ...names.map(n => `\`${valueOf(clients[n], setting)}\`: ${PRESET_REASONS[n][setting]}`)])),
    ...COMMON.map(setting => row([setting, ...names.map(n => `\`${valueOf(clients[n], setting)}\``)]).replace(/ \|$/, '') + ` (all: ${COMMON_REASONS[setting]}) |`),
  ].join('\n');
}
