import { execFileSync } from 'child_process';
import * as path from 'path';
import {
  CognitoIdentityProviderClient, CreateIdentityProviderCommand, CreateResourceServerCommand, CreateUserPoolClientCommand,
  CreateUserPoolCommand, DescribeUserPoolClientCommand, UpdateUserPoolClientCommand, UserPoolClientType,
} from '@aws-sdk/client-cognito-identity-provider';
import { startMoto, MotoServer } from './moto';
import { exampleTemplate, SynthesizedClient, synthesizedClients } from './templates';

/**
 * The Cognito API round trip: moto (pinned in requirements-dev.txt) serves the Cognito API on
 * 127.0.0.1; the real AWS SDK creates each synthesized client from its template properties,
 * reads it back and updates it. Every request is also validated against the Cognito service
 * model shipped in botocore, so a property the real API does not know, or a value of the wrong
 * type, fails.
 */
const VENV_BIN = path.join(__dirname, '..', '..', '.venv', 'bin');
const ROLE_ARN = 'arn:aws:iam::123456789012:role/AnalyticsRole';

let moto: MotoServer;
let cognito: CognitoIdentityProviderClient;
let userPoolId: string;

beforeAll(async () => {
  moto = await startMoto();
  cognito = new CognitoIdentityProviderClient({
    region: 'eu-west-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  const pool = await cognito.send(new CreateUserPoolCommand({
    PoolName: 'round-trip',
    Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }],
  }));
  userPoolId = pool.UserPool!.Id!;
  await cognito.send(new CreateResourceServerCommand({
    UserPoolId: userPoolId,
    Identifier: 'api',
    Name: 'api',
    Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }, { ScopeName: 'write', ScopeDescription: 'Write' }],
  }));
  await cognito.send(new CreateIdentityProviderCommand({
    UserPoolId: userPoolId,
    ProviderName: 'Google',
    ProviderType: 'Google',
    ProviderDetails: { client_id: 'google-client', client_secret: 'google-secret', authorize_scopes: 'openid email' },
    AttributeMapping: { email: 'email' },
  }));
}, 60_000);

afterAll(async () => {
  cognito?.destroy();
  await moto?.stop();
});

/** The client's template properties, with the emulator's ids in place of tokens. */
function apiParams(synthesized: SynthesizedClient): Record<string, unknown> {
  const resources: Record<string, any> = synthesized.template.Resources;
  const logicalId = synthesized.stack.resolve(synthesized.client.cfnUserPoolClient.logicalId);
  const refs: Record<string, string> = {};
  for (const [id, resource] of Object.entries(resources)) {
    if (resource.Type === 'AWS::Cognito::UserPool') refs[id] = userPoolId;
    if (resource.Type === 'AWS::Cognito::UserPoolResourceServer') refs[id] = resource.Properties.Identifier;
    if (resource.Type === 'AWS::Cognito::UserPoolIdentityProvider') refs[id] = resource.Properties.ProviderName;
    if (resource.Type === 'AWS::IAM::Role') refs[`${id}.Arn`] = ROLE_ARN;
  }
  const replace = (value: any): any => {
    if (Array.isArray(value)) return value.map(replace);
    if (value === null || typeof value !== 'object') return value;
    if ('Ref' in value) return known(refs[value.Ref], value);
    if ('Fn::GetAtt' in value) return known(refs[value['Fn::GetAtt'].join('.')], value);
    if ('Fn::Join' in value) return value['Fn::Join'][1].map(replace).join(value['Fn::Join'][0]);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
  };
  return replace(resources[logicalId].Properties);
}

function known(value: string | undefined, token: unknown): string {
  if (value === undefined) throw new Error(`no emulator value for ${JSON.stringify(token)}`);
  return value;
}

/** Problems the real service model finds in a request (botocore's parameter validation). */
function modelProblems(operation: string, params: Record<string, unknown>): string[] {
  const output = execFileSync(path.join(VENV_BIN, 'python'), [path.join(__dirname, 'validate_api_params.py')], {
    input: JSON.stringify([{ operation, params }]), encoding: 'utf8',
  });
  return JSON.parse(output)[0];
}

/** JSON with sorted keys: the API may return members in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
    : v);
}

/** Settings sent that did not come back identical, value and type. */
function lostSettings(sent: Record<string, unknown>, described: UserPoolClientType): string[] {
  return Object.entries(sent)
    .filter(([key]) => key !== 'GenerateSecret') // create-only; shows as the presence of ClientSecret
    .filter(([key, value]) => canonical((described as any)[key]) !== canonical(value))
    .map(([key, value]) => `${key}: sent ${JSON.stringify(value)}, read back ${JSON.stringify((described as any)[key])}`);
}

