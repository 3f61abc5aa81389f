import * as fs from 'fs';
import * as path from 'path';
import { Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { newestAssemblyTypes } from './newest-assembly';
import { AppClient, BrandingAsset, ManagedLoginBranding } from '../../src';
import { CLIENT_ATTACHMENT_TYPES } from '../../src/checks/app-index';
import { fullAppClient, presetFixture } from '../client-cases';
import { newStack } from '../helpers';

/**
 * CloudFormation keeps giving app clients new settings (a custom `ClientSecret`, secrets published
 * to Secrets Manager are API-only today). Every property of `CfnUserPoolClient` and of each
 * per-client type the checks judge, in the newest aws-cdk-lib the tests pin, nested struct members
 * included, is either written by `AppClient` (some configuration of it) or listed, with the reason,
 * in spec/unsupported-client-properties.json; a new one fails here until it is one or the other.
 */
const ROOT = path.join(__dirname, '..', '..');
const UNSUPPORTED: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'spec', 'unsupported-client-properties.json'), 'utf8')).unsupported;
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'branding');

/** `<Type>.<Property>[.<Member>]` for every property of the L1 props of each type, lower-cased. */
function propertiesOfNewest(resourceTypes: string[]): string[] {
  const types = newestAssemblyTypes();
  const names: string[] = [];
  const walk = (prefix: string, fqn: string, depth: number) => {
    for (const property of types[fqn]?.properties ?? []) {
      const name = `${prefix}.${property.name.toLowerCase()}`;
      names.push(name);
      const ref = JSON.stringify(property.type ?? {}).match(/"fqn":"(aws-cdk-lib\.aws_cognito\.Cfn[^"]+Property)"/)?.[1];
      if (ref && depth < 2) walk(name, ref, depth + 1);
    }
  };
  for (const [fqn, type] of Object.entries(types)) {
    const resourceType = type.docs?.custom?.cloudformationResource;
    if (type.kind === 'class' && resourceType && resourceTypes.includes(resourceType)) walk(resourceType, `${fqn}Props`, 0);
  }
  return names.sort();
}

/** The same names for what the configurations write to their templates. */
function writtenProperties(templates: any[]): Set<string> {
  const names = new Set<string>();
  const walk = (prefix: string, value: unknown, depth: number) => {
    const objects = Array.isArray(value) ? value : [value];
    for (const object of objects) {
      if (!object || typeof object !== 'object' || Array.isArray(object) || depth > 2) continue;
      for (const [key, inner] of Object.entries(object)) {
        if (key.startsWith('Fn::') || key === 'Ref') continue;
        names.add(`${prefix}.${key.toLowerCase()}`);
        walk(`${prefix}.${key.toLowerCase()}`, inner, depth + 1);
      }
    }
  };
  for (const template of templates) {
    for (const resource of Object.values<any>(template.Resources)) walk(resource.Type, resource.Properties, 0);
  }
  return names;
}

/** AppClient in configurations that together set every setting it has (branding is one kind or the other). */
function appClientTemplates(): any[] {
  const full = presetFixture();
  const client = fullAppClient(full);
  // Branding needs managed login version 2 on the domain (UPL07): a pool of the configurations' own.
  const pool = (stack: Stack) => {
    const userPool = new cognito.UserPool(stack, 'Pool');
    userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'guard' }, managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN });
    return userPool;
  };
  const settings = newStack();
  new AppClient(settings, 'Styled', {
    userPool: pool(settings),
    managedLoginBranding: ManagedLoginBranding.fromSettingsFile(path.join(FIXTURES, 'settings.json'), [BrandingAsset.fromFile(path.join(FIXTURES, 'form-logo.png'), { resourceId: 'logo' })]),
    terms: { termsOfUse: { url: 'https://example.com/terms' }, privacyPolicy: { url: 'https://example.com/privacy' } },
    ssoSession: Duration.minutes(30),
  });
  const byDefault = newStack();
  const defaultPool = pool(byDefault);
  new AppClient(byDefault, 'Default', { userPool: defaultPool, managedLoginBranding: ManagedLoginBranding.cognitoDefault() });
  // Analytics by project ARN (the full client names its project by id, with a role).
  new AppClient(byDefault, 'ByArn', { userPool: defaultPool, analytics: { applicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abc123' } });
  expect(client.cfnUserPoolClient).toBeDefined();
  return [full.stack, settings, byDefault].map(stack => Template.fromStack(stack).toJSON());
}

const types = ['AWS::Cognito::UserPoolClient', ...Object.keys(CLIENT_ATTACHMENT_TYPES)];
const newest = propertiesOfNewest(types);

test('the newest aws-cdk-lib is read: the client\'s well-known properties are there', () => {
  expect(newest).toEqual(expect.arrayContaining(['AWS::Cognito::UserPoolClient.explicitauthflows', 'AWS::Cognito::UserPoolClient.refreshtokenrotation.feature']));
});

test('every property of the client and its per-client types is typed by AppClient or listed as unsupported, with the reason', () => {
  const written = writtenProperties(appClientTemplates());
  const unaccounted = newest.filter(name => !written.has(name) && !(name in UNSUPPORTED));
  expect(unaccounted).toEqual([]);
  for (const reason of Object.values(UNSUPPORTED)) expect(reason.length).toBeGreaterThan(40);
  // The list names only properties that exist and that AppClient does not write.
  expect(Object.keys(UNSUPPORTED).filter(name => !newest.includes(name) || written.has(name))).toEqual([]);
});
