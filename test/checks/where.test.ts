import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, AspectPriority, CfnOutput, CfnParameter, Duration, NestedStack, SecretValue, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { AppClient, SinglePageAppClient, UserPoolClientChecks } from '../../src';
import { findingsOf, poolWithDomain, ruleIdsOf, synthApp } from '../helpers';

/** Where the checks look: every Stage, nested stacks, across stacks, after every Aspect. */

const ENV = { account: '123456789012', region: 'eu-west-1' };

/** An L1 client with a 25-hour ID token (UPC12) and nothing else to report. */
function badClient(scope: Stack, pool: cognito.IUserPool, id = 'Bad'): cognito.CfnUserPoolClient {
  return new cognito.CfnUserPoolClient(scope, id, { userPoolId: pool.userPoolId, idTokenValidity: 25, preventUserExistenceErrors: 'ENABLED' });
}

function stackIn(scope: App | Stage, id: string): { stack: Stack; pool: cognito.UserPool } {
  const stack = new Stack(scope, id, { env: ENV });
  return { stack, pool: new cognito.UserPool(stack, 'Pool') };
}

describe('one Aspect on the app', () => {
  test('covers raw clients in a Stage, a nested Stage and a NestedStack', () => {
    const app = new App();
    Aspects.of(app).add(new UserPoolClientChecks());
    const prod = new Stage(app, 'Prod');
    const inStage = stackIn(prod, 'Auth');
    badClient(inStage.stack, inStage.pool);
    const inner = stackIn(new Stage(prod, 'Inner'), 'Auth');
    badClient(inner.stack, inner.pool);
    const top = stackIn(app, 'Top');
    const nested = new NestedStack(top.stack, 'Nested');
    badClient(nested, top.pool);
    expect(() => app.synth()).toThrow(/\[UPC12\] IdTokenValidity of 25 hours/);
    expect(UserPoolClientChecks.findings(app).map(f => `${f.path} ${f.ruleId}`).sort()).toEqual([
      'Prod/Auth/Bad UPC12', 'Prod/Inner/Auth/Bad UPC12', 'Top/Nested/Bad UPC12',
    ]);
  });

  test('an AppClient in a Stage checks itself, and reports once with the Aspect on the app as well', () => {
    const app = new App();
    const { stack, pool } = stackIn(new Stage(app, 'Prod'), 'Auth');
    new AppClient(stack, 'Web', { userPool: pool, idTokenValidity: Duration.hours(25) });
    expect(ruleIdsOf(app)).toEqual(['error UPC12']);
    const both = new App();
    Aspects.of(both).add(new UserPoolClientChecks({ strict: true }));
    const again = stackIn(new Stage(both, 'Prod'), 'Auth');
    new AppClient(again.stack, 'Web', { userPool: again.pool, idTokenValidity: Duration.hours(25), enableTokenRevocation: false });
    // The outermost registration (the app's, strict) decides: UPB03 is an error too, each once.
    expect(ruleIdsOf(both)).toEqual(['error UPC12', 'error UPB03']);
  });

  test('as a validation plugin it reports what no Aspect or AppClient covers, and nothing twice', () => {
    const app = new App();
    Validations.of(app).addPlugins(new UserPoolClientChecks());
    const { stack, pool } = stackIn(new Stage(app, 'Prod'), 'Auth');
    badClient(stack, pool, 'Raw');
    new AppClient(stack, 'Web', { userPool: pool, idTokenValidity: Duration.hours(25) });
    expect(findingsOf(app).map(f => `${f.path} ${f.message.slice(0, 7)}`).sort()).toEqual([
      'Prod/Auth/Raw [UPC12]', 'Prod/Auth/Web/Resource [UPC12]',
    ]);
  });
});

