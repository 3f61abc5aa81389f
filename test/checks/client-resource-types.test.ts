import * as fs from 'fs';
import * as path from 'path';
import { newestAssemblyTypes } from './newest-assembly';
import { CLIENT_ATTACHMENT_TYPES } from '../../src/checks/app-index';

/**
 * Cognito keeps adding resources tied to one app client (branding, terms, SSO sessions). Every
 * `AWS::Cognito::*` type of the newest aws-cdk-lib the tests pin whose properties include `ClientId`
 * is either judged with its client or named, with the reason, in the committed list of
 * deliberately unsupported types; a new one fails here until it is one or the other.
 */
const ROOT = path.join(__dirname, '..', '..');
const UNSUPPORTED: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'spec', 'unsupported-client-resource-types.json'), 'utf8')).unsupported;

/** Every Cognito resource type whose L1 props have `clientId`. */
function cognitoTypesWithClientId(): string[] {
  const types = newestAssemblyTypes();
  return Object.entries(types).flatMap(([fqn, type]) => {
    const resourceType = type.docs?.custom?.cloudformationResource;
    if (type.kind !== 'class' || !resourceType?.startsWith('AWS::Cognito::')) return [];
    return types[`${fqn}Props`]?.properties?.some(p => p.name === 'clientId') ? [resourceType] : [];
  }).sort();
}

const withClientId = cognitoTypesWithClientId();

test('the newest aws-cdk-lib is read: its per-client types include those the checks judge', () => {
  expect(withClientId).toEqual(expect.arrayContaining(Object.keys(CLIENT_ATTACHMENT_TYPES)));
});

test('every Cognito resource type with a ClientId is judged with its client or listed as unsupported, with the reason', () => {
  const unaccounted = withClientId.filter(type => !(type in CLIENT_ATTACHMENT_TYPES) && !(type in UNSUPPORTED));
  expect(unaccounted).toEqual([]);
  for (const reason of Object.values(UNSUPPORTED)) expect(reason.length).toBeGreaterThan(40);
});

test('the unsupported list names only such types, none of them judged', () => {
  expect(Object.keys(UNSUPPORTED).filter(type => !withClientId.includes(type) || type in CLIENT_ATTACHMENT_TYPES)).toEqual([]);
});
