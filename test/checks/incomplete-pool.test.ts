import { App, Aspects, CfnResource, CfnStack, CustomResource, NestedStack, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId, Provider } from 'aws-cdk-lib/custom-resources';
import { AppClient, UserPoolClientChecks } from '../../src';
import { findingsOf } from '../helpers';

/**
 * What the app cannot know it must not assert: when code that runs during the deployment may
 * change the pool (Amplify Gen 1 adds its social providers and its domain with Lambda-backed
 * custom resources), the rules that need the whole pool only warn, and say why. Everything else
 * that merely names the pool (a trigger, a backend function, an in-app nested stack) keeps the errors.
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
    supportedIdentityProviders: ['COGNITO', 'Okta'],
    allowedOAuthFlowsUserPoolClient: true,
    allowedOAuthFlows: ['code'],
    allowedOAuthScopes: ['openid'],
    callbackUrLs: ['https://app.example.com/cb'],
  });
  return findingsOf(root).filter(f => f.path === 'S/Client').map(f => `${f.level} ${f.message}`);
}

const fn = (stack: Stack, id: string) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = 1'),
});

const MISSING_PROVIDER = /^error \[UPC51\] SupportedIdentityProviders item "Okta" is not an identity provider of user pool S\/Pool\/Resource; allowed: \["COGNITO"\]$/;
const NO_DOMAIN = /^warning \[UPC31\] .* has no domain; allowed: add a UserPoolDomain \(userPool.addDomain\)$/;

/** The UPC51 finding downgraded to a warning whose reason matches `why`. */
const uncertain = (why: string) => new RegExp(`^warning \\[UPC51\\] .*; not certain: ${why.replace(/[().[\]/]/g, '\\$&')}$`);

test('with only Cognito resources on the pool, a missing provider is an error and a missing domain a warning', () => {
  expect(app(() => {})).toEqual([expect.stringMatching(NO_DOMAIN), expect.stringMatching(MISSING_PROVIDER)]);
});

describe('what does not run during the deployment keeps the errors', () => {
  test('a trigger (the pool names the function; its permission names the pool)', () => {
    expect(app((stack, pool) => pool.addTrigger(cognito.UserPoolOperation.POST_CONFIRMATION, fn(stack, 'Welcome'))))
      .toEqual([expect.stringMatching(NO_DOMAIN), expect.stringMatching(MISSING_PROVIDER)]);
  });

  test('a backend function with the pool id in its environment', () => {
    expect(app((stack, pool) => fn(stack, 'Backend').addEnvironment('USER_POOL_ID', pool.userPoolId)))
      .toEqual([expect.stringMatching(NO_DOMAIN), expect.stringMatching(MISSING_PROVIDER)]);
  });

  test('a nested stack of the app that receives the pool id (the checks read its template)', () => {
    expect(app((stack, pool) => {
      const nested = new NestedStack(stack, 'Backend');
      new ssm.StringParameter(nested, 'PoolId', { stringValue: pool.userPoolId });
      fn(nested as Stack, 'Api').addEnvironment('USER_POOL_ID', pool.userPoolId);
    })).toEqual([expect.stringMatching(NO_DOMAIN), expect.stringMatching(MISSING_PROVIDER)]);
  });

  test('a custom resource that only reads: aws-cdk-lib\'s UserPoolClient with its secret read', () => {
    expect(app((stack, pool) => {
      const reader = pool.addClient('Reader', { generateSecret: true, preventUserExistenceErrors: true });
      new ssm.StringParameter(stack, 'Leak', { stringValue: reader.userPoolClientSecret.unsafeUnwrap() });
    })).toEqual([expect.stringMatching(NO_DOMAIN), expect.stringMatching(MISSING_PROVIDER)]);
  });
});

describe('code that runs during the deployment makes the rule a warning that names it', () => {
  test('an AwsCustomResource that calls CreateIdentityProvider', () => {
    const found = app((stack, pool) => {
      new AwsCustomResource(stack, 'Okta', {
        onCreate: {
          service: 'CognitoIdentityServiceProvider',
          action: 'createIdentityProvider',
          parameters: { UserPoolId: pool.userPoolId, ProviderName: 'Okta', ProviderType: 'OIDC', ProviderDetails: {} },
          physicalResourceId: PhysicalResourceId.of('Okta'),
        },
        policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: [pool.userPoolArn] }),
        installLatestAwsSdk: false,
      });
    });
    expect(found).toEqual([
      expect.stringMatching(/^warning \[UPC31\] .*; not certain: /),
      expect.stringMatching(uncertain('S/Okta/Resource/Default (Custom::AWS) receives the pool\'s id or ARN and runs during the deployment, so it may change the pool')),
    ]);
  });

  test('a Provider-framework custom resource whose handler has the pool id', () => {
    const found = app((stack, pool) => {
      const handler = fn(stack, 'SocialHandler');
      handler.addEnvironment('USER_POOL_ID', pool.userPoolId);
      new CustomResource(stack, 'SocialProviders', { serviceToken: new Provider(stack, 'Provider', { onEventHandler: handler }).serviceToken });
    });
    expect(found[1]).toMatch(uncertain('S/SocialProviders/Default (AWS::CloudFormation::CustomResource) runs S/SocialHandler/Resource (AWS::Lambda::Function) during the deployment, which receives the pool\'s id or ARN and may change the pool'));
  });

  test('a custom resource that receives the pool id in its own properties', () => {
    const found = app((stack, pool) => {
      new CustomResource(stack, 'SocialProviders', { serviceToken: fn(stack, 'Provider').functionArn, properties: { userPoolId: pool.userPoolId } });
    });
    expect(found[1]).toMatch(uncertain('S/SocialProviders/Default (AWS::CloudFormation::CustomResource) receives the pool\'s id or ARN and runs during the deployment, so it may change the pool'));
  });

  test('a nested stack whose template the app does not synthesize', () => {
    const found = app((stack, pool) => {
      new CfnStack(stack, 'Federation', { templateUrl: 'https://example-bucket.s3.amazonaws.com/federation.json', parameters: { UserPoolId: pool.userPoolId } });
    });
    expect(found[1]).toMatch(uncertain('S/Federation (AWS::CloudFormation::Stack) receives the pool\'s id or ARN and deploys a template the app does not synthesize, which may change the pool'));
  });

  test('a custom resource the client depends on, whatever it receives', () => {
    const root = new App();
    Aspects.of(root).add(new UserPoolClientChecks());
    const stack = new Stack(root, 'S');
    const pool = new cognito.UserPool(stack, 'Pool');
    const setup = new CfnResource(stack, 'Setup', { type: 'Custom::IdentityProviders', properties: { ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:setup' } });
    const client = new AppClient(stack, 'Web', { userPool: pool, readAttributes: new cognito.ClientAttributes().withCustomAttributes('plan') });
    client.node.addDependency(setup);
    expect(findingsOf(root).map(f => `${f.level} ${f.message}`)).toEqual([
      expect.stringMatching(/^warning \[UPC81\] .*; not certain: the client depends on S\/Setup \(Custom::IdentityProviders\), which runs during the deployment and may change the pool$/),
    ]);
  });
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
