import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, CfnOutput, CustomResource, Duration, Fn, NestedStack, SecretValue, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { ExampleStack } from '../../examples/example-stack';
import { AppClient, Finding, ManagedLoginBranding, OAuthFlow, SinglePageAppClient, UserPoolClientChecks } from '../../src';
import { check, runCommand } from '../../src/cli/command';
import { synthApp } from '../helpers';

/**
 * `cdk-cognito-app-client check`: the same engine, rules, severities, downgrades, UPC00 and
 * suppressions as at synth. Every app here is synthesized into its own folder under one temp root,
 * removed at the end; the command then reads the cloud assembly as another CI job would.
 */
const ROOT = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-cognito-cli-'));
afterAll(() => fs.rmSync(ROOT, { recursive: true, force: true }));
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'cli');

let apps = 0;
/** A new app that synthesizes as `cdk synth` does (path and asset metadata on) into a folder of its own. */
function newApp(): App {
  return new App({ outdir: path.join(ROOT, `app${++apps}`), context: { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true } });
}

const comparable = (f: Finding) => `${f.severity} ${f.path} ${f.logicalId} ${path.basename(f.templatePath)} ${f.message}`;

/** The findings of the validation plugin at synth, and of the command on the assembly it wrote. */
function bothDoors(build: (app: App) => void): { plugin: string[]; command: string[] } {
  const app = newApp();
  build(app);
  Validations.of(app).addPlugins(new UserPoolClientChecks());
  synthApp(app);
  return {
    plugin: UserPoolClientChecks.findings(app).map(comparable).sort(),
    command: check([app.outdir], false).findings.map(comparable).sort(),
  };
}

const fn = (scope: Stack, id: string) => new lambda.Function(scope, id, {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = 1'),
});

/** Apps that exercise each part of the engine: every rule family, Stages, nested stacks, imports, suppressions, downgrades. */
const SHARED_APPS: Array<[string, (app: App) => void]> = [
  ['the example app with a broken client beside it', app => {
    const stack = new ExampleStack(app, 'Example');
    const pool = stack.node.findChild('UserPool') as cognito.UserPool;
    new AppClient(stack, 'Broken', { userPool: pool, accessTokenValidity: Duration.hours(48), readAttributes: new cognito.ClientAttributes().withCustomAttributes('plan') });
  }],
  ['a Stage with a nested stack, a cross-stack pool and suppressions', app => {
    const stage = new Stage(app, 'Prod');
    const auth = new Stack(stage, 'Auth', { env: { account: '123456789012', region: 'eu-west-1' } });
    const pool = new cognito.UserPool(auth, 'Pool');
    pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'cli-test' } });
    const clients = new Stack(stage, 'Clients', { env: { account: '123456789012', region: 'eu-west-1' } });
    const nested = new NestedStack(clients, 'Web');
    new SinglePageAppClient(nested, 'Spa', { userPool: pool, callbackUrls: ['http://app.example.com/cb'], ssoSession: Duration.days(100) });
    const raw = new cognito.CfnUserPoolClient(clients, 'Raw', { userPoolId: pool.userPoolId, allowedOAuthFlows: ['implicit'], idTokenValidity: 60 });
    UserPoolClientChecks.suppress(raw, 'UPC23', 'OAuth is switched on by a later change');
    Validations.of(raw).acknowledge({ id: 'cdk-cognito-app-client::UPB02', reason: 'legacy errors until the sign-in page is rewritten' });
    new CfnOutput(clients, 'Secret', { value: new AppClient(clients, 'Server', { userPool: pool, generateSecret: true }).userPoolClientSecret.unsafeUnwrap() });
  }],
  ['a pool that code changes during the deployment, and one that a trigger only names', app => {
    const stack = new Stack(app, 'Amplify');
    const pool = new cognito.UserPool(stack, 'Pool');
    new CustomResource(stack, 'SocialProviders', { serviceToken: fn(stack, 'Handler').functionArn, properties: { userPoolId: pool.userPoolId } });
    new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, supportedIdentityProviders: ['COGNITO', 'Google'], preventUserExistenceErrors: 'ENABLED' });
    const other = new cognito.UserPool(stack, 'Other');
    other.addTrigger(cognito.UserPoolOperation.PRE_SIGN_UP, fn(stack, 'PreSignUp'));
    new cognito.CfnUserPoolClient(stack, 'OtherClient', { userPoolId: other.userPoolId, supportedIdentityProviders: ['Okta'], preventUserExistenceErrors: 'ENABLED' });
  }],
  ['a client whose properties are an intrinsic (UPC00) and an imported pool', app => {
    const stack = new Stack(app, 'Opaque');
    new cognito.CfnUserPoolClient(stack, 'Imported', { userPoolId: Fn.importValue('shared-pool-id'), accessTokenValidity: 30 });
    new cognito.CfnUserPoolClient(stack, 'Opaque', { userPoolId: 'eu-west-1_abc' }).addOverride('Properties', Fn.getAtt('Elsewhere', 'Props'));
  }],
];

