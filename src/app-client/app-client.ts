import { CfnResource, Duration, RemovalPolicy, Resource, SecretValue } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { aws_cognito as cognitoRefs } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import { AuthFlow } from './auth-flow';
import { toValidity, toWhole } from './durations';
import { IdentityProvider } from './identity-provider';
import { ManagedLoginBranding } from './managed-login';
import { OAuthFlow } from './oauth-flow';
import { RefreshTokenRotation } from './refresh-token-rotation';
import { ClientTerms } from './terms';
import { termsLinks } from './terms-links';
import { registerChecks } from '../checks/plugin';
import { Names, newClientSessionConfiguration, Token } from '../private/cdk-core';
import { received, withConstructPath } from '../private/errors';

/**
 * OAuth 2.0 and managed-login settings of a client.
 */
export interface AppClientOAuthOptions {
  /** The grants the client may use (`AllowedOAuthFlows`). */
  readonly flows: OAuthFlow[];

  /**
   * The scopes the client may request (`AllowedOAuthScopes`), e.g. `OAuthScope.OPENID` or
   * `OAuthScope.resourceServer(server, scope)` (the client then depends on the server).
   */
  readonly scopes: cognito.OAuthScope[];

  /**
   * Where Cognito may redirect after sign-in (`CallbackURLs`).
   * @default - none (required for the code and implicit grants)
   */
  readonly callbackUrls?: string[];

  /**
   * Where Cognito may redirect after sign-out (`LogoutURLs`).
   * @default - none
   */
  readonly logoutUrls?: string[];

  /**
   * The default redirect URI (`DefaultRedirectURI`); must be one of `callbackUrls`.
   * @default - none
   */
  readonly defaultRedirectUri?: string;
}

/**
 * Amazon Pinpoint analytics for the client (`AnalyticsConfiguration`).
 *
 * Give either `applicationArn` alone (Cognito uses its service-linked role), or
 * `applicationId` with `role` and `externalId`.
 *
 * @deprecated Amazon Pinpoint's analytics reached end of support on 2026-10-30 (rule UPC93); kept
 * so that deployed stacks synthesize unchanged until the setting is removed.
 */
export interface PinpointAnalytics {
  /**
   * The ARN of the Amazon Pinpoint project.
   * @default - none: give `applicationId`, `role` and `externalId` instead
   */
  readonly applicationArn?: string;

  /**
   * The ID of the Amazon Pinpoint project.
   * @default - none: give `applicationArn` instead
   */
  readonly applicationId?: string;

  /**
   * The role Cognito assumes to publish to Amazon Pinpoint.
   * @default - none: required with `applicationId`
   */
  readonly role?: iam.IRole;

  /**
   * The external ID Cognito passes when it assumes `role`.
   * @default - none: required with `applicationId`
   */
  readonly externalId?: string;

  /**
   * Whether Cognito includes user data (email, phone, endpoint) in the events it publishes.
   * @default false
   */
  readonly shareUserData?: boolean;
}

/**
 * Settings of an app client, every one of them written to the template.
 */
export interface AppClientProps {
  /** The user pool the client belongs to. */
  readonly userPool: cognito.IUserPool;

  /**
   * The client name (`ClientName`).
   * @default - a name derived from the construct path, stable across deployments
   */
  readonly clientName?: string;

  /**
   * Whether Cognito generates a client secret (`GenerateSecret`). Changing it replaces the
   * client, and with it the client id.
   * @default false
   */
  readonly generateSecret?: boolean;

  /**
   * Store the client id and the generated secret in an AWS Secrets Manager secret (keys
   * `userPoolId`, `clientId`, `clientSecret`), so applications read them at run time.
   * Needs `generateSecret: true`.
   * @default false
   */
  readonly storeSecret?: boolean;

  /**
   * The name of the Secrets Manager secret (with `storeSecret`), e.g. to find it from another
   * account or by a fixed name. Changing it replaces the secret.
   * @default - a name CloudFormation generates
   */
  readonly secretName?: string;

  /**
   * The customer managed KMS key that encrypts the stored secret (with `storeSecret`); needed to
   * share the secret with another account. `grantReadSecret` also grants decryption with it.
   * @default - the AWS managed key `aws/secretsmanager`
   */
  readonly secretEncryptionKey?: kms.IKey;

  /**
   * How long access tokens are valid (`AccessTokenValidity`): 5 minutes to 1 day.
   * @default Duration.hours(1)
   */
  readonly accessTokenValidity?: Duration;

