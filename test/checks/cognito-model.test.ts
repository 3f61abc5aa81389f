import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { addClient, findings, fixture, VALID } from './fixture';
import { AuthFlow, CognitoScope, OAuthFlow } from '../../src';
import { RESERVED_SCOPES } from '../../src/checks/client-facts';
import { allowedValues, MODEL_VERSION, modelPattern, nearestValue } from '../../src/checks/cognito-model';
import { DOCUMENTED_VALUES } from '../../src/checks/cognito-model/documented-values';
import { MODEL_FIELDS } from '../../src/checks/cognito-model/generated';
import { findingsOf } from '../helpers';

/**
 * The checks' knowledge of Cognito's API is generated from the botocore the project pins
 * (requirements-dev.txt, installed into .venv by `make`): never edited, never typed by hand.
 */
const ROOT = path.join(__dirname, '..', '..');
const PYTHON = path.join(ROOT, '.venv', 'bin', 'python');
const GENERATED = path.join(ROOT, 'src', 'checks', 'cognito-model', 'generated.ts');

test('the model data is exactly what the pinned botocore generates (no hand edits)', () => {
  if (!fs.existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: run \`make\` (it installs requirements-dev.txt into .venv)`);
  const regenerated = execFileSync(PYTHON, [path.join(ROOT, 'scripts', 'cognito-model.py'), 'generate'], { encoding: 'utf8' });
  expect(fs.readFileSync(GENERATED, 'utf8')).toEqual(regenerated);
  const pinned = /^botocore==(.+)$/m.exec(fs.readFileSync(path.join(ROOT, 'requirements-dev.txt'), 'utf8'))![1];
  expect(MODEL_VERSION).toBe(`botocore ${pinned}`);
});

test.each(DOCUMENTED_VALUES.map(d => [d.value, d]))('%s is documented by AWS and not yet in the model: remove it from the table once the model has it', (_value, documented) => {
  const shapes = Object.values(MODEL_FIELDS).filter(field => field.shape === documented.shape);
  expect(shapes.length).toBeGreaterThan(0);
  for (const field of shapes) expect(field.enum).not.toContain(documented.value);
  expect(documented.source).toMatch(/docs|API reference|guide/i);
});

test('every pattern of the model compiles in JavaScript and means what the rules expect of it', () => {
  for (const [fieldPath, field] of Object.entries(MODEL_FIELDS)) {
    if (field.pattern !== undefined) expect(() => modelPattern(fieldPath)).not.toThrow();
  }
  expect(modelPattern('CreateUserPoolClient.ClientName').test('web app+1@x.y')).toBe(true);
  expect(modelPattern('CreateUserPoolClient.ClientName').test('web/app')).toBe(false);
  expect(modelPattern('CreateUserPoolClient.AllowedOAuthScopes[]').test('api/read')).toBe(true);
  expect(modelPattern('CreateUserPoolClient.AllowedOAuthScopes[]').test('api read')).toBe(false);
  expect(modelPattern('CreateTerms.Links{key}').test('cognito:dutch')).toBe(true);
  expect(modelPattern('CreateTerms.Links{key}').test('cognito:klingon')).toBe(false);
});

test('AuthFlow types every ALLOW_ flow Cognito knows, and nothing it does not', () => {
  const typed = Object.values(AuthFlow).filter((v): v is AuthFlow => v instanceof AuthFlow).map(f => f.flowName).sort();
  expect(typed).toEqual(allowedValues('CreateUserPoolClient.ExplicitAuthFlows[]').filter(f => f.startsWith('ALLOW_')).sort());
  expect(Object.values(OAuthFlow).filter((v): v is OAuthFlow => v instanceof OAuthFlow).map(f => f.flowName).sort())
    .toEqual([...allowedValues('CreateUserPoolClient.AllowedOAuthFlows[]')].sort());
  expect(RESERVED_SCOPES).toContain(CognitoScope.DYNAMIC_CLIENT_REGISTRATION.scopeName);
});

describe('a value unknown to the model stays an error, named with the model version and the nearest known value', () => {
  test.each([
    ['ExplicitAuthFlows', { ExplicitAuthFlows: ['ALLOW_TOKEN_EXCHANGE_DELEGATE', 'ALLOW_REFRESH_TOKEN_AUTH'], GenerateSecret: true },
      `[UPC60] ExplicitAuthFlows item "ALLOW_TOKEN_EXCHANGE_DELEGATE" is not a flow of Cognito's API model (${MODEL_VERSION}); did you mean ALLOW_TOKEN_EXCHANGE_DELEGATION?`],
    ['TokenValidityUnits', { TokenValidityUnits: { AccessToken: 'Hours' } },
      `[UPC10] TokenValidityUnits.AccessToken "Hours" is not a unit of Cognito's API model (${MODEL_VERSION}); did you mean hours?`],
    ['AllowedOAuthFlows', { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['client_credential'], AllowedOAuthScopes: ['api/read'], GenerateSecret: true },
      `[UPC20] AllowedOAuthFlows item "client_credential" is not a grant of Cognito's API model (${MODEL_VERSION}); did you mean client_credentials?`],
    ['PreventUserExistenceErrors', { PreventUserExistenceErrors: 'ENABLE' },
      `[UPC71] PreventUserExistenceErrors "ENABLE" is not a setting of Cognito's API model (${MODEL_VERSION}); did you mean ENABLED?`],
  ])('%s', (_prop, props, start) => {
    const f = fixture();
    addClient(f, { ...VALID, ...props });
    const messages = findingsOf(f.stack).map(finding => finding.message);
    expect(messages.find(m => m.startsWith(start.split(';')[0]))).toMatch(new RegExp(`^${start.replace(/[[\]().?*+^$]/g, '\\$&')}; allowed: `));
  });

  test('a value far from every known one gets no guess', () => {
    expect(nearestValue('ON', allowedValues('CreateUserPoolClient.PreventUserExistenceErrors'))).toBeUndefined();
    expect(findings({ ...VALID, ExplicitAuthFlows: ['SIGN_IN_WITH_MAGIC'] })).toContain('error UPC60');
  });
});
