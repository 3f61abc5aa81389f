import { Duration } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ServiceClientBase, ServiceClientProps } from './service-client';
import { AuthFlow } from '../app-client/auth-flow';

/**
 * Which OAuth 2.0 token exchange (RFC 8693) requests the service may make.
 */
export enum TokenExchange {
  /**
   * With an actor token (`ALLOW_TOKEN_EXCHANGE_DELEGATION`): the issued token carries an `act`
   * claim that names the service acting for the user.
   */
  DELEGATION = 'DELEGATION',
  /**
   * Without an actor token (`ALLOW_TOKEN_EXCHANGE_IMPERSONATION`): the issued token looks as if the
   * user had called the downstream service directly.
   */
  IMPERSONATION = 'IMPERSONATION',
  /** Both kinds of request. */
  DELEGATION_AND_IMPERSONATION = 'DELEGATION_AND_IMPERSONATION',
}

/**
 * Settings of a token-exchange client.
 */
export interface TokenExchangeClientProps extends ServiceClientProps {
  /**
   * Which exchange requests the service may make.
   * @default TokenExchange.DELEGATION - downstream services can tell the service from the user
   */
  readonly tokenExchange?: TokenExchange;
}

/**
 * An app client for a service (an API, an agent, an MCP server) that acts for users: it trades the
 * user's token for one scoped and bound to a downstream service through `GetDerivedToken` or the
 * token endpoint's token-exchange grant, instead of forwarding the user's own token.
 *
 * Defaults, each with its reason:
 * - a generated secret, stored in Secrets Manager: the exchange request presents it;
 * - auth flows: the exchange flow(s) and `ALLOW_REFRESH_TOKEN_AUTH`, which Cognito accepts beside
 *   every `ALLOW_` flow; no user sign-in flow, as users sign in through their own app's client;
 * - no OAuth grant or scopes: the exchange derives the scopes from the user's token;
 * - access tokens 1 hour (issued tokens carry no refresh token);
 * - user-existence errors prevented and token revocation on.
 *
 * Token exchange needs a user pool on the Essentials tier or higher (rule UPC66).
 */
export class TokenExchangeClient extends ServiceClientBase {
  constructor(scope: Construct, id: string, props: TokenExchangeClientProps) {
    const exchange = props.tokenExchange ?? TokenExchange.DELEGATION;
    const flows = {
      [TokenExchange.DELEGATION]: [AuthFlow.TOKEN_EXCHANGE_DELEGATION],
      [TokenExchange.IMPERSONATION]: [AuthFlow.TOKEN_EXCHANGE_IMPERSONATION],
      [TokenExchange.DELEGATION_AND_IMPERSONATION]: [AuthFlow.TOKEN_EXCHANGE_DELEGATION, AuthFlow.TOKEN_EXCHANGE_IMPERSONATION],
    }[exchange];
    super(scope, id, props, {
      userPool: props.userPool,
      accessTokenValidity: props.accessTokenValidity ?? Duration.hours(1),
      authFlows: [...flows, AuthFlow.REFRESH_TOKEN],
    });
  }
}
