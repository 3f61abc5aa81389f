import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import { builtinModules } from 'module';
import * as os from 'os';
import * as path from 'path';
import {
  CognitoIdentityProviderClient, CreateIdentityProviderCommand, CreateResourceServerCommand, CreateUserPoolClientCommand,
  CreateUserPoolClientCommandInput, CreateUserPoolCommand, CreateUserPoolDomainCommand, DescribeUserPoolClientCommand, UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startMoto, MotoServer } from './moto';
import { Finding, UserPoolClientChecks } from '../../src';
import { check, readLivePool, runCommandAsync } from '../../src/cli/command';
import { READ_ACTIONS } from '../../src/cli/live-pool';

/**
 * `check --user-pool-id` against a real Cognito API server: moto on 127.0.0.1, started and stopped
 * here. Clients made through the API get exactly the findings the same clients get as a template;
 * every page of clients is read; a denied call and calls moto does not support are notes; no client
 * secret appears in any output; the update input round-trips.
 */
jest.setTimeout(60_000);
const ROOT = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-cognito-live-'));
const REGION = 'eu-west-1';
const ENV_KEYS = ['AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_EC2_METADATA_DISABLED', 'AWS_PROFILE'];
const savedEnv = Object.fromEntries(ENV_KEYS.map(k => [k, process.env[k]]));

let moto: MotoServer;
let cognito: CognitoIdentityProviderClient;
let denying: http.Server;
let poolId: string;
let pagedPoolId: string;
const clientIds = new Map<string, string>();
const secrets: string[] = [];

/** The clients, as CloudFormation properties (the API takes the same names). */
const CLIENTS: Record<string, Record<string, unknown>> = {
  service: {
    GenerateSecret: true,
    ExplicitAuthFlows: ['ALLOW_CLIENT_TOKEN_AUTH'],
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['client_credentials'],
    AllowedOAuthScopes: ['api/read'],
  },
  web: {
    PreventUserExistenceErrors: 'ENABLED',
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ['openid', 'email'],
    CallbackURLs: ['https://app.example.com/cb'],
  },
  longTokens: { PreventUserExistenceErrors: 'ENABLED', AccessTokenValidity: 48 },
  legacy: { PreventUserExistenceErrors: 'LEGACY', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
  unknownScope: {
    GenerateSecret: true,
    PreventUserExistenceErrors: 'ENABLED',
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['client_credentials'],
    AllowedOAuthScopes: ['api/delete'],
  },
  writesName: { PreventUserExistenceErrors: 'ENABLED', WriteAttributes: ['name'] },
  federated: { PreventUserExistenceErrors: 'ENABLED', SupportedIdentityProviders: ['COGNITO', 'Google'], WriteAttributes: ['email'] },
  contextData: { PreventUserExistenceErrors: 'ENABLED', EnablePropagateAdditionalUserContextData: true },
};

/** The same pool and clients as a template. */
function template(): Record<string, unknown> {
  const resources: Record<string, unknown> = {
    UserPool: { Type: 'AWS::Cognito::UserPool', Properties: { Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }] } },
    Domain: { Type: 'AWS::Cognito::UserPoolDomain', Properties: { UserPoolId: { Ref: 'UserPool' }, Domain: 'live-test' } },
    Api: {
      Type: 'AWS::Cognito::UserPoolResourceServer',
      Properties: { UserPoolId: { Ref: 'UserPool' }, Identifier: 'api', Name: 'api', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }] },
    },
    Google: {
      Type: 'AWS::Cognito::UserPoolIdentityProvider',
      Properties: { UserPoolId: { Ref: 'UserPool' }, ProviderName: 'Google', ProviderType: 'Google', AttributeMapping: { email: 'email', given_name: 'given_name' } },
    },
  };
  for (const [name, props] of Object.entries(CLIENTS)) {
    resources[name] = { Type: 'AWS::Cognito::UserPoolClient', DependsOn: ['Api', 'Google'], Properties: { UserPoolId: { Ref: 'UserPool' }, ClientName: name, ...props } };
  }
  return { Resources: resources };
}