describe('construct paths in findings', () => {
  const PATH_METADATA = { 'aws:cdk:enable-path-metadata': true }; // what `cdk synth` sets by default

  test('are the same with path metadata in the template (cdk synth) and without it (a plain synth)', () => {
    const pathsWith = (context: Record<string, unknown>) => {
      const app = new App({ context });
      Aspects.of(app).add(new UserPoolClientChecks());
      const inStage = stackIn(new Stage(app, 'Prod'), 'Auth');
      badClient(inStage.stack, inStage.pool);
      const top = stackIn(app, 'Top');
      badClient(new NestedStack(top.stack, 'Nested'), top.pool);
      new AppClient(top.stack, 'Web', { userPool: top.pool, idTokenValidity: Duration.hours(25) });
      expect(() => app.synth()).toThrow(/\[UPC12\]/);
      return UserPoolClientChecks.findings(app).map(f => f.path).sort();
    };
    const expected = ['Prod/Auth/Bad', 'Top/Nested/Bad', 'Top/Web/Resource'];
    expect(pathsWith({})).toEqual(expected);
    expect(pathsWith(PATH_METADATA)).toEqual(expected);
  });

  test('are read from the path metadata when the template has it', () => {
    const app = new App({ context: PATH_METADATA });
    Aspects.of(app).add(new UserPoolClientChecks());
    const { stack, pool } = stackIn(app, 'S');
    badClient(stack, pool).addMetadata('aws:cdk:path', 'S/AsWritten');
    expect(() => app.synth()).toThrow(/\[UPC12\]/);
    expect(UserPoolClientChecks.findings(app).map(f => f.path)).toEqual(['S/AsWritten']);
  });
});