  /**
   * How long ID tokens are valid (`IdTokenValidity`): 5 minutes to 1 day.
   * @default Duration.hours(1)
   */
  readonly idTokenValidity?: Duration;

  /**
   * How long refresh tokens are valid (`RefreshTokenValidity`): 60 minutes to 3650 days.
   * @default Duration.days(30)
   */
  readonly refreshTokenValidity?: Duration;

  /**
   * How long the session token of a sign-in is valid (`AuthSessionValidity`): 3 to 15 minutes.
   * @default Duration.minutes(3)
   */
  readonly authSessionValidity?: Duration;

  /**
   * The attributes the client may read (`ReadAttributes`).
   * @default - every attribute of the pool (the setting is left out, which Cognito reads as all)
   */
  readonly readAttributes?: cognito.ClientAttributes;

  /**
   * The attributes the client may write (`WriteAttributes`).
   * @default - every writable attribute of the pool (the setting is left out)
   */
  readonly writeAttributes?: cognito.ClientAttributes;

  /**
   * The authentication flows the client allows (`ExplicitAuthFlows`), exactly as given.
   * @default - `USER_SRP` and `REFRESH_TOKEN`; only `USER_SRP` when refresh-token rotation is enabled
   */
  readonly authFlows?: AuthFlow[];

  /**
   * The identity providers users may sign in with (`SupportedIdentityProviders`).
   * @default - `IdentityProvider.COGNITO` only
   */
  readonly identityProviders?: IdentityProvider[];

  /**
   * OAuth 2.0 settings. Without them the client cannot use the authorize and token endpoints
   * (`AllowedOAuthFlowsUserPoolClient: false`).
   * @default - OAuth disabled
   */
  readonly oAuth?: AppClientOAuthOptions;

  /**
   * Whether sign-in errors hide whether a user exists (`PreventUserExistenceErrors`:
   * `ENABLED`, or `LEGACY` when false).
   * @default true
   */
  readonly preventUserExistenceErrors?: boolean;

  /**
   * Whether refresh tokens can be revoked (`EnableTokenRevocation`).
   * @default true
   */
  readonly enableTokenRevocation?: boolean;

  /**
   * Whether the client passes the user's IP address and device data to threat protection
   * (`EnablePropagateAdditionalUserContextData`). Needs `generateSecret: true`.
   * @default false
   */
  readonly enablePropagateAdditionalUserContextData?: boolean;

  /**
   * Amazon Pinpoint analytics (`AnalyticsConfiguration`).
   * @default - no analytics
   * @deprecated Amazon Pinpoint's analytics reached end of support on 2026-10-30, so the client's
   * sign-in events go nowhere useful (the checks warn: rule UPC93). Remove it: that updates the
   * client in place, it does not replace it. Cognito's log export
   * (`AWS::Cognito::LogDeliveryConfiguration`) and CloudTrail record sign-in activity instead.
   */
  readonly analytics?: PinpointAnalytics;

  /**
   * Refresh-token rotation (`RefreshTokenRotation`), always written to the template.
   * @default RefreshTokenRotation.DISABLED
   */
  readonly refreshTokenRotation?: RefreshTokenRotation;

  /**
   * The style of the client's managed login pages, one `AWS::Cognito::ManagedLoginBranding` for
   * this client (construct id `ManagedLoginBranding`): `ManagedLoginBranding.cognitoDefault()` or
   * `ManagedLoginBranding.fromSettings(...)`. The pool's domain shows it with managed login
   * version 2 (`managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN`).
   * @default - no branding style
   */
  readonly managedLoginBranding?: ManagedLoginBranding;

  /**
   * The terms of use and privacy policy that managed login links for this client, one
   * `AWS::Cognito::Terms` each (construct ids `TermsOfUse` and `PrivacyPolicy`).
   * @default - no terms
   */
  readonly terms?: ClientTerms;

  /**
   * How long the client silently reuses a user's managed login single sign-on session, counted
   * from the user's last fresh sign-in: whole minutes, 0 to 129,600 (90 days).
   * `Duration.minutes(0)` always asks the user to sign in. Written as one
   * `AWS::Cognito::UserPoolClientSessionConfigurationAttachment` for this client (construct id
   * `SessionConfiguration`). It concerns managed login only, so the pool needs a domain.
   * @default - no session configuration: Cognito's default of 60 minutes
   */
  readonly ssoSession?: Duration;

  /**
   * Leave out the synth-time checks (`UserPoolClientChecks`) this client adds for itself.
   * An app-wide `UserPoolClientChecks` still checks it.
   * @default false
   */
  readonly skipChecks?: boolean;
}

