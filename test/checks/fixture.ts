import { AspectPriority, Aspects, SecretValue, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserPoolClientChecks, UserPoolClientChecksProps } from '../../src';
import { newStack, ruleIdsOf } from '../helpers';

/** What a test client can refer to. */
export interface Fixture {
  readonly stack: Stack;
  readonly pool: cognito.UserPool;
  readonly server: cognito.UserPoolResourceServer;
  readonly google: cognito.UserPoolIdentityProviderGoogle;
}

export interface FixtureOptions {
  /** Leave the pool without a domain. */
  readonly noDomain?: boolean;
  /** The pool's `UserPoolTier`. */
  readonly tier?: string;
  /** Options of the checks. */
  readonly checks?: UserPoolClientChecksProps;
}

/** Raw template properties of a client, or a function of the fixture that returns them. */
export type ClientProps = Record<string, unknown> | ((f: Fixture) => Record<string, unknown>);

/**
 * An app with a pool (domain, resource server `api` with `read` and `write`, Google mapping
 * `email` and `given_name`, a custom attribute `tenant`, `email` required) and the checks.
 */
export function fixture(options: FixtureOptions = {}): Fixture {
  const stack = newStack();
  const pool = new cognito.UserPool(stack, 'Pool', {
    standardAttributes: { email: { required: true, mutable: true } },
    customAttributes: { tenant: new cognito.StringAttribute({ mutable: true }) },
  });
  if (options.tier) (pool.node.defaultChild as cognito.CfnUserPool).addPropertyOverride('UserPoolTier', options.tier);
  if (!options.noDomain) pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-app' } });
  const server = pool.addResourceServer('Api', {
    identifier: 'api',
    scopes: [new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' }), new cognito.ResourceServerScope({ scopeName: 'write', scopeDescription: 'Write' })],
  });
  const google = new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', {
    userPool: pool,
    clientId: 'google-client',
    clientSecretValue: SecretValue.unsafePlainText('google-secret'),
    attributeMapping: { email: cognito.ProviderAttribute.GOOGLE_EMAIL, givenName: cognito.ProviderAttribute.GOOGLE_GIVEN_NAME },
  });
  Aspects.of(stack).add(new UserPoolClientChecks(options.checks), { priority: AspectPriority.READONLY });
  return { stack, pool, server, google };
}

/** Adds an L1 client whose template properties are exactly `props` (plus the pool id). */
export function addClient(f: Fixture, props: ClientProps, id = 'Client'): cognito.CfnUserPoolClient {
  const client = new cognito.CfnUserPoolClient(f.stack, id, { userPoolId: f.pool.userPoolId });
  const raw = typeof props === 'function' ? props(f) : props;
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) client.addPropertyDeletionOverride(key);
    else client.addPropertyOverride(key, value);
  }
  return client;
}

/** The findings (`error UPC11`, ...) of one client with `props` in a fresh fixture. */
export function findings(props: ClientProps, options: FixtureOptions = {}): string[] {
  const f = fixture(options);
  addClient(f, props);
  return ruleIdsOf(f.stack);
}

/** A client that passes every rule, best practice included. */
export const VALID: Record<string, unknown> = { PreventUserExistenceErrors: 'ENABLED' };

/** A valid OAuth code-grant client. */
export const CODE_CLIENT: Record<string, unknown> = {
  ...VALID,
  AllowedOAuthFlowsUserPoolClient: true,
  AllowedOAuthFlows: ['code'],
  AllowedOAuthScopes: ['openid', 'email'],
  CallbackURLs: ['https://app.example.com/callback'],
};

/** A valid machine-to-machine client. */
export const M2M_CLIENT = (f: Fixture): Record<string, unknown> => ({
  ...VALID,
  GenerateSecret: true,
  AllowedOAuthFlowsUserPoolClient: true,
  AllowedOAuthFlows: ['client_credentials'],
  AllowedOAuthScopes: [f.stack.resolve(cognito.OAuthScope.resourceServer(f.server, new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' })).scopeName)],
});

/** A machine-to-machine client that gets its tokens through GetClientToken, as AWS's published template has it. */
export const CLIENT_TOKEN = (f: Fixture): Record<string, unknown> => ({ ...M2M_CLIENT(f), ExplicitAuthFlows: ['ALLOW_CLIENT_TOKEN_AUTH'] });

/** A service that exchanges users' tokens (delegation), with a secret and no user sign-in flow. */
export const TOKEN_EXCHANGE: Record<string, unknown> = {
  ...VALID,
  GenerateSecret: true,
  ExplicitAuthFlows: ['ALLOW_TOKEN_EXCHANGE_DELEGATION', 'ALLOW_REFRESH_TOKEN_AUTH'],
};