describe.each(SHARED_APPS)('the validation plugin and the command find the same: %s', (_name, build) => {
  test('same rule, severity, message, path, logical id and template', () => {
    const { plugin, command } = bothDoors(build);
    expect(plugin.length).toBeGreaterThan(0);
    expect(command).toEqual(plugin);
  });
});

test('suppressions recorded at synth hold in the assembly, and --strict turns warnings into errors', () => {
  const findings = (suppress: boolean, strict: boolean) => {
    const app = newApp();
    const stack = new Stack(app, 'Legacy');
    const raw = new cognito.CfnUserPoolClient(stack, 'Raw', { userPoolId: new cognito.UserPool(stack, 'Pool').userPoolId, allowedOAuthFlows: ['code'], idTokenValidity: 60 });
    if (suppress) {
      UserPoolClientChecks.suppress(raw, 'UPC23', 'OAuth is switched on by a later change');
      Validations.of(stack).acknowledge({ id: 'cdk-cognito-app-client::UPB02', reason: 'legacy errors until the sign-in page is rewritten' });
    }
    app.synth();
    return check([app.outdir], strict).findings.map(f => `${f.severity} ${f.ruleId}`).sort();
  };
  expect(findings(false, false)).toEqual(['error UPC12', 'error UPC24', 'warning UPB02', 'warning UPC23']);
  expect(findings(true, false)).toEqual(['error UPC12', 'error UPC24']);
  expect(findings(false, true)).toEqual(['error UPB02', 'error UPC12', 'error UPC23', 'error UPC24']);
});