const DEFAULT_ACCESS_TOKEN_VALIDITY = Duration.hours(1);
const DEFAULT_ID_TOKEN_VALIDITY = Duration.hours(1);
const DEFAULT_REFRESH_TOKEN_VALIDITY = Duration.days(30);
const DEFAULT_AUTH_SESSION_VALIDITY = Duration.minutes(3);
const DEFAULT_SSO_SESSION = Duration.minutes(60);

/**
 * An Amazon Cognito user pool app client that writes every setting to the template, reads its
 * secret with `Fn::GetAtt`, and checks itself against the documented Cognito rules at synth.
 *
 * It implements `IUserPoolClient`, so it goes wherever aws-cdk-lib takes a client.
 *
 * @resource AWS::Cognito::UserPoolClient
 */
export class AppClient extends Resource implements cognito.IUserPoolClient {
  /** The client id (`Ref`). */
  public readonly userPoolClientId: string;

  /** The user pool the client belongs to. */
  public readonly userPool: cognito.IUserPool;

  /** The client name written to `ClientName`. */
  public readonly userPoolClientName: string;

  /** Whether the client has a generated secret. */
  public readonly hasSecret: boolean;

  /** The effective access-token validity (Cognito's default of 1 hour when not set). */
  public readonly accessTokenValidity: Duration;

  /** The effective ID-token validity (Cognito's default of 1 hour when not set). */
  public readonly idTokenValidity: Duration;

  /** The effective refresh-token validity (Cognito's default of 30 days when not set). */
  public readonly refreshTokenValidity: Duration;

  /** The effective auth session validity (Cognito's default of 3 minutes when not set). */
  public readonly authSessionValidity: Duration;

  /**
   * The effective reuse of a managed login single sign-on session (Cognito's default of 60
   * minutes when `ssoSession` is not set).
   */
  public readonly ssoSession: Duration;

  /** The effective authentication flows (`ExplicitAuthFlows`). */
  public readonly authFlows: AuthFlow[];

  /** The effective OAuth grants; empty when OAuth is disabled. */
  public readonly oAuthFlows: OAuthFlow[];

  /** The effective OAuth scope names; empty when OAuth is disabled. */
  public readonly oAuthScopes: string[];

  /** The effective identity provider names (`SupportedIdentityProviders`). */
  public readonly identityProviderNames: string[];

  /** The effective refresh-token rotation setting. */
  public readonly refreshTokenRotation: RefreshTokenRotation;

  /**
   * The Secrets Manager secret that holds `userPoolId`, `clientId` and `clientSecret`.
   * @default - none, unless `storeSecret` is true
   */
  public readonly secret?: secretsmanager.ISecret;

  /** The underlying CloudFormation resource (construct id `Resource`). */
  public readonly cfnUserPoolClient: cognito.CfnUserPoolClient;

  /**
   * The managed login branding style of the client (construct id `ManagedLoginBranding`).
   * @default - none, unless `managedLoginBranding` is given
   */
  public readonly cfnManagedLoginBranding?: cognito.CfnManagedLoginBranding;

  /** The terms documents of the client (construct ids `TermsOfUse`, `PrivacyPolicy`); empty without `terms`. */
  public readonly cfnTerms: cognito.CfnTerms[];

  /**
   * The client's `AWS::Cognito::UserPoolClientSessionConfigurationAttachment` (construct id
   * `SessionConfiguration`): a `CfnUserPoolClientSessionConfigurationAttachment` on aws-cdk-lib
   * 2.278.0 and later, a `CfnResource` of that type before.
   * @default - none, unless `ssoSession` is given
   */
  public readonly cfnSessionConfiguration?: CfnResource;

