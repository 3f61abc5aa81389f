import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { findingsOf } from './helpers';
import { ExampleStack } from '../examples/example-stack';

describe('the example app', () => {
  test('snapshot of the template users deploy', () => {
    const stack = new ExampleStack(new App(), 'CognitoAppClientExample');
    expect(Template.fromStack(stack).toJSON()).toMatchSnapshot();
  });

  test('four clients, two secrets, one branding style and two terms documents, no custom resource or Lambda, and no finding', () => {
    const stack = new ExampleStack(new App(), 'CognitoAppClientExample');
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 4);
    template.resourceCountIs('AWS::SecretsManager::Secret', 2);
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
    template.resourceCountIs('AWS::Cognito::Terms', 2);
    const types = Object.values<any>(template.toJSON().Resources).map(r => r.Type);
    expect(types.filter(t => t.startsWith('Custom::') || t === 'AWS::Lambda::Function')).toEqual([]);
    expect(findingsOf(stack)).toEqual([]);
  });
});
