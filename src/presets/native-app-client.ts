import { Duration } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { CustomSignIn, UserSignInPresetProps } from './preset-props';
import { customSignInFlows, RedirectKind, userSignInSettings } from './shared';
import { AppClient } from '../app-client/app-client';
import { RefreshTokenRotation } from '../app-client/refresh-token-rotation';
import { childPath } from '../private/errors';

/**
 * Settings of a native (mobile or desktop) app client.
 */
export interface NativeAppClientProps extends UserSignInPresetProps {
  /**
   * How the app's own sign-in screen authenticates, besides managed login in the system browser.
   * @default CustomSignIn.SRP - the password never leaves the device
   */
  readonly customSignIn?: CustomSignIn;

  /**
   * How long a rotated-out refresh token stays usable, for retries (0 to 60 seconds).
   * @default Duration.seconds(30) - mobile networks drop responses more often than browsers
   */
  readonly refreshTokenRotationGracePeriod?: Duration;
}

/**
 * An app client for a mobile or desktop application (RFC 8252, OAuth 2.0 for Native Apps):
 * a public client that signs users in through the system browser with the authorization-code
 * grant and PKCE, redirecting to a private-use scheme, a claimed https URI (iOS Universal Links,
 * Android App Links; RFC 8252 §7.2) or a loopback address.
 *
 * Defaults, each with its reason:
 * - no client secret: anything shipped in an app binary can be extracted;
 * - authorization-code grant only, callback URLs a custom scheme, claimed https or loopback (RFC 8252 §7.1–7.3);
 * - scopes `openid`, `email`, `profile`;
 * - auth flows: SRP for a custom sign-in screen; no password flows;
 * - refresh-token rotation on with a 30 second grace period: a leaked refresh token is invalidated at its next use;
 * - access and ID tokens 1 hour, refresh tokens 30 days: apps keep tokens in the OS keychain;
 * - user-existence errors prevented and token revocation on.
 */
export class NativeAppClient extends AppClient {
  constructor(scope: Construct, id: string, props: NativeAppClientProps) {
    super(scope, id, {
      ...userSignInSettings(childPath(scope, id), props, RedirectKind.NATIVE, {
        access: Duration.hours(1), id: Duration.hours(1), refresh: Duration.days(30),
      }),
      generateSecret: false,
      authFlows: customSignInFlows(props.customSignIn ?? CustomSignIn.SRP),
      refreshTokenRotation: RefreshTokenRotation.enabled(props.refreshTokenRotationGracePeriod ?? Duration.seconds(30)),
    });
  }
}
