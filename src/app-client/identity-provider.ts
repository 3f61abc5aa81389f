import * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * An identity provider users of the client can sign in with (`SupportedIdentityProviders`).
 */
export class IdentityProvider {
  /** The user pool's own directory (`COGNITO`). */
  public static readonly COGNITO = new IdentityProvider('COGNITO');

  /**
   * Google by name (`Google`). It must be defined on the pool first (rule UPC51).
   *
   * Prefer `IdentityProvider.fromProvider(provider)` with the `UserPoolIdentityProviderGoogle` of the
   * same app: the client then depends on the provider, so CloudFormation creates the provider
   * first. By name, the client may be created first and fail (rule UPC30 warns; an error when strict).
   */
  public static readonly GOOGLE = new IdentityProvider('Google');

  /**
   * Facebook by name (`Facebook`). It must be defined on the pool first (rule UPC51).
   *
   * Prefer `IdentityProvider.fromProvider(provider)` with the `UserPoolIdentityProviderFacebook` of the
   * same app: the client then depends on the provider, so CloudFormation creates the provider
   * first. By name, the client may be created first and fail (rule UPC30 warns; an error when strict).
   */
  public static readonly FACEBOOK = new IdentityProvider('Facebook');

  /**
   * Login with Amazon by name (`LoginWithAmazon`). It must be defined on the pool first (rule UPC51).
   *
   * Prefer `IdentityProvider.fromProvider(provider)` with the `UserPoolIdentityProviderAmazon` of the
   * same app: the client then depends on the provider, so CloudFormation creates the provider
   * first. By name, the client may be created first and fail (rule UPC30 warns; an error when strict).
   */
  public static readonly AMAZON = new IdentityProvider('LoginWithAmazon');

  /**
   * Sign in with Apple by name (`SignInWithApple`). It must be defined on the pool first (rule UPC51).
   *
   * Prefer `IdentityProvider.fromProvider(provider)` with the `UserPoolIdentityProviderApple` of the
   * same app: the client then depends on the provider, so CloudFormation creates the provider
   * first. By name, the client may be created first and fail (rule UPC30 warns; an error when strict).
   */
  public static readonly APPLE = new IdentityProvider('SignInWithApple');

  /**
   * A provider given by name, e.g. the name of a SAML or OIDC provider of the pool.
   *
   * Prefer `fromProvider()` for a provider defined in the same app: the client then
   * depends on it, so CloudFormation creates the provider first.
   * @param providerName the provider name as defined on the user pool
   */
  public static custom(providerName: string): IdentityProvider {
    return new IdentityProvider(providerName);
  }

  /**
   * A provider construct of the pool (e.g. `UserPoolIdentityProviderGoogle`,
   * `UserPoolIdentityProviderOidc`); the client depends on it.
   * @param provider the identity provider construct
   */
  public static fromProvider(provider: cognito.IUserPoolIdentityProvider): IdentityProvider {
    return new IdentityProvider(provider.providerName, provider);
  }

  /** The value written to `SupportedIdentityProviders`. */
  public readonly providerName: string;

  /**
   * The provider construct, when given with `fromProvider()`.
   * @default - none: the provider was given by name
   */
  public readonly provider?: cognito.IUserPoolIdentityProvider;

  private constructor(providerName: string, provider?: cognito.IUserPoolIdentityProvider) {
    this.providerName = providerName;
    this.provider = provider;
  }

  /** The value written to `SupportedIdentityProviders`. */
  public toString(): string {
    return this.providerName;
  }
}
