import { CfnResource, Fn } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { addClient, CODE_CLIENT, Fixture, fixture, VALID } from './fixture';
import { UserPoolClientChecks } from '../../src';
import { findingsOf, ruleIdsOf } from '../helpers';

/** Adds resources tied to `client` (a branding style, terms) to the fixture. */
type Attach = (f: Fixture, client: cognito.CfnUserPoolClient) => void;

/** The L1 class of the session configuration, on aws-cdk-lib 2.278.0 and later (the newest run). */
type SessionL1Class = new (scope: Construct, id: string, props: Record<string, unknown>) => CfnResource;
const SessionL1: SessionL1Class | undefined = Reflect.get(cognito, 'CfnUserPoolClientSessionConfigurationAttachment');
const SESSION_TYPE = 'AWS::Cognito::UserPoolClientSessionConfigurationAttachment';

/** A client's session configuration as a plain resource (the floor has no L1 class for it). */
function sessionResource(scope: Construct, id: string, userPoolId: string, clientId: string): CfnResource {
  const properties = { UserPoolId: userPoolId, ClientId: clientId, SSOSession: { MaxValidityMinutes: 60 } };
  return new CfnResource(scope, id, { type: SESSION_TYPE, properties });
}

/** An L1 resource of `type` for `client`, whose template properties are `props` over the required ones. */
function tied(f: Fixture, client: cognito.CfnUserPoolClient, type: 'branding' | 'terms' | 'session', props: Record<string, unknown>, id: string): void {
  const resource = type === 'branding'
    ? new cognito.CfnManagedLoginBranding(f.stack, id, { userPoolId: f.pool.userPoolId, clientId: client.ref })
    : type === 'session' ? sessionResource(f.stack, id, f.pool.userPoolId, client.ref)
      : new cognito.CfnTerms(f.stack, id, { userPoolId: f.pool.userPoolId, clientId: client.ref, termsName: 'terms-of-use', termsSource: 'LINK', enforcement: 'NONE', links: { 'cognito:default': 'https://example.com/terms' } });
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) resource.addPropertyDeletionOverride(key);
    else resource.addPropertyOverride(key, value);
  }
}

const branding = (props: Record<string, unknown>, id = 'Branding'): Attach => (f, client) => tied(f, client, 'branding', props, id);
const terms = (props: Record<string, unknown>, id = 'Terms'): Attach => (f, client) => tied(f, client, 'terms', props, id);
const session = (props: Record<string, unknown>, id = 'Session'): Attach => (f, client) => tied(f, client, 'session', props, id);
const both = (...attachments: Attach[]): Attach => (f, client) => attachments.forEach(attach => attach(f, client));

const SETTINGS = { components: { form: { borderRadius: 8 } } };
const asset = (extra: Record<string, unknown> = {}) => ({ Category: 'FORM_LOGO', ColorMode: 'LIGHT', Extension: 'PNG', Bytes: 'iVBORw0KGgo=', ...extra });
const assets = (count: number) => Array.from({ length: count }, () => asset());
const links = (count: number) => Object.fromEntries(['default', 'english', 'french', 'spanish', 'german', 'bahasa-indonesia', 'italian', 'japanese', 'korean', 'portuguese-brazil', 'chinese-simplified', 'chinese-traditional', 'extra']
  .slice(0, count).map(language => [`cognito:${language}`, `https://example.com/${language}`]));

/** The findings of a code-grant client with `attach`; the pool's domain uses managed login version 2 unless `classicDomain`. */
function findingsWith(attach: Attach, options: { classicDomain?: boolean } = {}): string[] {
  const f = fixture();
  if (!options.classicDomain) (f.pool.node.findChild('Domain').node.defaultChild as cognito.CfnUserPoolDomain).managedLoginVersion = 2;
  attach(f, addClient(f, CODE_CLIENT));
  return ruleIdsOf(f.stack);
}

interface TiedCase {
  readonly id: string;
  readonly level: 'error' | 'warning';
  readonly name: string;
  readonly bad: Attach;
  readonly good: Attach;
  readonly classicDomain?: boolean;
}

