/**
 * The aws-cdk-lib classes and names that code running per client or per construct uses.
 *
 * aws-cdk-lib exports every class through lazy getters (`aws-cdk-lib` → `core` → `core/lib` →
 * the class's file). On aws-cdk-lib 2.195 each read called `require()` again, about a tenth of the
 * synth time of 450 clients under ts-node; from 2.262 (the floor of the peer range) a getter
 * replaces itself with the class on first read, and reading each class once here costs nothing.
 *
 * Only aws-cdk-lib's public API is used (a test holds the library to that).
 */
import * as cdk from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export const Aspects = cdk.Aspects;
export const CfnElement = cdk.CfnElement;
export type CfnElement = cdk.CfnElement;
export const CfnResource = cdk.CfnResource;
export const Names = cdk.Names;
export const Stack = cdk.Stack;
export type Stack = cdk.Stack;
export const Stage = cdk.Stage;
export type Stage = cdk.Stage;
export const Token = cdk.Token;
export const Validations = cdk.Validations;

/**
 * The CloudFormation resource types the checks look at, as the L1 classes name them. The Lambda and
 * ECS types are written out: reading them from their L1 classes would load those modules' generated
 * code (0.7 MB) into every process that loads this library.
 */
export const ResourceType = {
  USER_POOL: cognito.CfnUserPool.CFN_RESOURCE_TYPE_NAME,
  USER_POOL_CLIENT: cognito.CfnUserPoolClient.CFN_RESOURCE_TYPE_NAME,
  USER_POOL_RESOURCE_SERVER: cognito.CfnUserPoolResourceServer.CFN_RESOURCE_TYPE_NAME,
  USER_POOL_IDENTITY_PROVIDER: cognito.CfnUserPoolIdentityProvider.CFN_RESOURCE_TYPE_NAME,
  USER_POOL_DOMAIN: cognito.CfnUserPoolDomain.CFN_RESOURCE_TYPE_NAME,
  MANAGED_LOGIN_BRANDING: cognito.CfnManagedLoginBranding.CFN_RESOURCE_TYPE_NAME,
  TERMS: cognito.CfnTerms.CFN_RESOURCE_TYPE_NAME,
  /** Written out: its L1 class is in aws-cdk-lib from 2.278.0 only, above the floor. */
  CLIENT_SESSION_CONFIGURATION: 'AWS::Cognito::UserPoolClientSessionConfigurationAttachment',
  LAMBDA_FUNCTION: 'AWS::Lambda::Function',
  ECS_TASK_DEFINITION: 'AWS::ECS::TaskDefinition',
} as const;

/** The settings of a client's session configuration, as the template states them. */
export interface ClientSessionConfiguration {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly ssoSessionMaxValidityMinutes: number;
}

/**
 * A client's `AWS::Cognito::UserPoolClientSessionConfigurationAttachment`: aws-cdk-lib's L1 class
 * where the installed release has it (2.278.0 and later), else the same resource as a plain
 * `CfnResource`. Both synthesize the same template.
 */
export function newClientSessionConfiguration(scope: Construct, id: string, config: ClientSessionConfiguration): cdk.CfnResource {
  const L1: unknown = Reflect.get(cognito, 'CfnUserPoolClientSessionConfigurationAttachment');
  const resource: cdk.CfnResource = typeof L1 === 'function'
    ? Reflect.construct(L1, [scope, id, {
      userPoolId: config.userPoolId,
      clientId: config.clientId,
      ssoSession: { maxValidityMinutes: config.ssoSessionMaxValidityMinutes },
    }])
    // In the order the L1 class renders them, so the template is byte for byte the same.
    : new cdk.CfnResource(scope, id, {
      type: ResourceType.CLIENT_SESSION_CONFIGURATION,
      properties: {
        ClientId: config.clientId,
        SSOSession: { MaxValidityMinutes: config.ssoSessionMaxValidityMinutes },
        UserPoolId: config.userPoolId,
      },
    });
  // aws-cdk-lib's built-in template validation (its CloudFormation schemas, up to 2.278.0 at least)
  // predates the type and warns that it is unknown; it is a real type, aws-cdk-lib's own L1 writes it.
  cdk.Validations.of(resource).acknowledge({
    id: 'CloudFormation-Validate::F3006',
    reason: 'AWS::Cognito::UserPoolClientSessionConfigurationAttachment is a CloudFormation type newer than the validator\'s schemas',
  });
  return resource;
}