describe('templates from CloudFormation and SAM users', () => {
  test('a YAML template with short-form intrinsics and a SAM transform', () => {
    const { findings, clients, templates } = check([path.join(FIXTURES, 'sam-app.yaml')], false);
    expect({ clients, templates }).toEqual({ clients: 2, templates: 1 });
    expect(findings.map(f => `${f.severity} ${f.path} ${f.message.slice(0, 7)}`)).toEqual([
      'error sam-app.yaml/ReportsClient [UPC11]',
      // The trigger function has the pool id, yet it changes nothing during the deployment: an error.
      'error sam-app.yaml/ReportsClient [UPC51]',
    ]);
  });

  test('AWS\'s published template for GetClientToken (no domain, ALLOW_CLIENT_TOKEN_AUTH alone, terms) passes with no finding', () => {
    const sample = path.join(FIXTURES, 'aws-client-token-sample.yaml');
    const result = runCommand(['check', '--strict', sample]);
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 0, stdout: expect.stringMatching(/^no findings: 1 client in 1 template\n$/i) });
    // The same template with a typo of the flow fails, naming the model and the flow meant.
    const dir = fs.mkdtempSync(path.join(ROOT, 'client-token-'));
    fs.writeFileSync(path.join(dir, 'typo.yaml'), fs.readFileSync(sample, 'utf8').replace('- ALLOW_CLIENT_TOKEN_AUTH', '- ALLOW_CLIENT_TOKENS_AUTH'));
    const typo = runCommand(['check', path.join(dir, 'typo.yaml')]);
    expect(typo.status).toBe(1);
    expect(typo.stdout).toMatch(/\[UPC60\] ExplicitAuthFlows item "ALLOW_CLIENT_TOKENS_AUTH" is not a flow of Cognito's API model \(botocore [\d.]+\); did you mean ALLOW_CLIENT_TOKEN_AUTH\?/);
  });

  test('a plain template\'s report speaks CloudFormation, never CDK; the same app\'s cloud assembly speaks CDK', () => {
    // Clients whose findings have a fix in each reader's words: UPC30 (both), UPC31, UPB05, UPL07, UPL12.
    const app = newApp();
    const stack = new Stack(app, 'Words', { env: { account: '123456789012', region: 'eu-west-1' } });
    const pool = new cognito.UserPool(stack, 'Pool');
    const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' });
    pool.addResourceServer('Api', { identifier: 'api', scopes: [read] });
    new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', { userPool: pool, clientId: 'g', clientSecretValue: SecretValue.unsafePlainText('g') });
    const raw = new cognito.CfnUserPoolClient(stack, 'Raw', {
      userPoolId: pool.userPoolId,
      generateSecret: true,
      preventUserExistenceErrors: 'ENABLED',
      supportedIdentityProviders: ['COGNITO', 'Google'],
      allowedOAuthFlowsUserPoolClient: true,
      allowedOAuthFlows: ['client_credentials'],
      allowedOAuthScopes: ['api/read'],
    });
    new CfnOutput(stack, 'Secret', { value: raw.attrClientSecret });
    new AppClient(stack, 'Web', {
      userPool: pool,
      ssoSession: Duration.hours(1),
      oAuth: { flows: [OAuthFlow.AUTHORIZATION_CODE], scopes: [cognito.OAuthScope.OPENID], callbackUrls: ['https://app.example.com/cb'] },
      skipChecks: true,
    });
    // A pool whose domain shows the classic hosted UI, and a client with a branding style (UPL07).
    const classic = new cognito.UserPool(stack, 'Classic');
    classic.addDomain('Domain', { cognitoDomain: { domainPrefix: 'words-classic' } });
    new AppClient(stack, 'Branded', { userPool: classic, managedLoginBranding: ManagedLoginBranding.cognitoDefault(), skipChecks: true });
    synthApp(app);
    const templateFile = path.join(app.outdir, 'Words.template.json');
    const plainDir = fs.mkdtempSync(path.join(ROOT, 'plain-'));
    fs.copyFileSync(templateFile, path.join(plainDir, 'words.json'));
    const expected = ['UPB05', 'UPC30', 'UPC30', 'UPC31', 'UPC31', 'UPL07', 'UPL12'];
    const reports = (input: string) => ['text', 'json', 'sarif'].map(format => runCommand(['check', input, '--format', format]).stdout);
    expect(check([path.join(plainDir, 'words.json')], false).findings.map(f => f.ruleId).sort()).toEqual(expected);

    // Every name of this library's API and of aws-cdk-lib's Cognito constructs that a template author has never seen.
    const cdkNames = new Set<string>(['node.addDependency', 'addDependency']);
    for (const assembly of [path.join(__dirname, '..', '..', '.jsii')]) {
      const types = JSON.parse(fs.readFileSync(assembly, 'utf8')).types;
      for (const type of Object.values<any>(types)) {
        for (const member of [...type.properties ?? [], ...type.methods ?? []]) {
          if (/^[a-z]+[A-Z]/.test(member.name)) cdkNames.add(member.name);
          if (member.static && /^[A-Z_]+$/.test(member.name)) cdkNames.add(`${type.name}.${member.name}`);
        }
      }
    }
    for (const name of ['addDomain', 'resourceServer', 'fromProvider', 'IdentityProvider.GOOGLE', 'ManagedLoginVersion.NEWER_MANAGED_LOGIN', 'OAuthScope.']) cdkNames.add(name);
    // Not CDK's: the JSON report's own field names, and Cognito's rejection texts that rule sources quote.
    const notCdk = (name: string) => ['ruleId', 'logicalId', 'constructPath'].includes(name) || UserPoolClientChecks.rules().some(r => r.source.includes(name));
    const plain = reports(path.join(plainDir, 'words.json')).join('\n');
    const named = (name: string) => new RegExp(`(^|[^\\w])${name.replace(/[.()]/g, '\\$&')}($|[^\\w])`).test(plain);
    expect([...cdkNames].filter(name => named(name) && !notCdk(name))).toEqual([]);
    expect(plain).toContain('add an AWS::Cognito::UserPoolDomain for the pool');
    expect(plain).toContain('DependsOn: ');
    expect(plain).toContain('ManagedLoginVersion: 2 on the AWS::Cognito::UserPoolDomain');

    const assemblyReports = reports(app.outdir).join('\n');
    for (const words of ['userPool.addDomain', 'client.node.addDependency', 'storeSecret: true', 'IdentityProvider.fromProvider', 'ManagedLoginVersion.NEWER_MANAGED_LOGIN', 'refer to the construct']) {
      expect(assemblyReports).toContain(words);
    }
  });

  test('several paths are one app: a pool in one template, its clients in another through an export', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'split-'));
    fs.writeFileSync(path.join(dir, 'pool.json'), JSON.stringify({
      Resources: { Pool: { Type: 'AWS::Cognito::UserPool', Properties: {} } },
      Outputs: { PoolId: { Value: { Ref: 'Pool' }, Export: { Name: 'auth-pool-id' } } },
    }));
    fs.writeFileSync(path.join(dir, 'clients.yaml'), [
      'Resources:',
      '  Client:',
      '    Type: AWS::Cognito::UserPoolClient',
      '    Properties:',
      '      UserPoolId: !ImportValue auth-pool-id',
      '      PreventUserExistenceErrors: ENABLED',
      '      ReadAttributes: [custom:plan]',
    ].join('\n'));
    const judged = (...files: string[]) => check(files.map(f => path.join(dir, f)), false).findings.map(f => `${f.severity} ${f.ruleId}`);
    expect(judged('clients.yaml', 'pool.json')).toEqual(['error UPC81']);
    expect(judged('clients.yaml')).toEqual([]); // an imported pool is not judged
  });

  test('a plain template states a suppression in the client\'s metadata, with its reason', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'suppressed-'));
    const template = (metadata: string) => [
      'Resources:',
      '  Pool: { Type: AWS::Cognito::UserPool }',
      '  Client:',
      '    Type: AWS::Cognito::UserPoolClient',
      metadata,
      '    Properties: { UserPoolId: !Ref Pool, PreventUserExistenceErrors: ENABLED, AllowedOAuthFlows: [code], CallbackURLs: [https://a.example.com/cb] }',
    ].join('\n');
    const judged = (metadata: string) => {
      fs.writeFileSync(path.join(dir, 'template.yaml'), template(metadata));
      return check([path.join(dir, 'template.yaml')], false).findings.map(f => `${f.severity} ${f.ruleId}`);
    };
    expect(judged('')).toEqual(['warning UPC23', 'warning UPC23']); // flows and callback URLs without OAuth on
    expect(judged('    Metadata: { cdk-cognito-app-client: { suppressions: [{ id: UPC23, reason: OAuth is switched on next release }] } }')).toEqual([]);
  });

  test('a nested stack named by a relative TemplateURL is read with its parent', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'nested-'));
    fs.writeFileSync(path.join(dir, 'parent.yaml'), [
      'Resources:',
      '  Pool: { Type: AWS::Cognito::UserPool }',
      '  Clients:',
      '    Type: AWS::CloudFormation::Stack',
      '    Properties:',
      '      TemplateURL: ./clients.yaml',
      '      Parameters: { PoolId: !Ref Pool }',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'clients.yaml'), [
      'Parameters: { PoolId: { Type: String } }',
      'Resources:',
      '  Client:',
      '    Type: AWS::Cognito::UserPoolClient',
      '    Properties: { UserPoolId: !Ref PoolId, PreventUserExistenceErrors: ENABLED, SupportedIdentityProviders: [Google] }',
    ].join('\n'));
    expect(check([path.join(dir, 'parent.yaml')], false).findings.map(f => `${f.severity} ${f.path} ${f.ruleId}`))
      .toEqual(['error parent.yaml/Clients/Client UPC51']);
  });
});