describe('the client as it deploys', () => {
  test('an Aspect that changes clients after the checks were added is seen, whatever the order', () => {
    const app = new App();
    Aspects.of(app).add(new UserPoolClientChecks());
    const { stack, pool } = stackIn(app, 'S');
    new AppClient(stack, 'Web', { userPool: pool });
    Aspects.of(app).add({
      visit(node) {
        if (node instanceof cognito.CfnUserPool) node.userPoolTier = 'LITE';
        if (node instanceof cognito.CfnUserPoolClient) node.explicitAuthFlows = ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
      },
    }, { priority: AspectPriority.MUTATING });
    expect(ruleIdsOf(app)).toEqual(['error UPC66']);
  });

  test('a pool whose logical id is overridden, or named by Fn::GetAtt UserPoolId, is still the client\'s pool', () => {
    const app = new App();
    const { stack, pool } = stackIn(app, 'S');
    (pool.node.defaultChild as cognito.CfnUserPool).overrideLogicalId('ImportedPool');
    const client = new cognito.CfnUserPoolClient(stack, 'Client', {
      userPoolId: (pool.node.defaultChild as cognito.CfnUserPool).attrUserPoolId,
      preventUserExistenceErrors: 'ENABLED',
      readAttributes: ['custom:plan'],
    });
    Aspects.of(app).add(new UserPoolClientChecks());
    expect(ruleIdsOf(app)).toEqual(['error UPC81']);
    expect(stack.resolve(client.userPoolId)).toEqual({ 'Fn::GetAtt': ['ImportedPool', 'UserPoolId'] });
  });

  test('pools with the same construct id in two stacks are not confused', () => {
    const app = new App();
    Aspects.of(app).add(new UserPoolClientChecks());
    const withServer = poolWithDomain(new Stack(app, 'A', { env: ENV }));
    const plain = stackIn(app, 'B');
    new cognito.CfnUserPoolClient(plain.stack, 'Client', {
      userPoolId: plain.pool.userPoolId,
      preventUserExistenceErrors: 'ENABLED',
      generateSecret: true,
      allowedOAuthFlowsUserPoolClient: true,
      allowedOAuthFlows: ['client_credentials'],
      allowedOAuthScopes: ['api/read'],
    });
    new cognito.CfnUserPoolClient(withServer.pool.stack, 'Client', {
      userPoolId: withServer.pool.userPoolId,
      preventUserExistenceErrors: 'ENABLED',
      generateSecret: true,
      allowedOAuthFlowsUserPoolClient: true,
      allowedOAuthFlows: ['client_credentials'],
      allowedOAuthScopes: ['api/read'],
    }).node.addDependency(withServer.server);
    // B's pool has no resource server `api` (UPC29) and no domain (UPC31), whatever A's pool has;
    // the same client in A, whose pool has both, reports nothing.
    expect(findingsOf(app).map(f => `${f.path} ${f.message.slice(0, 7)}`)).toEqual(['B/Client [UPC29]', 'B/Client [UPC31]']);
  });

  test('a resource server in another stack than its pool and client is found', () => {
    const app = new App();
    Aspects.of(app).add(new UserPoolClientChecks());
    const { pool } = stackIn(app, 'Pools');
    pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'x-app' } });
    const servers = new Stack(app, 'Servers', { env: ENV });
    const server = new cognito.UserPoolResourceServer(servers, 'Api', {
      userPool: pool, identifier: 'api', scopes: [new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' })],
    });
    const clients = new Stack(app, 'Clients', { env: ENV });
    const m2m = (id: string, scope: string) => new cognito.CfnUserPoolClient(clients, id, {
      userPoolId: pool.userPoolId,
      preventUserExistenceErrors: 'ENABLED',
      generateSecret: true,
      allowedOAuthFlowsUserPoolClient: true,
      allowedOAuthFlows: ['client_credentials'],
      allowedOAuthScopes: [scope],
    });
    m2m('Good', `${server.userPoolResourceServerId}/read`);
    m2m('Bad', `${server.userPoolResourceServerId}/delete`);
    expect(findingsOf(app).map(f => `${f.path} ${f.message.slice(0, 7)}`)).toEqual(['Clients/Bad [UPC29]']);
  });

  test('an identity provider with attribute mappings in another stack is found (UPC84)', () => {
    const app = new App();
    Aspects.of(app).add(new UserPoolClientChecks());
    const { pool } = stackIn(app, 'Pools');
    const idps = new Stack(app, 'Idps', { env: ENV });
    const google = new cognito.UserPoolIdentityProviderGoogle(idps, 'Google', {
      userPool: pool,
      clientId: 'id',
      clientSecretValue: SecretValue.unsafePlainText('secret'),
      attributeMapping: { email: cognito.ProviderAttribute.GOOGLE_EMAIL, givenName: cognito.ProviderAttribute.GOOGLE_GIVEN_NAME },
    });
    new cognito.CfnUserPoolClient(new Stack(app, 'Clients', { env: ENV }), 'Client', {
      userPoolId: pool.userPoolId,
      preventUserExistenceErrors: 'ENABLED',
      supportedIdentityProviders: ['COGNITO', google.providerName],
      writeAttributes: ['email'],
    });
    expect(findingsOf(app).map(f => f.message)).toEqual([expect.stringMatching(/^\[UPC84\] WriteAttributes \["email"\] lacks "given_name"/)]);
  });

  test('resources brought in with CfnInclude are judged with their pool', () => {
    const app = new App();
    Aspects.of(app).add(new UserPoolClientChecks());
    const file = path.join(__dirname, '..', '..', '.tmp', 'included.template.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({
      Resources: {
        LegacyPool: { Type: 'AWS::Cognito::UserPool', Properties: { Schema: [{ Name: 'tenant', AttributeDataType: 'String' }] } },
        LegacyClient: {
          Type: 'AWS::Cognito::UserPoolClient',
          Properties: { UserPoolId: { Ref: 'LegacyPool' }, PreventUserExistenceErrors: 'ENABLED', ReadAttributes: ['custom:tenant', 'custom:plan'] },
        },
      },
    }));
    new CfnInclude(new Stack(app, 'Legacy', { env: ENV }), 'Template', { templateFile: file });
    expect(findingsOf(app).map(f => `${f.path} ${f.message.slice(0, 7)}`)).toEqual(['Legacy/Template/LegacyClient [UPC81]']);
  });

  test('a CommaDelimitedList parameter as callbackUrls is never judged', () => {
    const app = new App();
    const { stack, pool } = stackIn(app, 'S');
    pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'x-app' } });
    const urls = new CfnParameter(stack, 'Urls', { type: 'CommaDelimitedList' }).valueAsList;
    new SinglePageAppClient(stack, 'Web', { userPool: pool, callbackUrls: urls, logoutUrls: urls });
    expect(ruleIdsOf(app)).toEqual([]);
  });

  test('a client whose Properties is an intrinsic cannot be judged, and says so', () => {
    const app = new App();
    Aspects.of(app).add(new UserPoolClientChecks());
    const { stack, pool } = stackIn(app, 'S');
    const client = badClient(stack, pool);
    client.addOverride('Properties', { 'Fn::If': ['IsProd', { UserPoolId: 'x' }, { UserPoolId: 'y' }] });
    const [finding] = findingsOf(app);
    expect(finding.level).toBe('warning');
    expect(finding.message).toMatch(/^\[UPC00\] Properties of Bad is not an object .* so no rule was applied: UPC01, UPC02/);
  });
});

