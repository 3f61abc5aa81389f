import * as fs from 'fs';
import * as path from 'path';
import { App, AspectPriority, Aspects, CfnParameter, Duration, Fn, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { addClient, CODE_CLIENT, fixture, VALID } from './fixture';
import { AppClient, RuleSeverity, UserPoolClientChecks } from '../../src';
import { findingsOf, newStack, poolWithDomain, ruleIdsOf } from '../helpers';

describe('which clients are checked', () => {
  test('an L2 UserPoolClient, with aws-cdk-lib defaults, gets its findings', () => {
    const f = fixture();
    new cognito.UserPoolClient(f.stack, 'L2', { userPool: f.pool });
    expect(ruleIdsOf(f.stack)).toEqual(['warning UPB01', 'warning UPB02']);
  });

  test('an AppClient checks itself without the Aspect', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    new AppClient(stack, 'Client', { userPool: pool, accessTokenValidity: Duration.hours(48) });
    const found = findingsOf(stack);
    expect(found).toEqual([{ level: 'error', path: 'Stack/Client/Resource', message: '[UPC11] AccessTokenValidity of 2 days is outside 5 minutes to 1 day' }]);
  });

  test('every AppClient checks itself, however many there are', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    new AppClient(stack, 'First', { userPool: pool, accessTokenValidity: Duration.hours(48) });
    new AppClient(stack, 'Second', { userPool: pool, authSessionValidity: Duration.minutes(30) });
    expect(findingsOf(stack).map(f => `${f.path} ${f.message.slice(0, 7)}`)).toEqual(['Stack/First/Resource [UPC11]', 'Stack/Second/Resource [UPC15]']);
  });

  test('an AppClient with skipChecks is not checked unless an Aspect above it is', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    new AppClient(stack, 'Client', { userPool: pool, accessTokenValidity: Duration.hours(48), skipChecks: true });
    expect(ruleIdsOf(stack)).toEqual([]);
    const f = fixture();
    new AppClient(f.stack, 'Client', { userPool: f.pool, accessTokenValidity: Duration.hours(48), skipChecks: true });
    expect(ruleIdsOf(f.stack)).toEqual(['error UPC11']);
  });

  test('adding the Aspect to the app as well never reports a finding twice', () => {
    const f = fixture();
    Aspects.of(f.stack.node.root).add(new UserPoolClientChecks(), { priority: AspectPriority.READONLY });
    new AppClient(f.stack, 'Client', { userPool: f.pool, idTokenValidity: Duration.days(2) });
    expect(ruleIdsOf(f.stack)).toEqual(['error UPC12']);
  });

  test('an L1 client outside any checked scope is not checked', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    new cognito.CfnUserPoolClient(stack, 'Raw', { userPoolId: pool.userPoolId, accessTokenValidity: 100 });
    expect(ruleIdsOf(stack)).toEqual([]);
  });
});