  constructor(scope: Construct, id: string, props: AppClientProps) {
    super(scope, id);

    this.userPool = props.userPool;
    this.hasSecret = props.generateSecret ?? false;
    this.accessTokenValidity = props.accessTokenValidity ?? DEFAULT_ACCESS_TOKEN_VALIDITY;
    this.idTokenValidity = props.idTokenValidity ?? DEFAULT_ID_TOKEN_VALIDITY;
    this.refreshTokenValidity = props.refreshTokenValidity ?? DEFAULT_REFRESH_TOKEN_VALIDITY;
    this.authSessionValidity = props.authSessionValidity ?? DEFAULT_AUTH_SESSION_VALIDITY;
    this.ssoSession = props.ssoSession ?? DEFAULT_SSO_SESSION;
    this.refreshTokenRotation = props.refreshTokenRotation ?? RefreshTokenRotation.DISABLED;
    // Rotation and ALLOW_REFRESH_TOKEN_AUTH exclude each other (rule UPC63).
    this.authFlows = props.authFlows ?? (this.refreshTokenRotation.isEnabled
      ? [AuthFlow.USER_SRP]
      : [AuthFlow.USER_SRP, AuthFlow.REFRESH_TOKEN]);
    this.oAuthFlows = props.oAuth?.flows ?? [];
    this.oAuthScopes = (props.oAuth?.scopes ?? []).map(s => s.scopeName);
    const identityProviders = props.identityProviders ?? [IdentityProvider.COGNITO];
    this.identityProviderNames = identityProviders.map(p => p.providerName);
    this.userPoolClientName = props.clientName ?? Names.uniqueResourceName(this, { maxLength: 128 });

    if (props.storeSecret && !this.hasSecret) {
      throw new Error(`${this.node.path}: storeSecret: true needs generateSecret: true (received generateSecret: ${received(props.generateSecret)}); a client without a secret has nothing to store`);
    }

    if (!props.storeSecret && (props.secretName !== undefined || props.secretEncryptionKey !== undefined)) {
      const given = props.secretName !== undefined ? 'secretName' : 'secretEncryptionKey';
      throw new Error(`${this.node.path}: ${given} needs storeSecret: true (received storeSecret: ${received(props.storeSecret)}); only a stored secret has a name and a key`);
    }

    const { access, idToken, refresh, authSession, gracePeriod, ssoSession } = withConstructPath(this.node.path, () => ({
      access: toValidity('accessTokenValidity', this.accessTokenValidity),
      idToken: toValidity('idTokenValidity', this.idTokenValidity),
      refresh: toValidity('refreshTokenValidity', this.refreshTokenValidity),
      authSession: toWhole('authSessionValidity', this.authSessionValidity, 'minutes', ', 3 to 15'),
      gracePeriod: this.refreshTokenRotation.retryGracePeriod
        && toWhole('refreshTokenRotation retryGracePeriod', this.refreshTokenRotation.retryGracePeriod, 'seconds', ''),
      ssoSession: props.ssoSession && toWhole('ssoSession', props.ssoSession, 'minutes', ', 0 to 129600 (90 days)'),
    }));
    const oAuth = props.oAuth;

    this.cfnUserPoolClient = new cognito.CfnUserPoolClient(this, 'Resource', {
      userPoolId: this.userPool.userPoolId,
      clientName: this.userPoolClientName,
      generateSecret: this.hasSecret,
      accessTokenValidity: access.value,
      idTokenValidity: idToken.value,
      refreshTokenValidity: refresh.value,
      tokenValidityUnits: { accessToken: access.unit, idToken: idToken.unit, refreshToken: refresh.unit },
      authSessionValidity: authSession,
      explicitAuthFlows: this.authFlows.map(f => f.flowName),
      supportedIdentityProviders: this.identityProviderNames,
      allowedOAuthFlowsUserPoolClient: oAuth !== undefined,
      allowedOAuthFlows: nonEmpty(this.oAuthFlows.map(f => f.flowName)),
      allowedOAuthScopes: nonEmpty(this.oAuthScopes),
      callbackUrLs: nonEmpty(oAuth?.callbackUrls),
      logoutUrLs: nonEmpty(oAuth?.logoutUrls),
      defaultRedirectUri: oAuth?.defaultRedirectUri,
      readAttributes: props.readAttributes?.attributes(),
      writeAttributes: props.writeAttributes?.attributes(),
      preventUserExistenceErrors: (props.preventUserExistenceErrors ?? true) ? 'ENABLED' : 'LEGACY',
      enableTokenRevocation: props.enableTokenRevocation ?? true,
      enablePropagateAdditionalUserContextData: props.enablePropagateAdditionalUserContextData ?? false,
      analyticsConfiguration: props.analytics && {
        applicationArn: props.analytics.applicationArn,
        applicationId: props.analytics.applicationId,
        roleArn: props.analytics.role?.roleArn,
        externalId: props.analytics.externalId,
        userDataShared: props.analytics.shareUserData ?? false,
      },
      refreshTokenRotation: this.refreshTokenRotation.isEnabled
        ? { feature: 'ENABLED', retryGracePeriodSeconds: gracePeriod }
        : { feature: 'DISABLED' },
    });
    this.userPoolClientId = this.cfnUserPoolClient.ref;

    // A provider must exist before the client (rule UPC30). A provider defined in the app is
    // named by a Ref, which already orders them; only a literal name needs the dependency.
    for (const provider of identityProviders) {
      if (provider.provider && !Token.isUnresolved(provider.providerName)) this.node.addDependency(provider.provider);
    }

    const branding = props.managedLoginBranding;
    if (branding) {
      this.cfnManagedLoginBranding = new cognito.CfnManagedLoginBranding(this, 'ManagedLoginBranding', {
        userPoolId: this.userPool.userPoolId,
        clientId: this.userPoolClientId,
        // Cognito takes exactly one of these (rule UPL01); `false` beside settings is left out.
        useCognitoProvidedValues: branding.useCognitoProvidedValues || undefined,
        settings: branding.settings,
        assets: branding.assets.length === 0 ? undefined : branding.assets.map(asset => ({
          category: asset.category.categoryName,
          colorMode: asset.colorMode.modeName,
          extension: asset.extension.extensionName,
          bytes: asset.base64Bytes,
          resourceId: asset.resourceId,
        })),
      });
    }

    this.cfnTerms = [];
    const documents = [
      ['TermsOfUse', 'termsOfUse', 'terms-of-use', props.terms?.termsOfUse],
      ['PrivacyPolicy', 'privacyPolicy', 'privacy-policy', props.terms?.privacyPolicy],
    ] as const;
    for (const [constructId, prop, termsName, document] of documents) {
      if (!document) continue;
      const links = withConstructPath(this.node.path, () => termsLinks(`terms.${prop}`, document));
      this.cfnTerms.push(new cognito.CfnTerms(this, constructId, {
        userPoolId: this.userPool.userPoolId,
        clientId: this.userPoolClientId,
        termsName,
        termsSource: 'LINK',
        enforcement: 'NONE',
        links,
      }));
    }

    if (ssoSession !== undefined) {
      this.cfnSessionConfiguration = newClientSessionConfiguration(this, 'SessionConfiguration', {
        userPoolId: this.userPool.userPoolId,
        clientId: this.userPoolClientId,
        ssoSessionMaxValidityMinutes: ssoSession,
      });
    }

    if (props.storeSecret) {
      this.secret = new secretsmanager.Secret(this, 'Secret', {
        description: `Client id and secret of the Cognito app client ${this.node.path}`,
        secretName: props.secretName,
        encryptionKey: props.secretEncryptionKey,
        secretObjectValue: {
          userPoolId: SecretValue.unsafePlainText(this.userPool.userPoolId),
          clientId: SecretValue.unsafePlainText(this.userPoolClientId),
          clientSecret: this.userPoolClientSecret,
        },
      });
    }

    if (!props.skipChecks) registerChecks(this, false);
  }

