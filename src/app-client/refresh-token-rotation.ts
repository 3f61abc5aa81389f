import { Duration } from 'aws-cdk-lib';

/**
 * Refresh-token rotation (`RefreshTokenRotation`): each refresh returns a new refresh token
 * and invalidates the old one after a grace period.
 *
 * With rotation enabled, Cognito refuses `ALLOW_REFRESH_TOKEN_AUTH`: tokens are refreshed
 * with `GetTokensFromRefreshToken` instead.
 */
export class RefreshTokenRotation {
  /** Rotation off: a refresh token stays valid until it expires or is revoked. */
  public static readonly DISABLED = new RefreshTokenRotation(false);

  /**
   * Rotation on.
   * @param retryGracePeriod how long the previous refresh token stays usable after a
   *   rotation, for retries (0 to 60 seconds, whole seconds)
   * @default - Cognito's default grace period (the setting is left out)
   */
  public static enabled(retryGracePeriod?: Duration): RefreshTokenRotation {
    return new RefreshTokenRotation(true, retryGracePeriod);
  }

  /** Whether rotation is enabled. */
  public readonly isEnabled: boolean;

  /**
   * The grace period for retries with the previous token.
   * @default - not set
   */
  public readonly retryGracePeriod?: Duration;

  private constructor(isEnabled: boolean, retryGracePeriod?: Duration) {
    this.isEnabled = isEnabled;
    this.retryGracePeriod = retryGracePeriod;
  }
}
