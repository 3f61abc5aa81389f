import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { AppClientPresetProps } from './preset-props';
import { AppClient, AppClientProps } from '../app-client/app-client';
import { RefreshTokenRotation } from '../app-client/refresh-token-rotation';

/**
 * Settings of the presets for services (no user signs in through them): each has a generated
 * secret, kept in AWS Secrets Manager unless `storeSecret: false`.
 */
export interface ServiceClientProps extends AppClientPresetProps {
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
 * The base of the presets for services (`MachineToMachineClient`, `TokenExchangeClient`,
 * `DynamicClientRegistrationClient`): a confidential client whose secret is stored in Secrets
 * Manager by default, and that never refreshes tokens it was issued (rotation off, stated).
 */
export abstract class ServiceClientBase extends AppClient {
  /**
   * @param props what the user gives
   * @param settings what the preset chooses; the secret settings and rotation are the base's
   */
  protected constructor(scope: Construct, id: string, props: ServiceClientProps, settings: AppClientProps) {
    super(scope, id, {
      ...settings,
      userPool: props.userPool,
      clientName: props.clientName,
      generateSecret: true,
      storeSecret: props.storeSecret ?? true,
      secretName: props.secretName,
      secretEncryptionKey: props.secretEncryptionKey,
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