/** A finding as both inputs state it: the client's name, and the message with the pool's path left out. */
const comparable = (f: Finding) => `${f.ruleId} ${f.path.split('/').pop()} ${f.message.replace(/\S+\/UserPool\b/g, 'POOL')}`;

/** Answers AccessDeniedException to ListIdentityProviders and passes every other call to moto. */
function denyingProxy(target: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', c => chunks.push(c)).on('end', () => {
      if (String(request.headers['x-amz-target']).endsWith('.ListIdentityProviders')) {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify({ __type: 'AccessDeniedException', message: 'not authorized to perform cognito-idp:ListIdentityProviders' }));
        return;
      }
      const upstream = http.request(`${target}${request.url}`, { method: request.method, headers: request.headers }, reply => {
        response.writeHead(reply.statusCode ?? 500, reply.headers);
        reply.pipe(response);
      });
      upstream.end(Buffer.concat(chunks));
    });
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const useEndpoint = (endpoint: string) => { process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER = endpoint; };

beforeAll(async () => {
  moto = await startMoto();
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(ROOT, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(ROOT, 'no-credentials'),
  });
  delete process.env.AWS_PROFILE;
  useEndpoint(moto.endpoint);
  cognito = new CognitoIdentityProviderClient({ region: REGION, endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  poolId = (await cognito.send(new CreateUserPoolCommand({
    PoolName: 'live', Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }],
  }))).UserPool!.Id!;
  await cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: 'live-test' }));
  await cognito.send(new CreateResourceServerCommand({ UserPoolId: poolId, Identifier: 'api', Name: 'api', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }] }));
  await cognito.send(new CreateIdentityProviderCommand({
    UserPoolId: poolId,
    ProviderName: 'Google',
    ProviderType: 'Google',
    ProviderDetails: { client_id: 'google-client', client_secret: 'google-secret', authorize_scopes: 'openid email' },
    AttributeMapping: { email: 'email', given_name: 'given_name' },
  }));
  for (const [name, props] of Object.entries(CLIENTS)) {
    const input = { UserPoolId: poolId, ClientName: name, ...props } as CreateUserPoolClientCommandInput;
    const created = await cognito.send(new CreateUserPoolClientCommand(input));
    clientIds.set(name, created.UserPoolClient!.ClientId!);
    if (created.UserPoolClient!.ClientSecret) secrets.push(created.UserPoolClient!.ClientSecret);
  }
  pagedPoolId = (await cognito.send(new CreateUserPoolCommand({ PoolName: 'paged' }))).UserPool!.Id!;
  for (let i = 0; i < 125; i++) {
    await cognito.send(new CreateUserPoolClientCommand({
      UserPoolId: pagedPoolId, ClientName: `client-${i}`, PreventUserExistenceErrors: 'ENABLED', GenerateSecret: i % 2 === 0, ...i === 77 ? { IdTokenValidity: 25 } : {},
    }));
  }
  denying = await denyingProxy(moto.endpoint);
}, 120_000);

afterAll(async () => {
  cognito?.destroy();
  await new Promise(resolve => denying ? denying.close(resolve) : resolve(undefined));
  await moto?.stop();
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  fs.rmSync(ROOT, { recursive: true, force: true });
});

