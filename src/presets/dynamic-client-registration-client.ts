import { Duration } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ServiceClientBase, ServiceClientProps } from './service-client';
import { AuthFlow } from '../app-client/auth-flow';
import { CognitoScope } from '../app-client/cognito-scope';
import { OAuthFlow } from '../app-client/oauth-flow';

/**
 * Settings of the client that hands out registration access tokens.
 */
export interface DynamicClientRegistrationClientProps extends ServiceClientProps {}

/**
 * The app client that hands out access tokens for dynamic client registration: a trusted backend
 * requests a token with the `aws.cognito/dcr/register` scope through the client-credentials grant
 * at the domain's `/oauth2/token` endpoint, and applications present it at `/oauth2/register` to
 * register clients of their own.
 *
 * The pool's registration setting (`DcrConfiguration`, Essentials tier or higher) is API-only
 * today: neither CloudFormation nor aws-cdk-lib has it, so turn it on with `UpdateUserPool` (or an
 * `AwsCustomResource`). Registration and the token endpoint live on the pool's domain.
 *
 * Defaults, each with its reason:
 * - a generated secret, stored in Secrets Manager: the client-credentials grant authenticates with it;
 * - `client_credentials` with the registration scope only;
 * - auth flows: only `ALLOW_REFRESH_TOKEN_AUTH`, which Cognito accepts beside every `ALLOW_` list;
 * - access tokens 1 hour; user-existence errors prevented and token revocation on.
 */
export class DynamicClientRegistrationClient extends ServiceClientBase {
  constructor(scope: Construct, id: string, props: DynamicClientRegistrationClientProps) {
    super(scope, id, props, {
      userPool: props.userPool,
      accessTokenValidity: props.accessTokenValidity ?? Duration.hours(1),
      authFlows: [AuthFlow.REFRESH_TOKEN],
      oAuth: { flows: [OAuthFlow.CLIENT_CREDENTIALS], scopes: [CognitoScope.DYNAMIC_CLIENT_REGISTRATION] },
    });
  }
}
