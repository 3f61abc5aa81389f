/** What the presets share and do not export. */
import { Duration, Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { CustomSignIn, UserSignInPresetProps } from './preset-props';
import { AppClientProps } from '../app-client/app-client';
import { AuthFlow } from '../app-client/auth-flow';
import { OAuthFlow } from '../app-client/oauth-flow';
import { withConstructPath } from '../private/errors';

/** Which redirect URLs an application kind may register. */
export enum RedirectKind {
  /** A browser app or a web server: only http(s) URLs; a browser never receives a custom scheme. */
  WEB = 'WEB',
  /**
   * A native app (RFC 8252): a private-use scheme, a claimed https URI (iOS Universal Links,
   * Android App Links, §7.2) or loopback http.
   */
  NATIVE = 'NATIVE',
}

const CUSTOM_SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Fails construction on a redirect URL that no client of the kind may ever have. Everything a
 * Cognito rule covers (a #fragment, plain http to a remote host, no callback URL: UPC24, UPC40,
 * UPC41, UPC42) is left to the synth-time checks, which report all findings at once. Tokens are
 * not judged here (the checks judge what is known of them).
 */
export function validateRedirectUrls(prop: string, urls: string[] | undefined, kind: RedirectKind): void {
  // A list token (a CommaDelimitedList parameter, Fn::Split) is one item that is no URL yet.
  if (kind !== RedirectKind.WEB || !urls || Token.isUnresolved(urls)) return;
  for (const url of urls) {
    if (Token.isUnresolved(url)) continue;
    const scheme = CUSTOM_SCHEME.exec(url)?.[1].toLowerCase();
    if (scheme && scheme !== 'https' && scheme !== 'http') {
      throw new Error(`${prop} of a web app must be an http(s) URL, as a browser never receives a ${scheme}: redirect (received '${url}'); allowed: https, or http to localhost; use NativeAppClient for a custom scheme`);
    }
  }
}

/** The auth flows of a custom sign-in choice (rotation is on, so no `ALLOW_REFRESH_TOKEN_AUTH`). */
export function customSignInFlows(signIn: CustomSignIn): AuthFlow[] {
  switch (signIn) {
    case CustomSignIn.CHOICE_BASED: return [AuthFlow.USER_AUTH];
    case CustomSignIn.SRP_AND_CHOICE_BASED: return [AuthFlow.USER_SRP, AuthFlow.USER_AUTH];
    default: return [AuthFlow.USER_SRP];
  }
}

/** A preset's own token lifetimes, used where the user gives none. */
export interface PresetTokenLifetimes {
  readonly access: Duration;
  readonly id: Duration;
  readonly refresh: Duration;
}

/**
 * The settings every user sign-in preset (SPA, server-side, native) shares: the authorization-code
 * grant only, `openid`, `email` and `profile` plus the user's scopes, redirect URLs valid for
 * the kind of application, and the user's lifetimes and attributes over the preset's.
 */
export function userSignInSettings(path: string, props: UserSignInPresetProps, kind: RedirectKind, lifetimes: PresetTokenLifetimes): AppClientProps {
  withConstructPath(path, () => {
    validateRedirectUrls('callbackUrls', props.callbackUrls, kind);
    validateRedirectUrls('logoutUrls', props.logoutUrls, kind);
  });
  return {
    userPool: props.userPool,
    clientName: props.clientName,
    accessTokenValidity: props.accessTokenValidity ?? lifetimes.access,
    idTokenValidity: props.idTokenValidity ?? lifetimes.id,
    refreshTokenValidity: props.refreshTokenValidity ?? lifetimes.refresh,
    authSessionValidity: props.authSessionValidity,
    analytics: props.analytics,
    readAttributes: props.readAttributes,
    writeAttributes: props.writeAttributes,
    managedLoginBranding: props.managedLoginBranding,
    terms: props.terms,
    ssoSession: props.ssoSession,
    identityProviders: props.identityProviders,
    oAuth: {
      flows: [OAuthFlow.AUTHORIZATION_CODE],
      scopes: [
        cognito.OAuthScope.OPENID,
        ...props.userInfoScopes ?? [cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        ...props.additionalScopes ?? [],
      ],
      callbackUrls: props.callbackUrls,
      logoutUrls: props.logoutUrls,
      defaultRedirectUri: props.defaultRedirectUri,
    },
    skipChecks: props.skipChecks,
  };
}
