import { CfnParameter, CfnResource, Duration, Lazy, SecretValue, Token } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { AuthenticateCognitoAction } from 'aws-cdk-lib/aws-elasticloadbalancingv2-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { newStack, poolWithDomain, ruleIdsOf } from './helpers';
import { AppClient, AppClientProps, AuthFlow, CognitoScope, IdentityProvider, OAuthFlow, RefreshTokenRotation } from '../src';

function clientTemplate(build: (stack: ReturnType<typeof newStack>, pool: cognito.UserPool) => void): Template {
  const stack = newStack();
  const { pool } = poolWithDomain(stack);
  build(stack, pool);
  return Template.fromStack(stack);
}

function onlyClientProps(template: Template): Record<string, any> {
  const clients = template.findResources('AWS::Cognito::UserPoolClient');
  const ids = Object.keys(clients);
  expect(ids).toHaveLength(1);
  return clients[ids[0]].Properties;
}

describe('AppClient defaults', () => {
  test('every setting is stated explicitly, token units included', () => {
    const template = clientTemplate((stack, pool) => new AppClient(stack, 'Client', { userPool: pool }));
    expect(onlyClientProps(template)).toEqual({
      UserPoolId: { Ref: 'PoolD3F588B8' },
      ClientName: 'StackClient662492C1',
      GenerateSecret: false,
      AccessTokenValidity: 1,
      IdTokenValidity: 1,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'days' },
      AuthSessionValidity: 3,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      SupportedIdentityProviders: ['COGNITO'],
      AllowedOAuthFlowsUserPoolClient: false,
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      EnablePropagateAdditionalUserContextData: false,
      RefreshTokenRotation: { Feature: 'DISABLED' },
    });
  });

  test('effective settings report Cognito defaults', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const client = new AppClient(stack, 'Client', { userPool: pool });
    expect(client.accessTokenValidity.toMinutes()).toBe(60);
    expect(client.idTokenValidity.toMinutes()).toBe(60);
    expect(client.refreshTokenValidity.toDays()).toBe(30);
    expect(client.authSessionValidity.toMinutes()).toBe(3);
    expect(client.authFlows.map(f => f.flowName)).toEqual(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    expect(client.oAuthFlows).toEqual([]);
    expect(client.oAuthScopes).toEqual([]);
    expect(client.identityProviderNames).toEqual(['COGNITO']);
    expect(client.refreshTokenRotation.isEnabled).toBe(false);
    expect(client.hasSecret).toBe(false);
    expect(client.secret).toBeUndefined();
  });

  test('the primary child is Resource and the client id is its Ref', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const client = new AppClient(stack, 'Client', { userPool: pool });
    expect(client.node.defaultChild).toBe(client.cfnUserPoolClient);
    expect(client.cfnUserPoolClient.node.id).toBe('Resource');
    expect(stack.resolve(client.userPoolClientId)).toEqual({ Ref: 'Client4A7F64DF' });
    expect(stack.resolve(client.userPoolClientRef)).toEqual({ userPoolId: { Ref: 'PoolD3F588B8' }, clientId: { Ref: 'Client4A7F64DF' } });
  });
});