/** Creates, describes, updates and describes again; returns every problem found. */
async function roundTrip(params: Record<string, unknown>): Promise<{ problems: string[]; described?: UserPoolClientType }> {
  const problems = modelProblems('CreateUserPoolClient', params).map(p => `model: ${p}`);
  const created = await cognito.send(new CreateUserPoolClientCommand(params as any));
  const clientId = created.UserPoolClient!.ClientId!;
  const described = (await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId }))).UserPoolClient!;
  problems.push(...lostSettings(params, described));
  if (Boolean(described.ClientSecret) !== (params.GenerateSecret === true)) {
    problems.push(`ClientSecret ${described.ClientSecret ? 'returned' : 'missing'} with GenerateSecret ${params.GenerateSecret}`);
  }
  const { GenerateSecret: _createOnly, ...updatable } = params;
  const update = { ...updatable, ClientId: clientId };
  problems.push(...modelProblems('UpdateUserPoolClient', update).map(p => `model (update): ${p}`));
  await cognito.send(new UpdateUserPoolClientCommand(update as any));
  const after = (await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId }))).UserPoolClient!;
  const { LastModifiedDate: _before, ...stable } = described;
  const { LastModifiedDate: _after, ...stableAfter } = after;
  if (canonical(stable) !== canonical(stableAfter)) problems.push(`update changed the client: ${JSON.stringify(stable)} -> ${JSON.stringify(stableAfter)}`);
  return { problems, described };
}

const CLIENTS = synthesizedClients();

describe('Cognito API round trip through moto', () => {
  test.each(CLIENTS.map(c => [c.name, c] as const))('%s: every setting survives create, describe and update', async (_name, synthesized) => {
    const params = apiParams(synthesized);
    expect(Object.keys(params).length).toBeGreaterThanOrEqual(14);
    const { problems, described } = await roundTrip(params);
    expect(problems).toEqual([]);
    expect(described!.ClientSecret !== undefined).toBe(synthesized.client.hasSecret);
  });

  test('a misspelt property fails the round trip', async () => {
    const { AccessTokenValidity, ...rest } = apiParams(CLIENTS[0]);
    const { problems } = await roundTrip({ ...rest, AccessTokenValiditty: AccessTokenValidity });
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^model: Unknown parameter in input: "AccessTokenValiditty"/),
      expect.stringMatching(/^AccessTokenValiditty: sent 30, read back undefined/),
    ]));
  });

  test('a mistyped property fails the round trip', async () => {
    const params = apiParams(CLIENTS[0]);
    const { problems } = await roundTrip({ ...params, EnableTokenRevocation: 'true', TokenValidityUnits: ['minutes'] });
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^model: Invalid type for parameter EnableTokenRevocation/),
      expect.stringMatching(/^model: Invalid type for parameter TokenValidityUnits/),
    ]));
  });
});

/**
 * The example app's managed login branding and terms, as the API requests CloudFormation makes of
 * them (CreateManagedLoginBranding, CreateTerms), validated against botocore's Cognito model.
 */
describe('branding and terms requests against the Cognito service model', () => {
  const template = exampleTemplate();
  const tied = (type: string) => Object.values<any>(template.Resources).filter(r => r.Type === type).map(r => r.Properties);
  const ids = { UserPoolId: 'eu-west-1_AbCdEf123', ClientId: '1example23456789abcdef' };
  const request = ({ UserPoolId: _pool, ClientId: _client, ...rest }: Record<string, unknown>) => ({ ...ids, ...rest });

  test('the example has one branding style and two terms documents to check', () => {
    expect([tied('AWS::Cognito::ManagedLoginBranding').length, tied('AWS::Cognito::Terms').length]).toEqual([1, 2]);
  });

  test('CreateManagedLoginBranding and CreateTerms accept every request', () => {
    const problems = [
      ...tied('AWS::Cognito::ManagedLoginBranding').flatMap(props => modelProblems('CreateManagedLoginBranding', request(props))),
      ...tied('AWS::Cognito::Terms').flatMap(props => modelProblems('CreateTerms', request(props))),
    ];
    expect(problems).toEqual([]);
  });

  test('a misspelt or mistyped member fails the model', () => {
    const [branding] = tied('AWS::Cognito::ManagedLoginBranding');
    const [terms] = tied('AWS::Cognito::Terms');
    expect([
      ...modelProblems('CreateManagedLoginBranding', { ...request(branding), Asset: branding.Assets }),
      ...modelProblems('CreateTerms', { ...request(terms), Links: ['https://example.com/terms'] }),
    ]).toEqual([
      expect.stringMatching(/Unknown parameter in input: "Asset"/),
      expect.stringMatching(/Invalid type for parameter Links/),
    ]);
  });
});