describe('check --user-pool-id on a live pool', () => {
  test('clients made through the API get exactly the findings the same clients get as a template', async () => {
    const file = path.join(ROOT, 'same-clients.json');
    fs.writeFileSync(file, JSON.stringify(template(), null, 2));
    const asTemplate = check([file], false).findings.map(comparable).sort();
    expect(asTemplate.map(f => f.split(' ').slice(0, 2).join(' '))).toEqual([
      'UPB02 legacy', 'UPB04 legacy', 'UPC11 longTokens', 'UPC29 unknownScope', 'UPC70 contextData', 'UPC82 writesName', 'UPC84 federated',
    ]);
    const result = await runCommandAsync(['check', '--user-pool-id', poolId, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: any) => comparable({ ...f, path: f.constructPath ?? '', templatePath: f.file })).sort()).toEqual(asTemplate);
    expect(result.status).toBe(1);
    // Each finding names its client by name and id.
    const longTokens = report.findings.find((f: any) => f.ruleId === 'UPC11');
    expect([longTokens.constructPath, longTokens.logicalId, longTokens.file]).toEqual([`${poolId}/longTokens`, clientIds.get('longTokens'), `cognito-idp:${REGION}:${poolId}`]);
    // moto 5.2 serves neither branding, terms nor client session configurations: said, not guessed.
    expect(report.notes).toEqual([
      expect.stringMatching(/^DescribeManagedLoginBrandingByClient failed \(.*\): managed login branding not read, so UPL01, UPL02, UPL03, UPL04, UPL05, UPL06, UPL07 not applied$/),
      expect.stringMatching(/^GetUserPoolClientSessionConfiguration failed \(.*\): SSO session configuration not read, so UPL06, UPL10, UPL11, UPL12 not applied$/),
      expect.stringMatching(/^ListTerms failed \(.*\): terms documents not read, so UPL05, UPL06, UPL08, UPL09 not applied$/),
    ]);
  });

  test('every page of clients is read, each once; no call beyond what the report needs', async () => {
    const calls = new Map<string, number>();
    const snapshot = await readLivePool({ userPoolId: pagedPoolId }, calls);
    // Read-only calls only, each one the README names as an IAM action to grant.
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect([...calls.keys()].filter(operation => !(READ_ACTIONS as readonly string[]).includes(operation))).toEqual([]);
    expect(READ_ACTIONS.filter(action => !/^(Describe|List|Get)/.test(action) || !readme.includes(`\`${action === 'DescribeUserPool' ? 'cognito-idp:DescribeUserPool' : action}\``))).toEqual([]);
    expect(Object.keys(snapshot.clients)).toHaveLength(125);
    expect(Object.fromEntries(calls)).toEqual({
      DescribeUserPool: 1,
      ListUserPoolClients: 3,
      DescribeUserPoolClient: 125,
      ListResourceServers: 1,
      ListIdentityProviders: 1,
      // moto does not support these two: asked once, for the first client, then not again.
      DescribeManagedLoginBrandingByClient: 1,
      GetUserPoolClientSessionConfiguration: 1,
      ListTerms: 1,
    });
    // The reports of a live pool, held exactly: the pool in place of a file, the client by name and id, the notes.
    const id77 = Object.entries(snapshot.clients).find(([, c]) => c.ClientName === 'client-77')![0];
    const label = `cognito-idp:${REGION}:${pagedPoolId}`;
    const message = '[UPC12] IdTokenValidity of 25 hours is outside 5 minutes to 1 day';
    const fix = UserPoolClientChecks.rules().find(r => r.id === 'UPC12')!.explanation;
    const text = await runCommandAsync(['check', '--user-pool-id', pagedPoolId]);
    expect(text.stdout).toBe([
      `error UPC12 ${label} ${pagedPoolId}/client-77 (${id77})`, `  ${message}`, `  fix: ${fix}`,
      ...snapshot.notes.map(note => `note: ${note}`),
      '1 error, 0 warnings: 125 clients in 1 user pool', '',
    ].join('\n'));
    expect(snapshot.notes).toHaveLength(3);
    expect(JSON.parse((await runCommandAsync(['check', '--user-pool-id', pagedPoolId, '--format', 'json'])).stdout)).toEqual({
      findings: [{ ruleId: 'UPC12', severity: 'error', message, file: label, logicalId: id77, constructPath: `${pagedPoolId}/client-77`, fix }],
      clients: 125,
      templates: 0,
      userPools: 1,
      notes: snapshot.notes,
    });
    const sarif = JSON.parse((await runCommandAsync(['check', '--user-pool-id', pagedPoolId, '--format', 'sarif'])).stdout).runs[0];
    expect(sarif.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: snapshot.notes.map(note => ({ level: 'warning', message: { text: note } })) }]);
    expect(sarif.results[0].locations).toEqual([{
      physicalLocation: { artifactLocation: { uri: label } },
      logicalLocations: [{ name: id77, fullyQualifiedName: `${pagedPoolId}/client-77`, kind: 'resource' }],
    }]);
  });

  test('a denied call is a note, not a crash; the rules that need what it reads are not applied (no false UPC51)', async () => {
    useEndpoint(`http://127.0.0.1:${(denying.address() as any).port}`);
    try {
      const result = await runCommandAsync(['check', '--user-pool-id', poolId, '--format', 'json']);
      const report = JSON.parse(result.stdout);
      expect(report.notes).toContain('ListIdentityProviders failed (AccessDeniedException, HTTP 400): identity providers not read, so UPC30, UPC51, UPC84 not applied');
      // Google exists, but the command could not see it: it neither claims it missing nor judges its mapping.
      expect(report.findings.map((f: any) => f.ruleId).sort()).toEqual(['UPB02', 'UPB04', 'UPC11', 'UPC29', 'UPC70', 'UPC82']);
      expect(result.status).toBe(1);
    } finally {
      useEndpoint(moto.endpoint);
    }
  });

  test('a live client\'s fix names Cognito\'s operations, not a construct prop or a template resource', async () => {
    const bare = (await cognito.send(new CreateUserPoolCommand({ PoolName: 'no-domain' }))).UserPool!.Id!;
    await cognito.send(new CreateUserPoolClientCommand({
      UserPoolId: bare,
      ClientName: 'web',
      PreventUserExistenceErrors: 'ENABLED',
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      CallbackURLs: ['https://app.example.com/cb'],
    }));
    const result = await runCommandAsync(['check', '--user-pool-id', bare]);
    expect(result.stdout).toContain('has no domain; allowed: create a domain for the pool (CreateUserPoolDomain)\n');
    for (const other of ['userPool.addDomain', 'AWS::Cognito::UserPoolDomain']) expect(result.stdout).not.toContain(other);
  });

  test('a pool that cannot be read at all exits 2 with the reason', async () => {
    const result = await runCommandAsync(['check', '--user-pool-id', 'eu-west-1_doesNotExist0']);
    expect(result).toEqual({ status: 2, stdout: '', stderr: expect.stringMatching(/^cdk-cognito-app-client: DescribeUserPool of user pool eu-west-1_doesNotExist0 in eu-west-1 failed: ResourceNotFoundException/) });
    expect((await runCommandAsync(['check', '--user-pool-id', 'pool-without-region'])).stderr).toMatch(/--user-pool-id pool-without-region names no Region; give --region/);
  });
});