describe('the client as it will be synthesized', () => {
  test('escape-hatch overrides on an AppClient are judged', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const client = new AppClient(stack, 'Client', { userPool: pool });
    client.cfnUserPoolClient.addPropertyOverride('TokenValidityUnits.AccessToken', 'days');
    client.cfnUserPoolClient.addOverride('Properties.AllowedOAuthFlows', ['implicit']);
    expect(ruleIdsOf(stack)).toEqual(['warning UPC23', 'error UPC24', 'warning UPB01']);
  });

  test('an AppClient changed by a mutating Aspect is judged after the change', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    new AppClient(stack, 'Client', { userPool: pool });
    Aspects.of(stack).add({
      visit(node) {
        if (node instanceof cognito.CfnUserPoolClient) node.authSessionValidity = 30;
      },
    }, { priority: AspectPriority.MUTATING });
    expect(ruleIdsOf(stack)).toEqual(['error UPC15']);
  });

  test('unresolved tokens are never reported; known parts still are', () => {
    const f = fixture();
    const minutes = new CfnParameter(f.stack, 'Minutes', { type: 'Number' }).valueAsNumber;
    const name = new CfnParameter(f.stack, 'Name').valueAsString;
    const flows = new CfnParameter(f.stack, 'Flows', { type: 'CommaDelimitedList' }).valueAsList;
    addClient(f, {
      ...CODE_CLIENT,
      ClientName: name,
      AccessTokenValidity: minutes,
      AllowedOAuthFlows: flows,
      AllowedOAuthScopes: ['openid', Fn.importValue('ScopeName')],
      CallbackURLs: [Fn.join('', ['https://', Fn.importValue('Host'), '/cb'])],
      SupportedIdentityProviders: [Fn.importValue('Provider')],
      ExplicitAuthFlows: Fn.split(',', Fn.importValue('Flows')),
      UserPoolId: f.pool.userPoolId,
    });
    expect(ruleIdsOf(f.stack)).toEqual([]);
  });

  test.each([['its L1 property', false], ['an override of UserPoolId', true]])('a client in another stack is judged against the pool named by %s', (_how, viaOverride) => {
    const f = fixture();
    const other = new Stack(f.stack.node.root as App, 'Other', { env: { account: f.stack.account, region: f.stack.region } });
    Aspects.of(other).add(new UserPoolClientChecks(), { priority: AspectPriority.READONLY });
    const client = new cognito.CfnUserPoolClient(other, 'Client', {
      userPoolId: viaOverride ? 'eu-west-1_Placeholder' : f.pool.userPoolId,
      preventUserExistenceErrors: 'ENABLED',
      allowedOAuthFlowsUserPoolClient: true,
      allowedOAuthFlows: ['code'],
      allowedOAuthScopes: ['openid', 'api/delete'],
      callbackUrLs: ['https://app.example.com/callback'],
    });
    if (viaOverride) client.addPropertyOverride('UserPoolId', f.pool.userPoolId);
    // UPC29: the pool defines no scope `delete`. No UPC30: the literal scope names a resource
    // server of a stack that this stack depends on, so CloudFormation creates the server first.
    expect(ruleIdsOf(other)).toEqual(['error UPC29']);
  });

  test('a client of an imported pool gets no cross-resource findings', () => {
    const stack = newStack();
    const pool = cognito.UserPool.fromUserPoolId(stack, 'Pool', 'eu-west-1_AbC123');
    Aspects.of(stack).add(new UserPoolClientChecks(), { priority: AspectPriority.READONLY });
    new cognito.CfnUserPoolClient(stack, 'Client', {
      userPoolId: pool.userPoolId,
      preventUserExistenceErrors: 'ENABLED',
      allowedOAuthFlowsUserPoolClient: true,
      allowedOAuthFlows: ['code'],
      allowedOAuthScopes: ['openid', 'api/anything'],
      callbackUrLs: ['https://app.example.com/cb'],
      supportedIdentityProviders: ['Google'],
      readAttributes: ['custom:anything'],
    });
    expect(ruleIdsOf(stack)).toEqual([]);
  });
});

describe('synthesizing the same app again', () => {
  test('a pool and client added after a first synthesis are judged together', () => {
    const f = fixture();
    addClient(f, CODE_CLIENT, 'First');
    const app = f.stack.node.root as App;
    app.synth();
    const { pool } = poolWithDomain(f.stack, 'LaterPool');
    new cognito.CfnUserPoolClient(f.stack, 'Later', {
      userPoolId: pool.userPoolId,
      preventUserExistenceErrors: 'ENABLED',
      allowedOAuthFlowsUserPoolClient: true,
      allowedOAuthFlows: ['code'],
      allowedOAuthScopes: ['openid', 'api/delete'],
      callbackUrLs: ['https://app.example.com/callback'],
    });
    const later = findingsOf(f.stack).filter(m => m.path.includes('Later') && m.message.startsWith('[UPC29]'));
    expect(later).toHaveLength(1);
  });
});

