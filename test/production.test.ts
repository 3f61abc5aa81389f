import { Duration, RemovalPolicy, SecretValue, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { findingsOf, newStack, poolWithDomain } from './helpers';
import { AppClient, IdentityProvider, MachineToMachineClient, ServerSideAppClient, SinglePageAppClient } from '../src';

/** Presets and AppClient as production stacks use them (issue: "finished for production use"). */

function portal(stack: Stack, pool: cognito.IUserPool, extra: Partial<ConstructorParameters<typeof ServerSideAppClient>[2]> = {}) {
  return new ServerSideAppClient(stack, 'Portal', { userPool: pool, callbackUrls: ['https://portal.example.com/cb'], ...extra });
}

describe('the stored secret', () => {
  test('the presets that store one give it as a typed, non-optional property', () => {
    const stack = newStack();
    const { pool, server, read } = poolWithDomain(stack);
    const m2m = new MachineToMachineClient(stack, 'Worker', { userPool: pool, resourceServerScopes: [{ resourceServer: server, scopes: [read] }] });
    expect(stack.resolve(portal(stack, pool).storedSecret.secretArn)).toEqual({ Ref: expect.stringMatching(/^PortalSecret/) });
    expect(stack.resolve(m2m.storedSecret.secretArn)).toEqual({ Ref: expect.stringMatching(/^WorkerSecret/) });
    const unstored = new MachineToMachineClient(stack, 'Other', { userPool: pool, resourceServerScopes: [{ resourceServer: server, scopes: [read] }], storeSecret: false });
    expect(() => unstored.storedSecret).toThrow('storedSecret: the client Stack/Other stores no secret (received storeSecret: false)');
  });

  test('a removal policy reaches the stored secret', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    portal(stack, pool).applyRemovalPolicy(RemovalPolicy.RETAIN);
    const template = Template.fromStack(stack);
    template.hasResource('AWS::Cognito::UserPoolClient', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    template.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  test('a name and a customer managed key, and grants that cover the key', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const key = new kms.Key(stack, 'Key');
    const client = portal(stack, pool, { secretName: 'portal/cognito-client', secretEncryptionKey: key });
    const role = new iam.Role(stack, 'Backend', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
    client.grantReadSecret(role);
    client.grantReadSecret(new iam.AccountPrincipal('111122223333'));
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::SecretsManager::Secret', { Name: 'portal/cognito-client', KmsKeyId: { 'Fn::GetAtt': [stack.resolve((key.node.defaultChild as kms.CfnKey).logicalId), 'Arn'] } });
    // The role, and the other account, may decrypt with the key through Secrets Manager.
    const decrypt = (principal: unknown) => Match.objectLike({
      Action: 'kms:Decrypt', Principal: { AWS: principal }, Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.eu-west-1.amazonaws.com' } },
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          decrypt({ 'Fn::GetAtt': [stack.resolve((role.node.defaultChild as iam.CfnRole).logicalId), 'Arn'] }),
          decrypt({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::111122223333:root']] }),
        ]),
      },
    });
    // The other account also needs the secret's resource policy.
    template.hasResourceProperties('AWS::SecretsManager::ResourcePolicy', {
      ResourcePolicy: { Statement: [Match.objectLike({ Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'] })] },
    });
  });

  test('a secret name or key without a stored secret is refused at construction', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    expect(() => new AppClient(stack, 'Client', { userPool: pool, generateSecret: true, secretName: 'x' }))
      .toThrow('Stack/Client: secretName needs storeSecret: true (received storeSecret: not set)');
  });
});

describe('construction errors', () => {
  test('name the construct that failed', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    expect(() => new SinglePageAppClient(stack, 'Web', { userPool: pool, callbackUrls: ['myapp://cb'] }))
      .toThrow(/^Stack\/Web: callbackUrls of a web app must be an http\(s\) URL, as a browser never receives a myapp: redirect \(received 'myapp:\/\/cb'\)/);
    expect(() => new AppClient(stack, 'Client', { userPool: pool, accessTokenValidity: Duration.millis(1500) }))
      .toThrow(/^Stack\/Client: accessTokenValidity must be a whole number of seconds/);
  });

  test('say "not set" for a missing value, never undefined', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    expect(() => new AppClient(stack, 'Client', { userPool: pool, storeSecret: true }))
      .toThrow('Stack/Client: storeSecret: true needs generateSecret: true (received generateSecret: not set)');
  });
});

test('a provider by name points to IdentityProvider.fromProvider in its finding', () => {
  const stack = newStack();
  const { pool } = poolWithDomain(stack);
  new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', { userPool: pool, clientId: 'id', clientSecretValue: SecretValue.unsafePlainText('secret') });
  new SinglePageAppClient(stack, 'Web', { userPool: pool, callbackUrls: ['https://app.example.com/cb'], identityProviders: [IdentityProvider.GOOGLE] });
  expect(findingsOf(stack).map(f => f.message)).toEqual([expect.stringContaining('allowed: IdentityProvider.fromProvider(provider) instead of the name (e.g. IdentityProvider.GOOGLE)')]);
});

test('user sign-in presets take a default redirect URI, an auth session, analytics and narrower user-info scopes', () => {
  const stack = newStack();
  const { pool } = poolWithDomain(stack);
  new SinglePageAppClient(stack, 'Web', {
    userPool: pool,
    callbackUrls: ['https://app.example.com/cb', 'https://app.example.com/other'],
    defaultRedirectUri: 'https://app.example.com/cb',
    userInfoScopes: [cognito.OAuthScope.EMAIL],
    authSessionValidity: Duration.minutes(10),
    analytics: { applicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abcdef0123456789' },
  });
  Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
    DefaultRedirectURI: 'https://app.example.com/cb',
    AllowedOAuthScopes: ['openid', 'email'],
    AuthSessionValidity: 10,
    AnalyticsConfiguration: { ApplicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abcdef0123456789', UserDataShared: false },
  });
});

test('migrating from aws-cdk-lib\'s UserPoolClient to AppClient with the same construct id keeps the logical id', () => {
  const logicalIdOf = (build: (stack: Stack, pool: cognito.UserPool) => void) => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    build(stack, pool);
    return Object.keys(Template.fromStack(stack).findResources('AWS::Cognito::UserPoolClient'));
  };
  const before = logicalIdOf((stack, pool) => new cognito.UserPoolClient(stack, 'Web', { userPool: pool, generateSecret: true }));
  const after = logicalIdOf((stack, pool) => new AppClient(stack, 'Web', { userPool: pool, generateSecret: true }));
  expect(after).toHaveLength(1);
  expect(after).toEqual(before);
});
