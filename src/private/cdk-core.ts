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
  LAMBDA_FUNCTION: 'AWS::Lambda::Function',
  ECS_TASK_DEFINITION: 'AWS::ECS::TaskDefinition',
} as const;