describe('reporting', () => {
  test('every message starts with the rule id and names property, value and what is allowed', () => {
    const f = fixture();
    addClient(f, { ...VALID, IdTokenValidity: 60, CallbackURLs: ['http://app.example.com/cb'] });
    const messages = findingsOf(f.stack).map(x => x.message);
    expect(messages).toEqual([
      '[UPC12] IdTokenValidity of 60 hours is outside 5 minutes to 1 day',
      '[UPC23] CallbackURLs is set (["http://app.example.com/cb"]) but AllowedOAuthFlowsUserPoolClient is false; allowed: set AllowedOAuthFlowsUserPoolClient to true, or leave out CallbackURLs',
      '[UPC40] CallbackURLs item "http://app.example.com/cb" uses http to a host other than localhost; allowed: https, or http to localhost, 127.0.0.1 or [::1]',
    ]);
  });

  test('strict mode reports warnings as errors', () => {
    const f = fixture({ checks: { strict: true } });
    addClient(f, { ...VALID, EnableTokenRevocation: false });
    expect(ruleIdsOf(f.stack)).toEqual(['error UPB03']);
  });
});

describe('suppression', () => {
  function suppressedApp(scope: (f: ReturnType<typeof fixture>, group: Construct) => Construct) {
    const f = fixture();
    const group = new Construct(f.stack, 'Legacy');
    const client = new cognito.CfnUserPoolClient(group, 'Client', { userPoolId: f.pool.userPoolId, enableTokenRevocation: false });
    UserPoolClientChecks.suppress(scope(f, group), 'UPB02', 'Migrated client: user-existence errors stay LEGACY until the app handles them');
    return { f, client };
  }

  test('suppresses a rule in a subtree and records the reason in the template metadata', () => {
    const { f, client } = suppressedApp((_f, group) => group);
    expect(ruleIdsOf(f.stack)).toEqual(['warning UPB03']);
    const resource = Template.fromStack(f.stack).toJSON().Resources[f.stack.resolve(client.logicalId)];
    expect(resource.Metadata['cdk-cognito-app-client']).toEqual({
      suppressions: [{ id: 'UPB02', reason: 'Migrated client: user-existence errors stay LEGACY until the app handles them' }],
    });
  });

  test('does not reach clients outside the subtree', () => {
    const { f } = suppressedApp(ff => new Construct(ff.stack, 'Elsewhere'));
    expect(ruleIdsOf(f.stack)).toEqual(['warning UPB02', 'warning UPB03']);
  });

  test('needs a known rule id and a written reason', () => {
    const stack = newStack();
    expect(() => UserPoolClientChecks.suppress(stack, 'UPC99', 'reason')).toThrow(/unknown rule id 'UPC99'; allowed: UPC00, UPC01, UPC02/);
    expect(() => UserPoolClientChecks.suppress(stack, 'UPC14', '  ')).toThrow(/needs a written reason \(received "  "\)/);
  });
});

describe('rule metadata', () => {
  const specPath = path.join(__dirname, '..', '..', 'spec', 'rules.md');

  test('implements exactly the rules of the catalogue, with the same severities', () => {
    const spec = fs.readFileSync(specPath, 'utf8');
    const rows = [...spec.matchAll(/^\| (UP[CLB]\d\d) \| ([EW]) \|/gm)].map(m => `${m[1]} ${m[2]}`);
    const ours = UserPoolClientChecks.rules().map(r => `${r.id} ${r.severity === RuleSeverity.ERROR ? 'E' : 'W'}`);
    expect(ours).toEqual(rows);
  });

  test('docs/rules.md is generated from the rule metadata and in sync', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { renderRulesDoc } = require('../../scripts/rules-doc');
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    expect(committed).toEqual(renderRulesDoc());
  });
});
