/**
 * The AWS SDK for JavaScript's Cognito client, the only part of the SDK the command uses. The
 * release bundles this module with its dependencies into one file (scripts/bundle-sdk.sh), so
 * the package depends on no SDK package; in the repository it is the SDK itself.
 */
// eslint-disable-next-line import/no-extraneous-dependencies -- bundled into the release, see above
export * from '@aws-sdk/client-cognito-identity-provider';
