/**
 * Values AWS documents that the pinned service model does not list yet. Each stays here, with its
 * source, until the model has it: test/checks/cognito-model.test.ts fails once a model lists one,
 * so the table empties itself as botocore catches up (bump the pin: README, "Cognito's API model").
 */
export interface DocumentedValue {
  /** The model shape whose enum lacks the value. */
  readonly shape: string;
  /** The value. */
  readonly value: string;
  /** Where AWS documents it. */
  readonly source: string;
}

export const DOCUMENTED_VALUES: readonly DocumentedValue[] = [
  {
    shape: 'ExplicitAuthFlowsType',
    value: 'ALLOW_CLIENT_TOKEN_AUTH',
    source: 'Amazon Cognito API reference, GetClientToken (2026): "configure the app client with a client secret and enable the ALLOW_CLIENT_TOKEN_AUTH authentication flow"; '
      + 'AWS\'s published template (aws-doc-sdk-examples, python/example_code/cognito/scenarios/client_token/resources/cfn_template.yaml) deploys it through CloudFormation',
  },
];