  /**
   * The generated client secret, read with `Fn::GetAtt <client>.ClientSecret` (no custom
   * resource). Throws when the client has no secret.
   */
  public get userPoolClientSecret(): SecretValue {
    if (!this.hasSecret && !Token.isUnresolved(this.hasSecret)) {
      throw new Error(`userPoolClientSecret: the client ${this.node.path} has no secret (received generateSecret: false); set generateSecret: true to have Cognito generate one`);
    }
    return SecretValue.resourceAttribute(this.cfnUserPoolClient.attrClientSecret);
  }

  /**
   * Applies the removal policy to the client and to its stored secret, so that a retained client
   * keeps the secret it is read with.
   * @param policy what happens to the client (and secret) when it leaves the stack
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    super.applyRemovalPolicy(policy);
    this.secret?.applyRemovalPolicy(policy);
  }

  /** The user pool id and client id, as aws-cdk-lib's client references carry them. */
  public get userPoolClientRef(): cognitoRefs.UserPoolClientReference {
    return { userPoolId: this.userPool.userPoolId, clientId: this.userPoolClientId };
  }

  /**
   * Lets `grantee` read the Secrets Manager secret with the client id and secret, and decrypt it
   * with `secretEncryptionKey` when one is given. Throws when the client does not store its
   * secret (`storeSecret`).
   * @param grantee the principal to grant `secretsmanager:GetSecretValue` and `DescribeSecret` to
   */
  public grantReadSecret(grantee: iam.IGrantable): iam.Grant {
    if (!this.secret) {
      throw new Error(`grantReadSecret: the client ${this.node.path} stores no secret (received storeSecret: false); set generateSecret: true and storeSecret: true`);
    }
    return this.secret.grantRead(grantee);
  }
}

/** Leaves an empty list out of the template: for Cognito an absent list and an empty one are the same. */
function nonEmpty(values: string[] | undefined): string[] | undefined {
  return values && values.length > 0 ? values : undefined;
}
