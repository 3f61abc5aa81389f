/** Clients of every kind, shared by the unit and the integration tests. */

/** Each preset built with its required props only (typical) and with every prop it admits (maximal). */
import { AspectPriority, Aspects, Duration, SecretValue, Stack, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { newStack, poolWithDomain } from './helpers';
import {
  AppClient, AuthFlow, CustomSignIn, DynamicClientRegistrationClient, IdentityProvider, MachineToMachineClient, NativeAppClient, OAuthFlow,
  RefreshTokenRotation, ServerSideAppClient, SinglePageAppClient, TokenExchange, TokenExchangeClient, UserPoolClientChecks,
} from '../src';

export type Fixture = ReturnType<typeof poolWithDomain> & { stack: Stack; google: cognito.UserPoolIdentityProviderGoogle };

export function presetFixture(): Fixture {
  const stack = newStack();
  const fixture = poolWithDomain(stack);
  const google = new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', {
    userPool: fixture.pool,
    clientId: 'google-client',
    clientSecretValue: SecretValue.unsafePlainText('google-secret'),
    attributeMapping: { email: cognito.ProviderAttribute.GOOGLE_EMAIL },
  });
  // Strict checks over the whole stack: any warning, best practice included, is an error.
  Aspects.of(stack).add(new UserPoolClientChecks({ strict: true }), { priority: AspectPriority.READONLY });
  return { ...fixture, stack, google };
}

/** Each preset with its required props only, and with every prop it admits. */
export const PRESETS: Record<string, { typical: (f: Fixture) => AppClient; maximal: (f: Fixture) => AppClient }> = {
  SinglePageAppClient: {
    typical: f => new SinglePageAppClient(f.stack, 'Client', { userPool: f.pool, callbackUrls: ['https://app.example.com/callback'] }),
    maximal: f => new SinglePageAppClient(f.stack, 'Client', {
      userPool: f.pool,
      clientName: 'web',
      callbackUrls: ['https://app.example.com/callback', 'http://localhost:5173/callback'],
      logoutUrls: ['https://app.example.com/'],
      additionalScopes: [cognito.OAuthScope.PHONE, cognito.OAuthScope.resourceServer(f.server, f.read)],
      identityProviders: [IdentityProvider.COGNITO, IdentityProvider.fromProvider(f.google)],
      accessTokenValidity: Duration.minutes(15),
      idTokenValidity: Duration.minutes(15),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, emailVerified: true }),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
      customSignIn: CustomSignIn.SRP_AND_CHOICE_BASED,
      refreshTokenRotationGracePeriod: Duration.seconds(0),
      ssoSession: Duration.minutes(0),
    }),
  },
  ServerSideAppClient: {
    typical: f => new ServerSideAppClient(f.stack, 'Client', { userPool: f.pool, callbackUrls: ['https://portal.example.com/oauth2/idpresponse'] }),
    maximal: f => new ServerSideAppClient(f.stack, 'Client', {
      userPool: f.pool,
      clientName: 'portal',
      callbackUrls: ['https://portal.example.com/oauth2/idpresponse'],
      logoutUrls: ['https://portal.example.com/'],
      additionalScopes: [cognito.OAuthScope.resourceServer(f.server, f.write)],
      identityProviders: [IdentityProvider.fromProvider(f.google)],
      accessTokenValidity: Duration.minutes(5),
      idTokenValidity: Duration.minutes(5),
      refreshTokenValidity: Duration.days(3650),
      readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, givenName: true }),
      storeSecret: false,
      enablePropagateAdditionalUserContextData: true,
      ssoSession: Duration.hours(8),
    }),
  },
  MachineToMachineClient: {
    typical: f => new MachineToMachineClient(f.stack, 'Client', { userPool: f.pool, resourceServerScopes: [{ resourceServer: f.server, scopes: [f.read] }] }),
    maximal: f => new MachineToMachineClient(f.stack, 'Client', {
      userPool: f.pool,
      clientName: 'worker',
      resourceServerScopes: [{ resourceServer: f.server, scopes: [f.read, f.write] }],
      accessTokenValidity: Duration.days(1),
      storeSecret: false,
      clientTokenApi: false,
    }),
  },
  TokenExchangeClient: {
    typical: f => new TokenExchangeClient(f.stack, 'Client', { userPool: f.pool }),
    maximal: f => new TokenExchangeClient(f.stack, 'Client', {
      userPool: f.pool,
      clientName: 'orders-agent',
      tokenExchange: TokenExchange.DELEGATION_AND_IMPERSONATION,
      accessTokenValidity: Duration.minutes(15),
      storeSecret: false,
    }),
  },
  DynamicClientRegistrationClient: {
    typical: f => new DynamicClientRegistrationClient(f.stack, 'Client', { userPool: f.pool }),
    maximal: f => new DynamicClientRegistrationClient(f.stack, 'Client', {
      userPool: f.pool,
      clientName: 'registrar',
      accessTokenValidity: Duration.minutes(10),
      secretName: 'registrar-credentials',
    }),
  },
  NativeAppClient: {
    typical: f => new NativeAppClient(f.stack, 'Client', { userPool: f.pool, callbackUrls: ['com.example.app:/callback'] }),
    maximal: f => new NativeAppClient(f.stack, 'Client', {
      userPool: f.pool,
      clientName: 'mobile',
      callbackUrls: ['com.example.app:/callback', 'http://127.0.0.1:8123/callback'],
      logoutUrls: ['com.example.app:/signout'],
      additionalScopes: [cognito.OAuthScope.resourceServer(f.server, f.read)],
      identityProviders: [IdentityProvider.COGNITO, IdentityProvider.fromProvider(f.google)],
      accessTokenValidity: Duration.hours(2),
      idTokenValidity: Duration.hours(2),
      refreshTokenValidity: Duration.days(90),
      customSignIn: CustomSignIn.CHOICE_BASED,
      refreshTokenRotationGracePeriod: Duration.seconds(60),
      ssoSession: Duration.days(90),
    }),
  },
};

