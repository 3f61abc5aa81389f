import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { AppClientPresetProps, ResourceServerScopes } from './preset-props';
import { AppClient } from '../app-client/app-client';
import { AuthFlow } from '../app-client/auth-flow';
import { OAuthFlow } from '../app-client/oauth-flow';
import { RefreshTokenRotation } from '../app-client/refresh-token-rotation';

/**
 * Settings of a machine-to-machine client.
 */
export interface MachineToMachineClientProps extends AppClientPresetProps {
  /**
   * The resource-server scopes the service may request; at least one.
   */
  readonly resourceServerScopes: ResourceServerScopes[];

  /**
   * Store the client id and secret in AWS Secrets Manager (`secret`, `grantReadSecret`).
   * @default true - the service reads the secret at run time, never from a template output
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
}

/**
 * An app client for a service that calls an API with the OAuth 2.0 client-credentials grant.
 *
 * Defaults, each with its reason:
 * - a generated secret, stored in Secrets Manager: the grant authenticates with it;
 * - `client_credentials` only, with resource-server scopes only: no user signs in;
 * - auth flows: only `ALLOW_REFRESH_TOKEN_AUTH`, which Cognito requires of every `ALLOW_` list;
 * - no callback or logout URLs;
 * - access tokens 1 hour (ID and refresh tokens are not issued; Cognito's defaults are stated);
 * - user-existence errors prevented and token revocation on.
 *
 * Deliberately absent (use `AppClient` if you need them): redirect URIs and a default redirect URI
 * (no browser is redirected), `authSessionValidity` (no user sign-in has a session), analytics
 * (Pinpoint records user sign-in events; a service has none), ID and refresh-token lifetimes (not
 * issued to the client-credentials grant).
 */
export class MachineToMachineClient extends AppClient {
  constructor(scope: Construct, id: string, props: MachineToMachineClientProps) {
    const scopes = (props.resourceServerScopes ?? [])
      .flatMap(server => server.scopes.map(s => cognito.OAuthScope.resourceServer(server.resourceServer, s)));
    super(scope, id, {
      userPool: props.userPool,
      clientName: props.clientName,
      generateSecret: true,
      storeSecret: props.storeSecret ?? true,
      secretName: props.secretName,
      secretEncryptionKey: props.secretEncryptionKey,
      accessTokenValidity: props.accessTokenValidity ?? Duration.hours(1),
      authFlows: [AuthFlow.REFRESH_TOKEN],
      oAuth: { flows: [OAuthFlow.CLIENT_CREDENTIALS], scopes },
      refreshTokenRotation: RefreshTokenRotation.DISABLED,
      skipChecks: props.skipChecks,
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