const CASES: TiedCase[] = [
  { id: 'UPL01', level: 'error', name: 'Cognito values and settings', bad: branding({ UseCognitoProvidedValues: true, Settings: SETTINGS }), good: branding({ UseCognitoProvidedValues: true }) },
  { id: 'UPL01', level: 'error', name: 'neither Cognito values nor settings', bad: branding({}), good: branding({ Settings: SETTINGS }) },
  { id: 'UPL01', level: 'error', name: 'Cognito values with assets', bad: branding({ UseCognitoProvidedValues: true, Assets: [asset()] }), good: branding({ Settings: SETTINGS, Assets: [asset()] }) },
  { id: 'UPL02', level: 'error', name: '41 assets', bad: branding({ Settings: SETTINGS, Assets: assets(41) }), good: branding({ Settings: SETTINGS, Assets: assets(40) }) },
  { id: 'UPL02', level: 'error', name: 'an image of 1,000,001 base64 characters', bad: branding({ Settings: SETTINGS, Assets: [asset({ Bytes: 'A'.repeat(1_000_001) })] }), good: branding({ Settings: SETTINGS, Assets: [asset({ Bytes: 'A'.repeat(1_000_000) })] }) },
  { id: 'UPL03', level: 'error', name: 'an unknown category', bad: branding({ Settings: SETTINGS, Assets: [asset({ Category: 'LOGO' })] }), good: branding({ Settings: SETTINGS, Assets: [asset({ Category: 'PAGE_HEADER_LOGO' })] }) },
  { id: 'UPL03', level: 'error', name: 'a color mode in lower case', bad: branding({ Settings: SETTINGS, Assets: [asset({ ColorMode: 'dark' })] }), good: branding({ Settings: SETTINGS, Assets: [asset({ ColorMode: 'DARK' })] }) },
  { id: 'UPL03', level: 'error', name: 'no extension', bad: branding({ Settings: SETTINGS, Assets: [asset({ Extension: undefined })] }), good: branding({ Settings: SETTINGS, Assets: [asset({ Extension: 'WEBP' })] }) },
  { id: 'UPL04', level: 'warning', name: 'an ICO favicon that is a PNG', bad: branding({ Settings: SETTINGS, Assets: [asset({ Category: 'FAVICON_ICO', Extension: 'PNG' })] }), good: branding({ Settings: SETTINGS, Assets: [asset({ Category: 'FAVICON_ICO', Extension: 'ICO' })] }) },
  { id: 'UPL05', level: 'error', name: 'two styles for one client', bad: both(branding({ Settings: SETTINGS }), branding({ UseCognitoProvidedValues: true }, 'Second')), good: branding({ Settings: SETTINGS }) },
  { id: 'UPL05', level: 'error', name: 'two terms of use for one client', bad: both(terms({}), terms({}, 'Second')), good: both(terms({}), terms({ TermsName: 'privacy-policy' }, 'Second')) },
  {
    id: 'UPL06',
    level: 'error',
    name: 'terms naming a client of another pool',
    bad: (f, client) => terms({ UserPoolId: f.stack.resolve(new cognito.UserPool(f.stack, 'OtherPool').userPoolId) })(f, client),
    good: terms({}),
  },
  { id: 'UPL07', level: 'warning', name: 'a style on a classic hosted UI domain', bad: branding({ Settings: SETTINGS }), good: terms({}), classicDomain: true },
  { id: 'UPL08', level: 'error', name: '13 links', bad: terms({ Links: links(13) }), good: terms({ Links: links(12) }) },
  { id: 'UPL08', level: 'error', name: 'a link key that is no language', bad: terms({ Links: { 'cognito:default': 'https://example.com/terms', 'cognito:klingon': 'https://example.com/tlh' } }), good: terms({ Links: { 'cognito:default': 'https://example.com/terms', 'cognito:japanese': 'https://example.com/ja' } }) },
  { id: 'UPL08', level: 'error', name: 'no links', bad: terms({ Links: undefined }), good: terms({ Links: { 'cognito:default': 'https://example.com/terms' } }) },
  { id: 'UPL08', level: 'error', name: 'a URL of 1025 characters', bad: terms({ Links: { 'cognito:default': `https://example.com/${'a'.repeat(1005)}` } }), good: terms({ Links: { 'cognito:default': `https://example.com/${'a'.repeat(1004)}` } }) },
  { id: 'UPL09', level: 'error', name: 'a terms name Cognito does not know', bad: terms({ TermsName: 'terms' }), good: terms({ TermsName: 'privacy-policy' }) },
  { id: 'UPL09', level: 'error', name: 'a terms source other than LINK', bad: terms({ TermsSource: 'URL' }), good: terms({ TermsSource: 'LINK' }) },
  { id: 'UPL10', level: 'error', name: 'an SSO session of 90 days and one minute', bad: session({ SSOSession: { MaxValidityMinutes: 129_601 } }), good: session({ SSOSession: { MaxValidityMinutes: 129_600 } }) },
  { id: 'UPL10', level: 'error', name: 'a negative SSO session', bad: session({ SSOSession: { MaxValidityMinutes: -1 } }), good: session({ SSOSession: { MaxValidityMinutes: 0 } }) },
  { id: 'UPL10', level: 'error', name: 'an SSO session in fractions of a minute', bad: session({ SSOSession: { MaxValidityMinutes: 1.5 } }), good: session({ SSOSession: { MaxValidityMinutes: '90' } }) },
  { id: 'UPL10', level: 'error', name: 'no SSOSession', bad: session({ SSOSession: undefined }), good: session({ SSOSession: { MaxValidityMinutes: 60 } }) },
  { id: 'UPL10', level: 'error', name: 'no MaxValidityMinutes', bad: session({ 'SSOSession.MaxValidityMinutes': undefined }), good: session({ SSOSession: { MaxValidityMinutes: 60 } }) },
  { id: 'UPL11', level: 'warning', name: 'two session configurations for one client', bad: both(session({}), session({}, 'Second')), good: session({}) },
  {
    id: 'UPL06',
    level: 'error',
    name: 'a session configuration naming a client of another pool',
    bad: (f, client) => session({ UserPoolId: f.stack.resolve(new cognito.UserPool(f.stack, 'OtherPool').userPoolId) })(f, client),
    good: session({}),
  },
];