describe('reports', () => {
  const sam = path.join(FIXTURES, 'sam-app.yaml');

  test('text: rule, file and line, logical id, message and fix; exit 1 on an error', () => {
    const result = runCommand(['check', sam]);
    expect(result.status).toBe(1);
    const line = fs.readFileSync(sam, 'utf8').split('\n').findIndex(l => l.startsWith('  ReportsClient:')) + 1;
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      `error UPC11 ${path.relative(process.cwd(), sam)}:${line} sam-app.yaml/ReportsClient (ReportsClient)`,
      '  [UPC11] AccessTokenValidity of 48 hours is outside 5 minutes to 1 day',
      expect.stringMatching(/^ {2}fix: \S/),
    ]);
    expect(result.stdout).toMatch(/\n2 errors, 0 warnings: 2 clients in 1 template\n$/);
  });

  test('json: the findings with file, line, logical id, construct path and fix', () => {
    const report = JSON.parse(runCommand(['check', sam, '--format', 'json']).stdout);
    expect(report.clients).toBe(2);
    expect(report.findings[0]).toEqual({
      ruleId: 'UPC11',
      severity: 'error',
      message: expect.stringMatching(/^\[UPC11\]/),
      file: path.relative(process.cwd(), sam),
      line: expect.any(Number),
      logicalId: 'ReportsClient',
      constructPath: 'sam-app.yaml/ReportsClient',
      fix: expect.any(String),
    });
  });

  test('every field of the three reports, held exactly (a line shifted by one fails)', () => {
    // The resource's line, found here independently of the command: the key of ReportsClient.
    const line = fs.readFileSync(sam, 'utf8').split('\n').indexOf('  ReportsClient:') + 1;
    expect(line).toBeGreaterThan(1);
    const file = path.relative(process.cwd(), sam);
    const fix = (id: string) => {
      const info = UserPoolClientChecks.rules().find(r => r.id === id)!;
      return info.templateFix ?? info.explanation;
    };
    const messages = {
      UPC11: '[UPC11] AccessTokenValidity of 48 hours is outside 5 minutes to 1 day',
      UPC51: '[UPC51] SupportedIdentityProviders item "Okta" is not an identity provider of user pool sam-app.yaml/UserPool; allowed: ["COGNITO"]',
    };
    expect(runCommand(['check', sam]).stdout).toBe([
      `error UPC11 ${file}:${line} sam-app.yaml/ReportsClient (ReportsClient)`, `  ${messages.UPC11}`, `  fix: ${fix('UPC11')}`,
      `error UPC51 ${file}:${line} sam-app.yaml/ReportsClient (ReportsClient)`, `  ${messages.UPC51}`, `  fix: ${fix('UPC51')}`,
      '2 errors, 0 warnings: 2 clients in 1 template', '',
    ].join('\n'));
    const finding = (id: 'UPC11' | 'UPC51') => ({
      ruleId: id, severity: 'error', message: messages[id], file, line, logicalId: 'ReportsClient', constructPath: 'sam-app.yaml/ReportsClient', fix: fix(id),
    });
    expect(JSON.parse(runCommand(['check', sam, '--format', 'json']).stdout)).toEqual({
      findings: [finding('UPC11'), finding('UPC51')], clients: 2, templates: 1, userPools: 0, notes: [],
    });
    const sarif = JSON.parse(runCommand(['check', sam, '--format', 'sarif']).stdout);
    const rules = UserPoolClientChecks.rules();
    expect(sarif.runs[0].invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    expect(sarif.runs[0].results).toEqual((['UPC11', 'UPC51'] as const).map(id => ({
      ruleId: id,
      ruleIndex: rules.findIndex(r => r.id === id) + 1, // UPC00 comes first
      level: 'error',
      message: { text: messages[id] },
      locations: [{
        physicalLocation: { artifactLocation: { uri: file.split(path.sep).join('/') }, region: { startLine: line } },
        logicalLocations: [{ name: 'ReportsClient', fullyQualifiedName: 'sam-app.yaml/ReportsClient', kind: 'resource' }],
      }],
    })));
    const upc11 = sarif.runs[0].tool.driver.rules[sarif.runs[0].results[0].ruleIndex];
    expect(upc11).toEqual({
      id: 'UPC11',
      shortDescription: { text: rules.find(r => r.id === 'UPC11')!.summary },
      fullDescription: { text: fix('UPC11') },
      help: { text: `${fix('UPC11')} Source: ${rules.find(r => r.id === 'UPC11')!.source}` },
      helpUri: 'https://github.com/cdk-cognito-app-client/cdk-cognito-app-client/blob/main/docs/rules.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(sarif.runs[0].tool.driver).toMatchObject({ name: 'cdk-cognito-app-client', informationUri: 'https://github.com/cdk-cognito-app-client/cdk-cognito-app-client' });
  });

  test('a clean app exits 0, also with warnings; --strict fails on them', () => {
    const app = newApp();
    const stack = new Stack(app, 'Clean');
    new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: new cognito.UserPool(stack, 'Pool').userPoolId });
    app.synth();
    expect(runCommand(['check', app.outdir]).status).toBe(0);
    expect(runCommand(['check', app.outdir]).stdout).toMatch(/0 errors, 1 warning: 1 client in 1 template\n$/);
    expect(runCommand(['check', '--strict', app.outdir]).status).toBe(1);
  });

  test('sarif: valid SARIF 2.1.0 (the OASIS schema), one result per finding, rules described', () => {
    const report = runCommand(['check', sam, '--format=sarif']).stdout;
    const sarif = JSON.parse(report);
    expect(sarif.runs[0].results.map((r: any) => `${r.level} ${r.ruleId} ${r.locations[0].logicalLocations[0].name}`))
      .toEqual(['error UPC11 ReportsClient', 'error UPC51 ReportsClient']);
    expect(sarif.runs[0].tool.driver.rules.map((r: any) => r.id)).toContain('UPL12');
    const file = path.join(ROOT, 'report.sarif');
    fs.writeFileSync(file, report);
    expect(validateSarif(file)).toBe('valid');
    fs.writeFileSync(file, JSON.stringify({ ...sarif, runs: [{ ...sarif.runs[0], results: [{ level: 'fatal' }] }] }));
    expect(validateSarif(file)).toMatch(/^invalid: /); // the validation can fail
  });
});