describe('the client secret in plain text (UPB05)', () => {
  function clientWithSecret(stack: Stack, pool: cognito.IUserPool): AppClient {
    return new AppClient(stack, 'Server', { userPool: pool, generateSecret: true, skipChecks: true });
  }

  test('in the environment of a Lambda function (a Lazy value in aws-cdk-lib) of a nested stack', () => {
    const app = new App();
    Aspects.of(app).add(new UserPoolClientChecks());
    const { stack, pool } = stackIn(app, 'S');
    const client = clientWithSecret(stack, pool);
    const nested = new NestedStack(stack, 'Functions');
    new lambda.Function(nested, 'Fn', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = 1'),
      environment: { SECRET: client.userPoolClientSecret.unsafeUnwrap() },
    });
    expect(findingsOf(app).map(f => f.message)).toEqual([
      expect.stringMatching(/^\[UPB05\] the client secret .* appears in the environment of Lambda function S\/Functions\/Fn\/Resource/),
    ]);
  });

  test('of a client whose logical id is overridden', () => {
    const app = new App();
    Aspects.of(app).add(new UserPoolClientChecks());
    const { stack, pool } = stackIn(app, 'S');
    const client = clientWithSecret(stack, pool);
    client.cfnUserPoolClient.overrideLogicalId('LegacyClient');
    new CfnOutput(stack, 'Secret', { value: client.userPoolClientSecret.unsafeUnwrap() });
    expect(findingsOf(app).map(f => `${f.path} ${f.message.replace(/ appears.*/, '')}`)).toEqual([
      'S/Server/Resource [UPB05] the client secret (Fn::GetAtt LegacyClient.ClientSecret)',
    ]);
  });

  test('in an output of another stack, and read through aws-cdk-lib\'s UserPoolClient', () => {
    const app = new App();
    Aspects.of(app).add(new UserPoolClientChecks());
    const { stack, pool } = stackIn(app, 'S');
    const client = clientWithSecret(stack, pool);
    new CfnOutput(new Stack(app, 'Consumer', { env: ENV }), 'Secret', { value: client.userPoolClientSecret.unsafeUnwrap() });
    const l2 = pool.addClient('L2', { generateSecret: true, preventUserExistenceErrors: true });
    new CfnOutput(stack, 'L2Secret', { value: l2.userPoolClientSecret.unsafeUnwrap() });
    const exposed = findingsOf(app).filter(f => f.message.startsWith('[UPB05]')).map(f => `${f.path}: ${f.message.replace(/.* appears in the /, '').replace(/;.*/, '')}`);
    expect(exposed.sort()).toEqual([
      'S/Pool/L2/Resource: stack output L2Secret of S',
      expect.stringMatching(/^S\/Server\/Resource: stack output ExportsOutputFnGetAttServer.*ClientSecret.* of S$/),
      'S/Server/Resource: stack output Secret of Consumer',
    ]);
  });
});

describe('suppression', () => {
  test('CDK\'s Validations.acknowledge with our namespace suppresses a finding', () => {
    const app = new App();
    Aspects.of(app).add(new UserPoolClientChecks());
    const { stack, pool } = stackIn(app, 'S');
    const client = new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', enableTokenRevocation: false });
    expect(ruleIdsOf(app)).toEqual(['warning UPB03']);
    Validations.of(client).acknowledge({ id: 'cdk-cognito-app-client::UPB03', reason: 'A legacy client; revocation comes with the next major release' });
    synthApp(app);
    expect(UserPoolClientChecks.findings(app)).toEqual([]);
  });
});
