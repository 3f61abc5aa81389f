import * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * Scopes that Cognito itself reserves, which no resource server defines, beside aws-cdk-lib's
 * `OAuthScope` members (`OAuthScope.COGNITO_ADMIN` is `aws.cognito.signin.user.admin`).
 */
export class CognitoScope {
  /**
   * The access-token scope of dynamic client registration (`aws.cognito/dcr/register`): an
   * application presents a token with it at the domain's `/oauth2/register` endpoint to register
   * a client of its own. Request it with the client-credentials grant (see
   * `DynamicClientRegistrationClient`); clients created through registration cannot hold it.
   */
  public static readonly DYNAMIC_CLIENT_REGISTRATION: cognito.OAuthScope = cognito.OAuthScope.custom('aws.cognito/dcr/register');

  private constructor() {}
}
