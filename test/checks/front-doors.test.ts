import { App, Aspects, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { AppClient, UserPoolClientChecks } from '../../src';
import { synthApp } from '../helpers';

/**
 * One violating client per rule family, checked the ways users ask for checks: the Aspect on the
 * app, the validation plugin, and (for AppClient) the client itself. Every door gives the same
 * findings; an error fails `app.synth()` with CDK's report. The suite runs on the floor and on the
 * newest aws-cdk-lib (`npx projen test:newest`).
 */

/** Raw client properties that violate one rule of a family, and the finding they give. */
const FAMILIES: Array<[family: string, finding: string, props: Partial<cognito.CfnUserPoolClientProps>]> = [
  ['identity and name', 'error UPC01', { clientName: 'web/app' }],
  ['token validity', 'error UPC12', { idTokenValidity: 25 }],
  ['OAuth', 'error UPC25', { generateSecret: true, allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['client_credentials', 'code'], allowedOAuthScopes: ['api/read'], callbackUrLs: ['https://app.example.com/cb'] }],
  ['redirect URLs', 'error UPC40', { allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'], allowedOAuthScopes: ['openid'], callbackUrLs: ['http://app.example.com/#cb'] }],
  ['identity providers', 'error UPC51', { supportedIdentityProviders: ['COGNITO', 'Google'] }],
  ['auth flows', 'error UPC62', { explicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] }],
  ['other settings', 'error UPC70', { enablePropagateAdditionalUserContextData: true }],
  ['attributes', 'error UPC81', { readAttributes: ['custom:plan'] }],
  ['analytics', 'warning UPC93', { analyticsConfiguration: { applicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abc123' } }],
  ['best practice', 'warning UPB03', { enableTokenRevocation: false }],
];

/** An app with a pool (domain, resource server `api/read`) in a Stage, and one raw client. */
function appWith(props: Partial<cognito.CfnUserPoolClientProps>): App {
  const app = new App();
  const stack = new Stack(new Stage(app, 'Prod'), 'Auth', { env: { account: '123456789012', region: 'eu-west-1' } });
  const pool = new cognito.UserPool(stack, 'Pool');
  pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'front-doors' } });
  const server = pool.addResourceServer('Api', { identifier: 'api', scopes: [new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' })] });
  const client = new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', ...props });
  client.node.addDependency(server);
  return app;
}

function findingsThrough(app: App): string[] {
  synthApp(app);
  return UserPoolClientChecks.findings(app).map(f => `${f.severity} ${f.ruleId} ${f.path}`);
}

describe.each(FAMILIES)('%s', (_family, finding, props) => {
  test('the Aspect on the app reports it through a Stage, and an error fails app.synth()', () => {
    const app = appWith(props);
    Aspects.of(app).add(new UserPoolClientChecks());
    if (finding.startsWith('error')) expect(() => app.synth()).toThrow(new RegExp(`\\[${finding.slice(6)}\\]`));
    expect(findingsThrough(app)).toEqual([`${finding} Prod/Auth/Client`]);
  });

  test('the validation plugin reports the same', () => {
    const app = appWith(props);
    Validations.of(app).addPlugins(new UserPoolClientChecks());
    expect(findingsThrough(app)).toEqual([`${finding} Prod/Auth/Client`]);
  });

  test('a valid client in the same app reports nothing', () => {
    const app = appWith({});
    Aspects.of(app).add(new UserPoolClientChecks());
    expect(findingsThrough(app)).toEqual([]);
  });
});

test('an AppClient reports the same through itself, the Aspect and the plugin', () => {
  const build = (door: (app: App) => void) => {
    const app = new App();
    door(app);
    const stack = new Stack(new Stage(app, 'Prod'), 'Auth');
    const userPool = new cognito.UserPool(stack, 'Pool');
    const client = new AppClient(stack, 'Web', { userPool });
    client.cfnUserPoolClient.addPropertyOverride('IdTokenValidity', 25);
    return findingsThrough(app);
  };
  const itself = build(() => {});
  expect(itself).toEqual(['error UPC12 Prod/Auth/Web/Resource']);
  expect(build(app => Aspects.of(app).add(new UserPoolClientChecks()))).toEqual(itself);
  expect(build(app => Validations.of(app).addPlugins(new UserPoolClientChecks()))).toEqual(itself);
});