/** Validates a file against the SARIF 2.1.0 JSON schema with Python's jsonschema (both installed by `make`). */
function validateSarif(file: string): string {
  const schema = path.join(__dirname, '..', '..', 'tools', 'sarif', 'sarif-schema-2.1.0.json');
  if (!fs.existsSync(schema)) throw new Error(`${schema} is missing: run \`make\` (it fetches the schema)`);
  const python = path.join(__dirname, '..', '..', '.venv', 'bin', 'python');
  const script = 'import json,sys,jsonschema\ntry:\n  jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))\n  print("valid")\nexcept jsonschema.ValidationError as e:\n  print("invalid: " + e.message)';
  const result = spawnSync(python, ['-c', script, schema, file], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

describe('bad usage and unreadable inputs: exit 2 with the reason, never a stack trace', () => {
  test.each([
    [['check', 'missing.yaml'], /^cdk-cognito-app-client: missing\.yaml: file not found\n$/],
    [['check', path.join(FIXTURES, 'broken.yaml')], /: YAML error at line 6: bad indentation of a mapping entry\n$/],
    [['check', path.join(FIXTURES, 'broken.json')], /broken\.json: JSON error at line 1: /],
    [['check', path.join(FIXTURES, 'no-resources.yaml')], /no-resources\.yaml: not a CloudFormation template \(no Resources section\)\n$/],
    [['check', FIXTURES], /: a folder that is not a cloud assembly \(no manifest\.json\)\n$/],
    [['check', path.join(__dirname, 'check.test.ts')], /check\.test\.ts: not a template \(\.json, \.yaml, \.yml, \.template\) or a cloud assembly folder\n$/],
    [['check'], /^cdk-cognito-app-client: no PATH given\n\nusage: /],
    [['lint', 'x.yaml'], /^cdk-cognito-app-client: unknown command 'lint'\n/],
    [['check', 'x.yaml', '--format', 'xml'], /--format must be one of text, json, sarif \(received 'xml'\)/],
    [['check', 'x.yaml', '--fix'], /unknown option '--fix'/],
  ])('%j', (args, message) => {
    const result = runCommand(args as string[]);
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: '' });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('the executable prints the reason and exits 2', () => {
    const main = path.join(__dirname, '..', '..', 'lib', 'cli', 'main.js');
    const result = spawnSync(process.execPath, [main, 'check', path.join(FIXTURES, 'broken.yaml')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/broken\.yaml: YAML error at line 6/);
  });
});

test('a strict Aspect and the command with --strict agree: a preset on a pool without a domain', () => {
  const app = newApp();
  Aspects.of(app).add(new UserPoolClientChecks({ strict: true }));
  const stack = new Stack(app, 'Presets');
  const pool = new cognito.UserPool(stack, 'Pool');
  new SinglePageAppClient(stack, 'Web', { userPool: pool, callbackUrls: ['https://app.example.com/cb'] });
  synthApp(app);
  const atSynth = UserPoolClientChecks.findings(app).map(comparable);
  expect(atSynth).toEqual([expect.stringMatching(/^error Presets\/Web\/Resource .*\[UPC31\]/)]);
  expect(check([app.outdir], true).findings.map(comparable)).toEqual(atSynth);
});