describe('the packaged command', () => {
  const lib = path.join(__dirname, '..', '..', 'lib', 'cli');

  test('bundles the SDK\'s Cognito client: the bundle requires Node\'s own modules only (and the optional CRT signer it guards)', () => {
    const required = [...new Set([...fs.readFileSync(path.join(lib, 'aws-sdk.js'), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map(m => m[1]))];
    expect(required.length).toBeGreaterThan(3);
    expect(required.filter(name => !builtinModules.includes(name.replace(/^node:/, '')) && name !== '@aws-sdk/signature-v4-crt')).toEqual([]);
  });

  test('the compiled executable reads a live pool through the bundled SDK', () => {
    const result = spawnSync(process.execPath, [path.join(lib, 'main.js'), 'check', '--user-pool-id', pagedPoolId], {
      encoding: 'utf8', env: { ...process.env, NODE_PATH: '' }, cwd: ROOT,
    });
    expect(result.stdout).toMatch(/\n1 error, 0 warnings: 125 clients in 1 user pool\n$/);
    expect(result.status).toBe(1);
  });
});

describe('snapshots and Cognito\'s own JSON, judged offline', () => {
  test('--save writes what was read, without secrets; check FILE gives the same findings', async () => {
    const file = path.join(ROOT, 'snapshot.json');
    const live = await runCommandAsync(['check', '--user-pool-id', poolId, '--save', file, '--format', 'json']);
    const offline = await runCommandAsync(['check', file, '--format', 'json']);
    const strip = (report: any) => report.findings.map((f: any) => `${f.ruleId} ${f.constructPath} ${f.logicalId} ${f.message}`);
    expect(strip(JSON.parse(offline.stdout))).toEqual(strip(JSON.parse(live.stdout)));
    expect(JSON.parse(offline.stdout).notes).toEqual(JSON.parse(live.stdout).notes);
    expect(offline.status).toBe(live.status);
    // In a snapshot each client is keyed by its id: the report points at its line.
    const line = fs.readFileSync(file, 'utf8').split('\n').findIndex(l => l.startsWith(`    "${clientIds.get('longTokens')}": {`)) + 1;
    expect(JSON.parse(offline.stdout).findings.find((f: any) => f.ruleId === 'UPC11').line).toBe(line);
  });

  test('what `aws cognito-idp describe-user-pool-client` prints is judged like a client of an imported pool', async () => {
    const described = await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientIds.get('unknownScope') }));
    expect(described.UserPoolClient!.ClientSecret).toBeDefined();
    const file = path.join(ROOT, 'described.json');
    fs.writeFileSync(file, JSON.stringify({ UserPoolClient: described.UserPoolClient }, null, 4));
    const result = await runCommandAsync(['check', file, '--format', 'json']);
    // UPC29 needs the pool's resource servers, which the file does not have: nothing is said.
    expect(JSON.parse(result.stdout).findings).toEqual([]);
    expect(result.stdout).toMatch(/"clients": 1/);
    const long = await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientIds.get('longTokens') }));
    fs.writeFileSync(file, JSON.stringify({ UserPoolClient: long.UserPoolClient }));
    expect((await runCommandAsync(['check', file])).stdout).toMatch(/^error UPC11 \S+described\.json \S+\/longTokens \(\w+\)\n/);
  });

  test('no client secret appears in any report, snapshot or update input', async () => {
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    const file = path.join(ROOT, 'secret-free.json');
    const outputs = [
      ...await Promise.all(['text', 'json', 'sarif'].map(format => runCommandAsync(['check', '--user-pool-id', poolId, '--format', format, '--save', file]))),
      await runCommandAsync(['check', '--update-input', clientIds.get('service')!, '--user-pool-id', poolId]),
    ].flatMap(r => [r.stdout, r.stderr]);
    outputs.push(fs.readFileSync(file, 'utf8'));
    for (const secret of secrets) expect(outputs.filter(text => text.includes(secret))).toEqual([]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).clients[clientIds.get('service')!]).toMatchObject({ HasClientSecret: true });
  });
});

