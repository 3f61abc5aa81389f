import { Duration } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { UserSignInPresetProps } from './preset-props';
import { RedirectKind, userSignInSettings } from './shared';
import { AppClient } from '../app-client/app-client';
import { AuthFlow } from '../app-client/auth-flow';
import { RefreshTokenRotation } from '../app-client/refresh-token-rotation';
import { childPath } from '../private/errors';

/**
 * Settings of a server-side web app client.
 */
export interface ServerSideAppClientProps extends UserSignInPresetProps {
  /**
   * Store the client id and secret in AWS Secrets Manager (`secret`, `grantReadSecret`).
   * @default true - the back end reads the secret at run time, never from a template output
   */
  readonly storeSecret?: boolean;

  /**
   * The name of the stored secret.
   * @default - a name CloudFormation generates
   */
  readonly secretName?: string;

  /**
   * The customer managed KMS key that encrypts the stored secret (to share it with another account).
   * @default - the AWS managed key `aws/secretsmanager`
   */
  readonly secretEncryptionKey?: kms.IKey;

  /**
   * Pass users' IP addresses and device data to threat protection
   * (`EnablePropagateAdditionalUserContextData`).
   * @default false - only useful with threat protection (Plus tier) and the back end sending the data
   */
  readonly enablePropagateAdditionalUserContextData?: boolean;
}

/**
 * An app client for a web application with a back end: a confidential client whose server
 * exchanges the authorization code with its secret.
 *
 * Defaults, each with its reason:
 * - a generated secret, stored in Secrets Manager: the server authenticates to the token endpoint;
 * - authorization-code grant only: tokens never pass through the browser's URL;
 * - scopes `openid`, `email`, `profile`;
 * - auth flows: only `ALLOW_REFRESH_TOKEN_AUTH`: users sign in through managed login;
 * - refresh-token rotation disabled: the refresh token never leaves the server;
 * - access and ID tokens 1 hour, refresh tokens 30 days: a server session;
 * - user-existence errors prevented and token revocation on.
 */
export class ServerSideAppClient extends AppClient {
  constructor(scope: Construct, id: string, props: ServerSideAppClientProps) {
    super(scope, id, {
      ...userSignInSettings(childPath(scope, id), props, RedirectKind.WEB, {
        access: Duration.hours(1), id: Duration.hours(1), refresh: Duration.days(30),
      }),
      generateSecret: true,
      storeSecret: props.storeSecret ?? true,
      secretName: props.secretName,
      secretEncryptionKey: props.secretEncryptionKey,
      authFlows: [AuthFlow.REFRESH_TOKEN],
      enablePropagateAdditionalUserContextData: props.enablePropagateAdditionalUserContextData ?? false,
      refreshTokenRotation: RefreshTokenRotation.DISABLED,
    });
  }

  /**
   * The Secrets Manager secret with `userPoolId`, `clientId` and `clientSecret`: the preset
   * stores one unless `storeSecret: false`, in which case reading this throws.
   */
  public get storedSecret(): secretsmanager.ISecret {
    if (!this.secret) {
      throw new Error(`storedSecret: the client ${this.node.path} stores no secret (received storeSecret: false); leave storeSecret unset to store it`);
    }
    return this.secret;
  }
}