describe('AppClient props map to the template', () => {
  test('every prop', () => {
    const stack = newStack();
    const { pool, server, read } = poolWithDomain(stack);
    const google = new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', {
      userPool: pool,
      clientId: 'google-client',
      clientSecretValue: SecretValue.unsafePlainText('google-secret'),
      attributeMapping: { email: cognito.ProviderAttribute.GOOGLE_EMAIL },
    });
    const role = new iam.Role(stack, 'AnalyticsRole', { assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com') });
    const client = new AppClient(stack, 'Client', {
      userPool: pool,
      clientName: 'web client',
      generateSecret: true,
      accessTokenValidity: Duration.minutes(90),
      idTokenValidity: Duration.seconds(600),
      refreshTokenValidity: Duration.hours(48),
      authSessionValidity: Duration.minutes(10),
      readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, emailVerified: true }),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
      authFlows: [AuthFlow.USER_AUTH, AuthFlow.USER_SRP, AuthFlow.CUSTOM_AUTH, AuthFlow.custom('ALLOW_ADMIN_USER_PASSWORD_AUTH')],
      identityProviders: [IdentityProvider.COGNITO, IdentityProvider.fromProvider(google)],
      oAuth: {
        flows: [OAuthFlow.AUTHORIZATION_CODE],
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.resourceServer(server, read)],
        callbackUrls: ['https://app.example.com/callback', 'http://localhost:3000/callback'],
        logoutUrls: ['https://app.example.com/'],
        defaultRedirectUri: 'https://app.example.com/callback',
      },
      preventUserExistenceErrors: false,
      enableTokenRevocation: false,
      enablePropagateAdditionalUserContextData: true,
      analytics: { applicationId: 'abcdef0123456789', role, externalId: 'external', shareUserData: true },
      refreshTokenRotation: RefreshTokenRotation.enabled(Duration.seconds(30)),
    });
    const template = Template.fromStack(stack);
    const props = template.findResources('AWS::Cognito::UserPoolClient')[stack.resolve(client.cfnUserPoolClient.logicalId)].Properties;
    expect(props).toEqual({
      UserPoolId: { Ref: 'PoolD3F588B8' },
      ClientName: 'web client',
      GenerateSecret: true,
      AccessTokenValidity: 90,
      IdTokenValidity: 10,
      RefreshTokenValidity: 2,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
      AuthSessionValidity: 10,
      ReadAttributes: ['email', 'email_verified'],
      WriteAttributes: ['email'],
      ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH'],
      SupportedIdentityProviders: ['COGNITO', { Ref: 'GoogleAF1E99FA' }],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', { 'Fn::Join': ['', [{ Ref: 'PoolApi150D6F71' }, '/read']] }],
      CallbackURLs: ['https://app.example.com/callback', 'http://localhost:3000/callback'],
      LogoutURLs: ['https://app.example.com/'],
      DefaultRedirectURI: 'https://app.example.com/callback',
      PreventUserExistenceErrors: 'LEGACY',
      EnableTokenRevocation: false,
      EnablePropagateAdditionalUserContextData: true,
      AnalyticsConfiguration: {
        ApplicationId: 'abcdef0123456789',
        RoleArn: { 'Fn::GetAtt': ['AnalyticsRoleCC82C833', 'Arn'] },
        ExternalId: 'external',
        UserDataShared: true,
      },
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 30 },
    });
    // A provider given as a construct is created before the client: its Ref orders them.
    const clientResource = template.toJSON().Resources[stack.resolve(client.cfnUserPoolClient.logicalId)];
    expect(clientResource.DependsOn).toBeUndefined();
    expect(client.oAuthFlows).toEqual([OAuthFlow.AUTHORIZATION_CODE]);
    expect(client.refreshTokenValidity.toHours()).toBe(48);
  });

  test('deprecated analytics still deploys as before, and the checks warn of Pinpoint\'s end (UPC93)', () => {
    const stack = newStack();
    const pool = new cognito.UserPool(stack, 'Pool');
    const client = new AppClient(stack, 'Client', {
      userPool: pool,
      analytics: { applicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abcdef0123456789' },
    });
    expect(ruleIdsOf(stack)).toEqual(['warning UPC93']);
    // Removing the setting later is an update of the same client: nothing create-only depends on it.
    expect(Template.fromStack(stack).toJSON().Resources[stack.resolve(client.cfnUserPoolClient.logicalId)].Properties.AnalyticsConfiguration)
      .toEqual({ ApplicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abcdef0123456789', UserDataShared: false });
  });

  test('analytics with a project ARN only', () => {
    const template = clientTemplate((stack, pool) => new AppClient(stack, 'Client', {
      userPool: pool,
      analytics: { applicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abcdef0123456789' },
    }));
    expect(onlyClientProps(template).AnalyticsConfiguration).toEqual({
      ApplicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abcdef0123456789',
      UserDataShared: false,
    });
  });

  test.each([
    [Duration.seconds(45), 45, 'seconds'],
    [Duration.seconds(300), 5, 'minutes'],
    [Duration.minutes(120), 2, 'hours'],
    [Duration.hours(24), 1, 'days'],
    [Duration.millis(7_000), 7, 'seconds'],
  ])('a duration of %s is written in the largest exact unit', (duration, value, unit) => {
    // 45 and 7 seconds are out of Cognito's range (UPC11): the unit mapping is what is tested here.
    const template = clientTemplate((stack, pool) => new AppClient(stack, 'Client', { userPool: pool, accessTokenValidity: duration, skipChecks: true }));
    const props = onlyClientProps(template);
    expect([props.AccessTokenValidity, props.TokenValidityUnits.AccessToken]).toEqual([value, unit]);
  });

  test('rotation leaves ALLOW_REFRESH_TOKEN_AUTH out of the default flows; the user controls the flows', () => {
    const rotating = onlyClientProps(clientTemplate((stack, pool) => new AppClient(stack, 'Client', {
      userPool: pool, refreshTokenRotation: RefreshTokenRotation.enabled(),
    })));
    expect(rotating.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH']);
    expect(rotating.RefreshTokenRotation).toEqual({ Feature: 'ENABLED' });
    const explicit = onlyClientProps(clientTemplate((stack, pool) => new AppClient(stack, 'Client', {
      userPool: pool, refreshTokenRotation: RefreshTokenRotation.DISABLED, authFlows: [AuthFlow.USER_AUTH, AuthFlow.REFRESH_TOKEN],
    })));
    expect(explicit.ExplicitAuthFlows).toEqual(['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    expect(explicit.RefreshTokenRotation).toEqual({ Feature: 'DISABLED' });
  });

  test('tokens pass through untouched', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const name = new CfnParameter(stack, 'Name');
    const minutes = new CfnParameter(stack, 'Minutes', { type: 'Number' });
    const callback = new CfnParameter(stack, 'Callback');
    new AppClient(stack, 'Client', {
      userPool: pool,
      clientName: name.valueAsString,
      accessTokenValidity: Duration.minutes(minutes.valueAsNumber),
      authSessionValidity: Duration.minutes(Token.asNumber(Lazy.number({ produce: () => 7 }))),
      oAuth: { flows: [OAuthFlow.AUTHORIZATION_CODE], scopes: [cognito.OAuthScope.OPENID], callbackUrls: [callback.valueAsString] },
    });
    const props = onlyClientProps(Template.fromStack(stack));
    expect(props.ClientName).toEqual({ Ref: 'Name' });
    expect(props.AccessTokenValidity).toEqual({ Ref: 'Minutes' });
    expect(props.TokenValidityUnits.AccessToken).toBe('minutes');
    expect(props.AuthSessionValidity).toBe(7);
    expect(props.CallbackURLs).toEqual([{ Ref: 'Callback' }]);
  });
});

describe('Cognito\'s 2026 flows and the registration scope, through AppClient', () => {
  type Settings = (pool: cognito.UserPool, server: cognito.UserPoolResourceServer, read: cognito.ResourceServerScope) => Partial<AppClientProps>;
  const findingsOf = (props: Settings) => {
    const stack = newStack();
    const { pool, server, read } = poolWithDomain(stack);
    const client = new AppClient(stack, 'Client', { userPool: pool, ...props(pool, server, read) });
    const ids = ruleIdsOf(stack);
    // An error fails the synthesis that Template.fromStack runs: read the template only without one.
    const written = ids.some(id => id.startsWith('error')) ? undefined : Template.fromStack(stack).toJSON().Resources[stack.resolve(client.cfnUserPoolClient.logicalId)].Properties;
    return { ids, props: written };
  };

  test.each([
    ['GetClientToken with client credentials', (_pool: cognito.UserPool, server: cognito.UserPoolResourceServer, read: cognito.ResourceServerScope) => ({
      generateSecret: true,
      authFlows: [AuthFlow.CLIENT_TOKEN],
      oAuth: { flows: [OAuthFlow.CLIENT_CREDENTIALS], scopes: [cognito.OAuthScope.resourceServer(server, read)] },
    }), ['ALLOW_CLIENT_TOKEN_AUTH']],
    ['token exchange, both kinds', () => ({
      generateSecret: true, authFlows: [AuthFlow.TOKEN_EXCHANGE_DELEGATION, AuthFlow.TOKEN_EXCHANGE_IMPERSONATION, AuthFlow.REFRESH_TOKEN],
    }), ['ALLOW_TOKEN_EXCHANGE_DELEGATION', 'ALLOW_TOKEN_EXCHANGE_IMPERSONATION', 'ALLOW_REFRESH_TOKEN_AUTH']],
    ['the registration scope with client credentials', () => ({
      generateSecret: true,
      authFlows: [AuthFlow.REFRESH_TOKEN],
      oAuth: { flows: [OAuthFlow.CLIENT_CREDENTIALS], scopes: [CognitoScope.DYNAMIC_CLIENT_REGISTRATION] },
    }), ['ALLOW_REFRESH_TOKEN_AUTH']],
  ])('%s synthesizes with no finding', (_name, props, flows) => {
    const { ids, props: written } = findingsOf(props as any);
    expect(ids).toEqual([]);
    expect(written!.ExplicitAuthFlows).toEqual(flows);
  });

  test('the client-token flow beside another flow or without a secret is an error (UPC68, UPC69)', () => {
    expect(findingsOf(() => ({ authFlows: [AuthFlow.CLIENT_TOKEN, AuthFlow.REFRESH_TOKEN] })).ids).toEqual(['error UPC68', 'error UPC69']);
  });
});

describe('the client secret', () => {
  test('is read with Fn::GetAtt, one resource per client, no custom resource or Lambda', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const client = new AppClient(stack, 'Client', { userPool: pool, generateSecret: true });
    expect(stack.resolve(client.userPoolClientSecret.unsafeUnwrap())).toEqual({ 'Fn::GetAtt': ['Client4A7F64DF', 'ClientSecret'] });
    const resources = Object.values(Template.fromStack(stack).toJSON().Resources) as Array<{ Type: string }>;
    const types = resources.map(r => r.Type);
    expect(types.filter(t => t === 'AWS::Cognito::UserPoolClient')).toHaveLength(1);
    expect(types.filter(t => t.startsWith('Custom::') || t === 'AWS::Lambda::Function' || t === 'AWS::CloudFormation::CustomResource')).toEqual([]);
  });

  test('asking the secret of a client without one is a clear error', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const client = new AppClient(stack, 'Client', { userPool: pool });
    expect(() => client.userPoolClientSecret).toThrow(/userPoolClientSecret: .*has no secret \(received generateSecret: false\)/);
  });

  test('stored in Secrets Manager with a read grant', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const client = new AppClient(stack, 'Client', { userPool: pool, generateSecret: true, storeSecret: true });
    const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });
    client.grantReadSecret(fn);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::SecretsManager::Secret', 1);
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      SecretString: { 'Fn::Join': ['', Match.arrayWith([{ 'Fn::GetAtt': ['Client4A7F64DF', 'ClientSecret'] }])] },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'] })]) },
    });
    expect(client.secret).toBeDefined();
  });

  test('storing a secret that is not generated, or granting one not stored, is an error', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    expect(() => new AppClient(stack, 'A', { userPool: pool, storeSecret: true }))
      .toThrow(/storeSecret: true needs generateSecret: true \(received generateSecret: not set\)/);
    const client = new AppClient(stack, 'B', { userPool: pool, generateSecret: true });
    expect(() => client.grantReadSecret(new iam.AccountRootPrincipal())).toThrow(/grantReadSecret: .*stores no secret \(received storeSecret: false\)/);
  });
});