describe('a safe update', () => {
  test('the update input carries every setting over: applied unchanged, it leaves the client as it was', async () => {
    for (const name of ['web', 'federated', 'service']) {
      const clientId = clientIds.get(name)!;
      const before = (await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))).UserPoolClient!;
      const result = await runCommandAsync(['check', '--update-input', clientId, '--user-pool-id', poolId]);
      expect(result.status).toBe(0);
      const input = JSON.parse(result.stdout);
      expect(input).toMatchObject({ UserPoolId: poolId, ClientId: clientId, ClientName: name });
      expect(input).not.toHaveProperty('ClientSecret');
      await cognito.send(new UpdateUserPoolClientCommand(input));
      const after = (await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))).UserPoolClient!;
      const { LastModifiedDate: _before, ...unchanged } = before;
      const { LastModifiedDate: _after, ...now } = after;
      expect(now).toEqual(unchanged);
    }
  });

  test('from a snapshot file too; an unknown client or a template is refused with the reason', async () => {
    const file = path.join(ROOT, 'for-update.json');
    await runCommandAsync(['check', '--user-pool-id', poolId, '--save', file]);
    const fromFile = await runCommandAsync(['check', '--update-input', clientIds.get('web')!, file]);
    const live = await runCommandAsync(['check', '--update-input', clientIds.get('web')!, '--user-pool-id', poolId]);
    expect(fromFile).toEqual(live);
    expect((await runCommandAsync(['check', '--update-input', 'nope', file])).stderr).toMatch(/--update-input nope: no such client in user pool \S+ \(clients: /);
    const templateFile = path.join(ROOT, 'same-clients.json');
    expect((await runCommandAsync(['check', '--update-input', 'x', templateFile])).stderr).toMatch(/is not a live pool's snapshot/);
  });
});
