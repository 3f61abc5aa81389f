import { Duration } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { CustomSignIn, UserSignInPresetProps } from './preset-props';
import { customSignInFlows, RedirectKind, userSignInSettings } from './shared';
import { AppClient } from '../app-client/app-client';
import { RefreshTokenRotation } from '../app-client/refresh-token-rotation';
import { childPath } from '../private/errors';

/**
 * Settings of a single-page (browser) app client.
 */
export interface SinglePageAppClientProps extends UserSignInPresetProps {
  /**
   * How the app's own sign-in screen authenticates, besides managed login.
   * @default CustomSignIn.SRP - the password never leaves the browser
   */
  readonly customSignIn?: CustomSignIn;

  /**
   * How long a rotated-out refresh token stays usable, for retries (0 to 60 seconds).
   * @default Duration.seconds(10) - covers a retry after a lost response, not a replay
   */
  readonly refreshTokenRotationGracePeriod?: Duration;
}

/**
 * An app client for a browser application (SPA): a public client that uses the
 * authorization-code grant. PKCE is done by the client library (e.g. Amplify, oidc-client-ts).
 *
 * Defaults, each with its reason:
 * - no client secret: code in a browser cannot keep one;
 * - authorization-code grant only: the implicit grant leaks tokens in the URL;
 * - scopes `openid`, `email`, `profile`: what a sign-in needs, not `aws.cognito.signin.user.admin`;
 * - auth flows: SRP for a custom sign-in screen; no password flows;
 * - refresh-token rotation on with a 10 second grace period: a stolen refresh token is invalidated at its next use;
 * - access and ID tokens 30 minutes, refresh tokens 1 day: browser storage is exposed to script;
 * - user-existence errors prevented and token revocation on.
 */
export class SinglePageAppClient extends AppClient {
  constructor(scope: Construct, id: string, props: SinglePageAppClientProps) {
    super(scope, id, {
      ...userSignInSettings(childPath(scope, id), props, RedirectKind.WEB, {
        access: Duration.minutes(30), id: Duration.minutes(30), refresh: Duration.days(1),
      }),
      generateSecret: false,
      authFlows: customSignInFlows(props.customSignIn ?? CustomSignIn.SRP),
      refreshTokenRotation: RefreshTokenRotation.enabled(props.refreshTokenRotationGracePeriod ?? Duration.seconds(10)),
    });
  }
}