describe('invalid input knowable at construction', () => {
  test.each([
    ['accessTokenValidity', { accessTokenValidity: Duration.millis(1500) }, /accessTokenValidity must be a whole number of seconds \(received 1 second 500 millis\)/],
    ['authSessionValidity', { authSessionValidity: Duration.seconds(90) }, /authSessionValidity must be a whole number of minutes, 3 to 15 \(received 1 minute 30 seconds\)/],
    ['retryGracePeriod', { refreshTokenRotation: RefreshTokenRotation.enabled(Duration.millis(500)) }, /retryGracePeriod must be a whole number of seconds \(received 500 millis\)/],
    ['token in millis', { idTokenValidity: Duration.millis(Token.asNumber(Lazy.number({ produce: () => 1 }))) }, /idTokenValidity: a duration from a token must be created with Duration.seconds, minutes, hours or days \(received Duration.millis\)/],
  ])('%s', (_name, props, message) => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    expect(() => new AppClient(stack, 'Client', { userPool: pool, ...props })).toThrow(message);
  });
});

describe('an AppClient is an IUserPoolClient', () => {
  test('ALB authenticate-cognito action', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const domain = pool.node.findChild('Domain') as cognito.UserPoolDomain;
    const client = new AppClient(stack, 'Client', {
      userPool: pool,
      generateSecret: true,
      oAuth: { flows: [OAuthFlow.AUTHORIZATION_CODE], scopes: [cognito.OAuthScope.OPENID], callbackUrls: ['https://app.example.com/oauth2/idpresponse'] },
    });
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const lb = new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc, internetFacing: true });
    const listener = lb.addListener('Listener', { port: 80, open: false });
    const userPoolClient: cognito.IUserPoolClient = client;
    listener.addAction('Default', {
      action: new AuthenticateCognitoAction({
        userPool: pool, userPoolClient, userPoolDomain: domain, next: elbv2.ListenerAction.fixedResponse(200),
      }),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      DefaultActions: Match.arrayWith([Match.objectLike({ AuthenticateCognitoConfig: Match.objectLike({ UserPoolClientId: { Ref: 'Client4A7F64DF' } }) })]),
    });
  });
});

