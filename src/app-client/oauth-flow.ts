/**
 * An OAuth 2.0 grant the client may use (`AllowedOAuthFlows`).
 */
export class OAuthFlow {
  /** The authorization-code grant (`code`); public clients add PKCE in their client library. */
  public static readonly AUTHORIZATION_CODE = new OAuthFlow('code');

  /**
   * The implicit grant (`implicit`): tokens are returned in the redirect URL.
   * Discouraged by the OAuth 2.0 Security Best Current Practice (rule UPB01).
   */
  public static readonly IMPLICIT = new OAuthFlow('implicit');

  /** The client-credentials grant for machine-to-machine calls (`client_credentials`). */
  public static readonly CLIENT_CREDENTIALS = new OAuthFlow('client_credentials');

  /**
   * Any other `AllowedOAuthFlows` value, written to the template as given.
   * @param flowName the value Cognito expects, e.g. `code`
   */
  public static custom(flowName: string): OAuthFlow {
    return new OAuthFlow(flowName);
  }

  /** The value written to `AllowedOAuthFlows`. */
  public readonly flowName: string;

  private constructor(flowName: string) {
    this.flowName = flowName;
  }

  /** The value written to `AllowedOAuthFlows`. */
  public toString(): string {
    return this.flowName;
  }
}
