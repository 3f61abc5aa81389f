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
  /** https, or http to a loopback host (a browser app, a web server). */
  WEB = 'WEB',
  /** A custom scheme, or http to a loopback host (RFC 8252). */
  NATIVE = 'NATIVE',
}

const LOOPBACK = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i;
const CUSTOM_SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Fails construction on a redirect URL the application kind must not use. Tokens are not
 * judged here (the synth-time checks judge what is known of them).
 */
export function validateRedirectUrls(prop: string, urls: string[] | undefined, kind: RedirectKind, required: boolean): void {
  if (required && (!urls || urls.length === 0)) {
    throw new Error(`${prop} needs at least one URL (received ${JSON.stringify(urls ?? [])})`);
  }
  // A list token (a CommaDelimitedList parameter, Fn::Split) is one item that is no URL yet.
  if (urls && Token.isUnresolved(urls)) return;
  for (const url of urls ?? []) {
    if (Token.isUnresolved(url)) continue;
    if (url.includes('#')) {
      throw new Error(`${prop} must not contain a #fragment (received '${url}'); allowed: an absolute URL without a fragment`);
    }
    const scheme = CUSTOM_SCHEME.exec(url)?.[1].toLowerCase();
    const loopback = LOOPBACK.test(url);
    if (kind === RedirectKind.WEB && scheme !== 'https' && !loopback) {
      throw new Error(`${prop} must use https, or http to localhost, 127.0.0.1 or [::1] (received '${url}')`);
    }
    if (kind === RedirectKind.NATIVE && (!scheme || scheme === 'https' || (scheme === 'http' && !loopback))) {
      throw new Error(`${prop} of a native app must be a custom scheme (e.g. com.example.app:/callback) or http to localhost, 127.0.0.1 or [::1] (received '${url}'), per RFC 8252`);
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
    validateRedirectUrls('callbackUrls', props.callbackUrls, kind, true);
    validateRedirectUrls('logoutUrls', props.logoutUrls, kind, false);
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