describe('ssoSession: one session configuration for the client', () => {
  const SESSION_TYPE = 'AWS::Cognito::UserPoolClientSessionConfigurationAttachment';

  test.each([
    [Duration.minutes(0), 0],
    [Duration.hours(8), 480],
    [Duration.days(90), 129_600],
  ])('%s is written as whole minutes, with construct id SessionConfiguration', (ssoSession, minutes) => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const client = new AppClient(stack, 'Client', { userPool: pool, ssoSession });
    const template = Template.fromStack(stack);
    template.resourceCountIs(SESSION_TYPE, 1);
    const logicalId = stack.resolve(client.cfnSessionConfiguration!.logicalId);
    expect(client.cfnSessionConfiguration!.node.path).toBe('Stack/Client/SessionConfiguration');
    expect(template.toJSON().Resources[logicalId]).toEqual({
      Type: SESSION_TYPE,
      Properties: { UserPoolId: { Ref: 'PoolD3F588B8' }, ClientId: { Ref: stack.resolve(client.cfnUserPoolClient.logicalId) }, SSOSession: { MaxValidityMinutes: minutes } },
    });
    // The same bytes whether aws-cdk-lib's L1 class or the plain resource wrote them.
    expect(Object.keys(template.toJSON().Resources[logicalId].Properties)).toEqual(['ClientId', 'SSOSession', 'UserPoolId']);
    expect(client.ssoSession.toMinutes()).toBe(minutes);
    expect(ruleIdsOf(stack)).toEqual([]);
  });

  test('is aws-cdk-lib\'s L1 class where the installed release has it, a CfnResource of the type before', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const resource = new AppClient(stack, 'Client', { userPool: pool, ssoSession: Duration.hours(1) }).cfnSessionConfiguration!;
    const l1: unknown = Reflect.get(cognito, 'CfnUserPoolClientSessionConfigurationAttachment');
    expect(resource.cfnResourceType).toBe(SESSION_TYPE);
    expect(resource instanceof (typeof l1 === 'function' ? l1 : CfnResource)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const minor = Number(require('aws-cdk-lib/package.json').version.split('.')[1]);
    expect(typeof l1 === 'function').toBe(minor >= 278);
  });

  test('without it no resource is written and the effective value is Cognito\'s 60 minutes', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    const client = new AppClient(stack, 'Client', { userPool: pool });
    Template.fromStack(stack).resourceCountIs(SESSION_TYPE, 0);
    expect(client.cfnSessionConfiguration).toBeUndefined();
    expect(client.ssoSession.toMinutes()).toBe(60);
  });

  test('a duration that is not whole minutes fails at construction with the value', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    expect(() => new AppClient(stack, 'Client', { userPool: pool, ssoSession: Duration.seconds(90) }))
      .toThrow('Stack/Client: ssoSession must be a whole number of minutes, 0 to 129600 (90 days) (received 1 minute 30 seconds)');
  });

  test('more than 90 days is the checks\' UPL10 error; a token is not judged', () => {
    const stack = newStack();
    const { pool } = poolWithDomain(stack);
    new AppClient(stack, 'Long', { userPool: pool, ssoSession: Duration.days(91) });
    new AppClient(stack, 'FromParameter', { userPool: pool, ssoSession: Duration.minutes(new CfnParameter(stack, 'Minutes', { type: 'Number' }).valueAsNumber) });
    expect(ruleIdsOf(stack)).toEqual(['error UPL10']);
  });
});
