import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ResourceServerScopes } from './preset-props';
import { ServiceClientBase, ServiceClientProps } from './service-client';
import { AuthFlow } from '../app-client/auth-flow';
import { OAuthFlow } from '../app-client/oauth-flow';

/**
 * Settings of a machine-to-machine client.
 */
export interface MachineToMachineClientProps extends ServiceClientProps {
  /**
   * The resource-server scopes the service may request; at least one.
   */
  readonly resourceServerScopes: ResourceServerScopes[];

  /**
   * Let the service also get its tokens through the `GetClientToken` API
   * (`ALLOW_CLIENT_TOKEN_AUTH`), which needs no user pool domain. The client-credentials grant at
   * the domain's `/oauth2/token` endpoint works either way where the pool has a domain.
   * With `false`, the client's only flow is `ALLOW_REFRESH_TOKEN_AUTH`, as before this option.
   * @default true - the client works on a pool with or without a domain
   */
  readonly clientTokenApi?: boolean;
}

/**
 * An app client for a service that calls an API with machine-to-machine access tokens: the
 * OAuth 2.0 client-credentials grant at the pool domain's token endpoint, or the `GetClientToken`
 * API, which needs no domain.
 *
 * Defaults, each with its reason:
 * - a generated secret, stored in Secrets Manager: both token requests authenticate with it;
 * - `client_credentials` only, with resource-server scopes only: no user signs in;
 * - auth flows: `ALLOW_CLIENT_TOKEN_AUTH` alone, which Cognito requires to be the only flow
 *   (`clientTokenApi: false` gives `ALLOW_REFRESH_TOKEN_AUTH` alone instead);
 * - no callback or logout URLs;
 * - access tokens 1 hour (ID and refresh tokens are not issued; Cognito's defaults are stated);
 * - user-existence errors prevented and token revocation on.
 *
 * Deliberately absent (use `AppClient` if you need them): redirect URIs and a default redirect URI
 * (no browser is redirected), `authSessionValidity` (no user sign-in has a session), analytics
 * (Pinpoint records user sign-in events; a service has none), ID and refresh-token lifetimes (not
 * issued to the client-credentials grant).
 */
export class MachineToMachineClient extends ServiceClientBase {
  constructor(scope: Construct, id: string, props: MachineToMachineClientProps) {
    const scopes = (props.resourceServerScopes ?? [])
      .flatMap(server => server.scopes.map(s => cognito.OAuthScope.resourceServer(server.resourceServer, s)));
    super(scope, id, props, {
      userPool: props.userPool,
      accessTokenValidity: props.accessTokenValidity ?? Duration.hours(1),
      authFlows: [(props.clientTokenApi ?? true) ? AuthFlow.CLIENT_TOKEN : AuthFlow.REFRESH_TOKEN],
      oAuth: { flows: [OAuthFlow.CLIENT_CREDENTIALS], scopes },
    });
  }
}
