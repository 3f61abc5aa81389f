/**
 * An authentication flow the client allows (`ExplicitAuthFlows`).
 *
 * The static members are every `ALLOW_` flow Cognito documents; `custom()` passes any
 * other value through unchanged (the synth-time checks judge it against Cognito's API model, rule
 * UPC60, and name the nearest known flow for a typo).
 */
export class AuthFlow {
  /** Secure Remote Password: the password never leaves the client (`ALLOW_USER_SRP_AUTH`). */
  public static readonly USER_SRP = new AuthFlow('ALLOW_USER_SRP_AUTH');

  /**
   * Choice-based sign-in: passwords, passkeys, one-time codes (`ALLOW_USER_AUTH`).
   * Needs a user pool on the Essentials tier or higher.
   */
  public static readonly USER_AUTH = new AuthFlow('ALLOW_USER_AUTH');

  /** The plain password is sent to Cognito (`ALLOW_USER_PASSWORD_AUTH`). */
  public static readonly USER_PASSWORD = new AuthFlow('ALLOW_USER_PASSWORD_AUTH');

  /** Server-side sign-in with administrator credentials (`ALLOW_ADMIN_USER_PASSWORD_AUTH`). */
  public static readonly ADMIN_USER_PASSWORD = new AuthFlow('ALLOW_ADMIN_USER_PASSWORD_AUTH');

  /** Lambda-trigger based custom challenges (`ALLOW_CUSTOM_AUTH`). */
  public static readonly CUSTOM_AUTH = new AuthFlow('ALLOW_CUSTOM_AUTH');

  /**
   * Exchange a refresh token for new tokens (`ALLOW_REFRESH_TOKEN_AUTH`).
   * Must be left out when refresh-token rotation is enabled.
   */
  public static readonly REFRESH_TOKEN = new AuthFlow('ALLOW_REFRESH_TOKEN_AUTH');

  /**
   * Machine-to-machine access tokens through the `GetClientToken` API (`ALLOW_CLIENT_TOKEN_AUTH`):
   * the client presents its id and secret and receives an access token for its custom scopes,
   * the same as the OAuth client-credentials grant but without a user pool domain.
   * It needs a client secret and must be the client's only flow (rules UPC68, UPC69).
   */
  public static readonly CLIENT_TOKEN = new AuthFlow('ALLOW_CLIENT_TOKEN_AUTH');

  /**
   * OAuth 2.0 token exchange (RFC 8693) without an actor token, through `GetDerivedToken`
   * (`ALLOW_TOKEN_EXCHANGE_IMPERSONATION`): a service trades a user's token for one bound to a
   * downstream audience, which looks as if the user had called directly. Essentials tier or higher.
   */
  public static readonly TOKEN_EXCHANGE_IMPERSONATION = new AuthFlow('ALLOW_TOKEN_EXCHANGE_IMPERSONATION');

  /**
   * OAuth 2.0 token exchange (RFC 8693) with an actor token, through `GetDerivedToken`
   * (`ALLOW_TOKEN_EXCHANGE_DELEGATION`): the issued token carries an `act` claim that names the
   * service acting for the user, so downstream services can tell the two apart. Essentials tier or higher.
   */
  public static readonly TOKEN_EXCHANGE_DELEGATION = new AuthFlow('ALLOW_TOKEN_EXCHANGE_DELEGATION');

  /**
   * Any other `ExplicitAuthFlows` value, written to the template as given.
   * @param flowName the value Cognito expects, e.g. `ALLOW_USER_SRP_AUTH`
   */
  public static custom(flowName: string): AuthFlow {
    return new AuthFlow(flowName);
  }

  /** The value written to `ExplicitAuthFlows`. */
  public readonly flowName: string;

  private constructor(flowName: string) {
    this.flowName = flowName;
  }

  /** The value written to `ExplicitAuthFlows`. */
  public toString(): string {
    return this.flowName;
  }
}
