import { App, Aspects, CfnResource, CustomResource, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AppClient, UserPoolClientChecks } from '../../src';
import { findingsOf } from '../helpers';

/**
 * What the app cannot know it must not assert: when something besides Cognito's own resource
 * types may change the pool (Amplify Gen 1 adds its social providers and its domain with
 * Lambda-backed custom resources), the rules that need the whole pool only warn, and say why.
 */

function app(addActor: (stack: Stack, pool: cognito.UserPool) => void): string[] {
  const root = new App();
  Aspects.of(root).add(new UserPoolClientChecks());
  const stack = new Stack(root, 'S');
  const pool = new cognito.UserPool(stack, 'Pool');
  addActor(stack, pool);
  new cognito.CfnUserPoolClient(stack, 'Client', {
    userPoolId: pool.userPoolId,
    preventUserExistenceErrors: 'ENABLED',
    supportedIdentityProviders: ['COGNITO', 'Google'],
    allowedOAuthFlowsUserPoolClient: true,
    allowedOAuthFlows: ['code'],
    allowedOAuthScopes: ['openid'],
    callbackUrLs: ['https://app.example.com/cb'],
  });
  return findingsOf(root).map(f => `${f.level} ${f.message}`);
}

const fn = (stack: Stack, id: string) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = 1'),
});

test('with only Cognito resources on the pool, a missing provider is an error and a missing domain a warning', () => {
  expect(app(() => {})).toEqual([
    expect.stringMatching(/^warning \[UPC31\] .* has no domain; allowed: add a UserPoolDomain \(userPool.addDomain\)$/),
    expect.stringMatching(/^error \[UPC51\] SupportedIdentityProviders item "Google" is not an identity provider of user pool S\/Pool\/Resource; allowed: \["COGNITO"\]$/),
  ]);
});

test('a custom resource that receives the pool id makes UPC51 a warning that says why', () => {
  const found = app((stack, pool) => {
    new CustomResource(stack, 'SocialProviders', { serviceToken: fn(stack, 'Provider').functionArn, properties: { userPoolId: pool.userPoolId } });
  });
  expect(found).toEqual([
    expect.stringMatching(/^warning \[UPC31\] .*; not certain: /),
    expect.stringMatching(/^warning \[UPC51\] .*; not certain: S\/SocialProviders\/Default \(AWS::CloudFormation::CustomResource\) receives the pool's id or ARN and may change the pool$/),
  ]);
});

test('so does a function that receives the pool id, or a resource the client depends on', () => {
  const viaFunction = app((stack, pool) => {
    fn(stack, 'Admin').addEnvironment('POOL_ID', pool.userPoolId);
  });
  expect(viaFunction[1]).toMatch(/^warning \[UPC51\] .*; not certain: S\/Admin\/Resource \(AWS::Lambda::Function\)/);
  const root = new App();
  Aspects.of(root).add(new UserPoolClientChecks());
  const stack = new Stack(root, 'S');
  const pool = new cognito.UserPool(stack, 'Pool');
  const setup = new CfnResource(stack, 'Setup', { type: 'Custom::IdentityProviders', properties: { ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:setup' } });
  const client = new AppClient(stack, 'Web', { userPool: pool, readAttributes: new cognito.ClientAttributes().withCustomAttributes('plan') });
  client.node.addDependency(setup);
  expect(findingsOf(root).map(f => `${f.level} ${f.message}`)).toEqual([
    expect.stringMatching(/^warning \[UPC81\] .*; not certain: the client depends on S\/Setup \(Custom::IdentityProviders\), which may change the pool$/),
  ]);
});

test('resources that only use or grant the pool (a stored secret, IAM) leave the errors errors', () => {
  const root = new App();
  Aspects.of(root).add(new UserPoolClientChecks());
  const stack = new Stack(root, 'S');
  const pool = new cognito.UserPool(stack, 'Pool');
  pool.grant(fn(stack, 'Reader'), 'cognito-idp:DescribeUserPool');
  new AppClient(stack, 'Server', { userPool: pool, generateSecret: true, storeSecret: true, readAttributes: new cognito.ClientAttributes().withCustomAttributes('plan') });
  expect(findingsOf(root).map(f => `${f.level} ${f.message.slice(0, 7)}`)).toEqual(['error [UPC81]']);
});