describe.each(CASES)('$id: $name', ({ id, level, bad, good, classicDomain }) => {
  test(`reports ${id} as ${level}`, () => {
    expect(findingsWith(bad, { classicDomain })).toContain(`${level} ${id}`);
  });

  test('the related valid configuration reports nothing', () => {
    expect(findingsWith(good, { classicDomain })).toEqual([]);
  });
});

test('every rule of a resource tied to one client has a violating and a valid case', () => {
  // UPL12 needs a pool without a domain: its cases are below.
  expect([...new Set([...CASES.map(c => c.id), 'UPL12'])].sort()).toEqual(UserPoolClientChecks.rules().map(r => r.id).filter(id => id.startsWith('UPL')));
});

describe('UPL12: a session configuration needs managed login', () => {
  const withSession = (noDomain: boolean) => {
    const f = fixture({ noDomain });
    session({})(f, addClient(f, VALID));
    return ruleIdsOf(f.stack);
  };
  test('reports a pool without a domain as a warning', () => expect(withSession(true)).toEqual(['warning UPL12']));
  test('a pool with a domain reports nothing', () => expect(withSession(false)).toEqual([]));
});

(SessionL1 ? test : test.skip)('the L1 class of aws-cdk-lib 2.278.0 is judged like any other writer of the resource', () => {
  const f = fixture();
  const client = addClient(f, CODE_CLIENT);
  const l1 = new SessionL1!(f.stack, 'Session', { userPoolId: f.pool.userPoolId, clientId: client.ref, ssoSession: { maxValidityMinutes: 200_000 } });
  expect(findingsOf(f.stack).map(x => x.message)).toEqual([
    `[UPL10] UserPoolClientSessionConfigurationAttachment ${l1.node.path} SSOSession.MaxValidityMinutes 200000 is not allowed; allowed: SSOSession: { MaxValidityMinutes: 0 to 129600 } (a whole number of minutes)`,
  ]);
});

describe('what cannot be judged is not reported', () => {
  test('links, settings and assets that are tokens', () => {
    expect(findingsWith(both(
      branding({ Settings: Fn.getAtt('Elsewhere', 'Settings'), Assets: Fn.getAtt('Elsewhere', 'Assets') }),
      terms({ Links: Fn.getAtt('Elsewhere', 'Links') }),
    ))).toEqual([]);
  });

  test('branding of a client the app does not define names no client to judge it with', () => {
    const f = fixture();
    new cognito.CfnManagedLoginBranding(f.stack, 'Branding', { userPoolId: f.pool.userPoolId, clientId: 'abcdef123456', useCognitoProvidedValues: true, settings: SETTINGS });
    expect(ruleIdsOf(f.stack)).toEqual([]);
  });
});

test('a finding names the resource it is about and is reported at the client', () => {
  const f = fixture();
  const client = addClient(f, CODE_CLIENT);
  tied(f, client, 'terms', { TermsSource: 'URL' }, 'Terms');
  expect(findingsOf(f.stack)).toEqual([{
    level: 'error',
    path: client.node.path,
    message: `[UPL09] Terms ${f.stack.node.path}/Terms TermsSource "URL" is not allowed; allowed: LINK`,
  }]);
});