/**
 * An AppClient with every setting given (the rotation variant; analytics by project id and role).
 * Its deprecated analytics is acknowledged with CDK's own `Validations.acknowledge`, as a user does
 * for a deployed client until the setting is removed.
 */
export function fullAppClient(f: Fixture): AppClient {
  const role = new iam.Role(f.stack, 'AnalyticsRole', { assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com') });
  const client = new AppClient(f.stack, 'Client', {
    userPool: f.pool,
    clientName: 'full client',
    generateSecret: true,
    storeSecret: true,
    accessTokenValidity: Duration.minutes(90),
    idTokenValidity: Duration.seconds(600),
    refreshTokenValidity: Duration.hours(48),
    authSessionValidity: Duration.minutes(10),
    readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, emailVerified: true, givenName: true }),
    writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, givenName: true }),
    authFlows: [AuthFlow.USER_AUTH, AuthFlow.USER_SRP, AuthFlow.CUSTOM_AUTH],
    identityProviders: [IdentityProvider.COGNITO, IdentityProvider.fromProvider(f.google)],
    oAuth: {
      flows: [OAuthFlow.AUTHORIZATION_CODE],
      scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.resourceServer(f.server, f.read)],
      callbackUrls: ['https://app.example.com/callback', 'http://localhost:3000/callback'],
      logoutUrls: ['https://app.example.com/'],
      defaultRedirectUri: 'https://app.example.com/callback',
    },
    enablePropagateAdditionalUserContextData: true,
    analytics: { applicationId: 'abcdef0123456789', role, externalId: 'external', shareUserData: true },
    refreshTokenRotation: RefreshTokenRotation.enabled(Duration.seconds(30)),
    ssoSession: Duration.hours(12),
  });
  Validations.of(client).acknowledge({ id: 'cdk-cognito-app-client::UPC93', reason: 'Pinpoint analytics stays until the project is retired; tracked in the migration to log export' });
  return client;
}
