import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { PinpointAnalytics } from '../app-client/app-client';
import { IdentityProvider } from '../app-client/identity-provider';
import { ManagedLoginBranding } from '../app-client/managed-login';
import { ClientTerms } from '../app-client/terms';

/**
 * Settings every preset accepts.
 */
export interface AppClientPresetProps {
  /** The user pool the client belongs to. */
  readonly userPool: cognito.IUserPool;

  /**
   * The client name (`ClientName`).
   * @default - a name derived from the construct path
   */
  readonly clientName?: string;

  /**
   * How long access tokens are valid: 5 minutes to 1 day.
   * @default - the preset's choice (see its class documentation)
   */
  readonly accessTokenValidity?: Duration;

  /**
   * Leave out the synth-time checks this client adds for itself.
   * @default false
   */
  readonly skipChecks?: boolean;
}

/**
 * Settings of the presets whose users sign in (all but machine-to-machine).
 */
export interface UserSignInPresetProps extends AppClientPresetProps {
  /**
   * Where Cognito may redirect after sign-in (`CallbackURLs`). At least one.
   */
  readonly callbackUrls: string[];

  /**
   * Where Cognito may redirect after sign-out (`LogoutURLs`).
   * @default - none
   */
  readonly logoutUrls?: string[];

  /**
   * Where Cognito redirects when a sign-in request names no redirect URI (`DefaultRedirectURI`);
   * one of `callbackUrls` (rule UPC43).
   * @default - none: every request names its redirect URI
   */
  readonly defaultRedirectUri?: string;

  /**
   * The OpenID Connect scopes requested besides `openid`, which is always requested. Narrow
   * them to what the application reads, e.g. `[OAuthScope.EMAIL]`, or `[]` for `openid` alone.
   * @default [OAuthScope.EMAIL, OAuthScope.PROFILE]
   */
  readonly userInfoScopes?: cognito.OAuthScope[];

  /**
   * Scopes added to the preset's `openid` and user-info scopes, e.g.
   * `OAuthScope.resourceServer(server, scope)` or `OAuthScope.PHONE`.
   * @default - none
   */
  readonly additionalScopes?: cognito.OAuthScope[];

  /**
   * The identity providers users may sign in with.
   * @default - `IdentityProvider.COGNITO` only
   */
  readonly identityProviders?: IdentityProvider[];

  /**
   * How long ID tokens are valid: 5 minutes to 1 day.
   * @default - the preset's choice (see its class documentation)
   */
  readonly idTokenValidity?: Duration;

  /**
   * How long refresh tokens are valid: 60 minutes to 3650 days.
   * @default - the preset's choice (see its class documentation)
   */
  readonly refreshTokenValidity?: Duration;

  /**
   * How long the session of one sign-in (its steps: password, MFA, custom challenges) lasts:
   * 3 to 15 minutes.
   * @default Duration.minutes(3)
   */
  readonly authSessionValidity?: Duration;

  /**
   * Amazon Pinpoint analytics of the users' sign-in events.
   * @default - no analytics
   * @deprecated Amazon Pinpoint's analytics reached end of support on 2026-10-30, so the events go
   * nowhere useful (the checks warn: rule UPC93). Remove it: that updates the client in place, it
   * does not replace it. Cognito's log export (`AWS::Cognito::LogDeliveryConfiguration`) and
   * CloudTrail record sign-in activity instead.
   */
  readonly analytics?: PinpointAnalytics;

  /**
   * The attributes the client may read.
   * @default - every attribute of the pool
   */
  readonly readAttributes?: cognito.ClientAttributes;

  /**
   * The attributes the client may write.
   * @default - every writable attribute of the pool
   */
  readonly writeAttributes?: cognito.ClientAttributes;

  /**
   * The style of the client's managed login pages: `ManagedLoginBranding.cognitoDefault()` or
   * `ManagedLoginBranding.fromSettings(...)` (construct id `ManagedLoginBranding`).
   * @default - no branding style
   */
  readonly managedLoginBranding?: ManagedLoginBranding;

  /**
   * The terms of use and privacy policy that managed login links for this client.
   * @default - no terms
   */
  readonly terms?: ClientTerms;

  /**
   * How long the client silently reuses a user's managed login single sign-on session, counted
   * from the last fresh sign-in: whole minutes, 0 to 129,600 (90 days); `Duration.minutes(0)`
   * always asks the user to sign in (construct id `SessionConfiguration`).
   * @default - Cognito's default of 60 minutes (no session configuration is written)
   */
  readonly ssoSession?: Duration;
}

/**
 * How a public client's own sign-in screen talks to Cognito, besides managed login.
 */
export enum CustomSignIn {
  /** Secure Remote Password (`ALLOW_USER_SRP_AUTH`): the password never leaves the device. */
  SRP = 'SRP',
  /** Choice-based sign-in (`ALLOW_USER_AUTH`): passkeys, one-time codes or passwords; Essentials tier or higher. */
  CHOICE_BASED = 'CHOICE_BASED',
  /** Both SRP and choice-based sign-in. */
  SRP_AND_CHOICE_BASED = 'SRP_AND_CHOICE_BASED',
}

/**
 * Scopes of one resource server that a machine-to-machine client may request.
 */
export interface ResourceServerScopes {
  /** The resource server that defines the scopes. */
  readonly resourceServer: cognito.IUserPoolResourceServer;
  /** The scopes, at least one. */
  readonly scopes: cognito.ResourceServerScope[];
}
