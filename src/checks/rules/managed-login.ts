import { allowedValues, MODEL_VERSION, modelField, modelPattern, modelRange, notInModel } from '../cognito-model';
import { TemplateResource } from '../model';
import { ClientUnderCheck, E, inWords, rule, W } from '../rule';
import { isAbsent, isObject, isUnresolved, knownBoolean, knownString, listOf, show, Value } from '../values';

/**
 * The resources tied to one client: its managed login branding style, its terms documents and its
 * managed login session configuration (`ClientId` names the client). Each finding names the
 * resource it is about.
 */

const ASSET = 'CreateManagedLoginBranding.Assets[]';
/** The asset categories of the model (also the names `BrandingAsset.fromFile` derives from a file name). */
export const ASSET_CATEGORIES: readonly string[] = allowedValues(`${ASSET}.Category`);
const MAX_ASSETS = modelRange('CreateManagedLoginBranding.Assets').max;
/** The model bounds the image's bytes; CloudFormation carries them as base64 text of at most as many characters. */
const MAX_ASSET_CHARS = modelRange(`${ASSET}.Bytes`).max;
const TERMS_KEY_FIELD = 'CreateTerms.Links{key}';
const TERMS_KEY = modelPattern(TERMS_KEY_FIELD);
const TERMS_LINKS = modelRange('CreateTerms.Links');
const TERMS_URL = modelRange('CreateTerms.Links{value}');
const SCHEMA = `MODEL (${MODEL_VERSION},`;

function brandings(subject: ClientUnderCheck): TemplateResource[] {
  return subject.index.attachmentsOf(subject.client).brandings;
}

function termsOf(subject: ClientUnderCheck): TemplateResource[] {
  return subject.index.attachmentsOf(subject.client).terms;
}

function sessionsOf(subject: ClientUnderCheck): TemplateResource[] {
  return subject.index.attachmentsOf(subject.client).sessions;
}

/** The known items of a list property; a list token or an unknown item is not judged. */
function knownItems(value: Value): Value[] {
  const items = listOf(value);
  return Array.isArray(items) ? items.filter(item => !isUnresolved(item)) : [];
}

export const UPL01 = rule({
  id: 'UPL01',
  severity: E,
  source: 'DOC (CreateManagedLoginBranding: with UseCognitoProvidedValues, omit Settings and Assets), OBS "useCognitoProvidedValues or settings should be specified (but not both)" (deploy-verified)',
  summary: 'a `ManagedLoginBranding` has either `UseCognitoProvidedValues: true` or `Settings`: one, not both, and no `Assets` beside Cognito\'s values',
  explanation: 'A style is Cognito\'s default or your own settings; Cognito refuses both, and neither.',
}, subject => brandings(subject).map(branding => {
  const { UseCognitoProvidedValues: useDefault, Settings: settings, Assets: assets } = branding.properties;
  if (isUnresolved(useDefault) || isUnresolved(settings)) return undefined;
  const cognitoValues = knownBoolean(useDefault) === true;
  const hasSettings = !isAbsent(settings);
  if (cognitoValues && (hasSettings || !isAbsent(assets))) {
    return `ManagedLoginBranding ${branding.path} has UseCognitoProvidedValues: true and ${hasSettings ? 'Settings' : 'Assets'}; allowed: UseCognitoProvidedValues: true alone, or Settings (with Assets)`;
  }
  if (!cognitoValues && !hasSettings) {
    return `ManagedLoginBranding ${branding.path} has neither Settings nor UseCognitoProvidedValues: true (received UseCognitoProvidedValues: ${show(useDefault ?? false)}); allowed: one of them`;
  }
  return undefined;
}));

export const UPL02 = rule({
  id: 'UPL02',
  severity: E,
  source: `${SCHEMA} CreateManagedLoginBranding: Assets at most ${MAX_ASSETS}; Bytes at most ${MAX_ASSET_CHARS}; CloudFormation schema: the same as characters)`,
  summary: `a \`ManagedLoginBranding\` has at most ${MAX_ASSETS} \`Assets\`, each \`Bytes\` at most ${MAX_ASSET_CHARS.toLocaleString('en-US')} characters (base64)`,
  explanation: 'Cognito keeps at most 40 images per style, each under 1 MB as base64 (about 750 KB of image).',
}, subject => brandings(subject).flatMap(branding => {
  const items = listOf(branding.properties.Assets);
  if (!Array.isArray(items)) return [];
  const messages: string[] = [];
  if (items.length > MAX_ASSETS) messages.push(`ManagedLoginBranding ${branding.path} has ${items.length} Assets; allowed: at most ${MAX_ASSETS}`);
  items.forEach((asset, i) => {
    const bytes = isObject(asset) ? knownString(asset.Bytes) : undefined;
    if (bytes !== undefined && bytes.length > MAX_ASSET_CHARS) {
      messages.push(`ManagedLoginBranding ${branding.path} Assets[${i}] (${show(isObject(asset) ? asset.Category : undefined)}) has Bytes of ${bytes.length} characters; allowed: at most ${MAX_ASSET_CHARS} (an image of about 750 KB)`);
    }
  });
  return messages;
}));

export const UPL03 = rule({
  id: 'UPL03',
  severity: E,
  source: `${SCHEMA} AssetType: Category, ColorMode and Extension are required enums)`,
  summary: 'each asset has a `Category`, `ColorMode` and `Extension` from Cognito\'s lists',
  explanation: `Categories: ${ASSET_CATEGORIES.join(', ')}; color modes: ${allowedValues(`${ASSET}.ColorMode`).join(', ')}; extensions: ${allowedValues(`${ASSET}.Extension`).join(', ')}.`,
}, subject => brandings(subject).flatMap(branding => knownItems(branding.properties.Assets).flatMap((asset, i) => {
  if (!isObject(asset)) return [`ManagedLoginBranding ${branding.path} Assets[${i}] is ${show(asset)}, not an object; allowed: an object with Category, ColorMode and Extension`];
  return (['Category', 'ColorMode', 'Extension'] as const).map(key => {
    const value = asset[key];
    const field = `${ASSET}.${key}`;
    if (isUnresolved(value)) return undefined;
    if (typeof value === 'string' && allowedValues(field).includes(value)) return undefined;
    const what = `ManagedLoginBranding ${branding.path} Assets[${i}].${key}`;
    return isAbsent(value) ? `${what} is missing; allowed: ${allowedValues(field).join(', ')}` : notInModel(what, value, field, `a ${key === 'ColorMode' ? 'color mode' : key.toLowerCase()}`);
  });
})));

export const UPL04 = rule({
  id: 'UPL04',
  severity: W,
  source: 'DOC (the favicon categories name their file type)',
  summary: 'a `FAVICON_ICO` asset is an `ICO` file and a `FAVICON_SVG` asset an `SVG` file',
  explanation: 'The category says which file the browser receives as the tab icon; another type is likely the wrong file or the wrong category.',
}, subject => brandings(subject).flatMap(branding => knownItems(branding.properties.Assets).map((asset, i) => {
  if (!isObject(asset)) return undefined;
  const category = knownString(asset.Category);
  const extension = knownString(asset.Extension);
  const expected = category === 'FAVICON_ICO' ? 'ICO' : category === 'FAVICON_SVG' ? 'SVG' : undefined;
  return expected && extension !== undefined && extension !== expected
    ? `ManagedLoginBranding ${branding.path} Assets[${i}] is ${category} with Extension ${extension}; allowed: Extension ${expected}, or another category`
    : undefined;
})));

export const UPL05 = rule({
  id: 'UPL05',
  severity: E,
  source: 'MODEL (CreateManagedLoginBranding: ManagedLoginBrandingExistsException; CreateTerms: TermsExistsException, "Terms document names must be unique to the app client")',
  summary: 'a client has at most one `ManagedLoginBranding` and one `Terms` per `TermsName`',
  explanation: 'Cognito links one style to a client, and one terms document of each name.',
}, subject => {
  const messages: string[] = [];
  const styles = brandings(subject);
  if (styles.length > 1) messages.push(`${styles.length} ManagedLoginBranding resources name this client (${styles.map(b => b.path).join(', ')}); allowed: one`);
  const byName = new Map<string, TemplateResource[]>();
  for (const terms of termsOf(subject)) {
    const name = knownString(terms.properties.TermsName);
    if (name !== undefined) byName.set(name, [...byName.get(name) ?? [], terms]);
  }
  for (const [name, documents] of byName) {
    if (documents.length > 1) messages.push(`${documents.length} Terms named ${name} name this client (${documents.map(t => t.path).join(', ')}); allowed: one per TermsName`);
  }
  return messages;
});

export const UPL06 = rule({
  id: 'UPL06',
  severity: E,
  source: 'DOC (CreateTerms: ClientId "Must be an app client in the requested user pool"; CreateManagedLoginBranding and SetUserPoolClientSessionConfiguration name the client in its pool)',
  summary: 'a `ManagedLoginBranding`, `Terms` or `UserPoolClientSessionConfigurationAttachment` names a client of its own `UserPoolId`',
  explanation: 'Cognito looks the client up in the pool the resource names; a client of another pool is not found.',
}, subject => {
  if (!subject.pool) return undefined;
  return [...brandings(subject), ...termsOf(subject), ...sessionsOf(subject)].map(resource => {
    const named = subject.index.poolNamedBy(resource);
    return named && named !== subject.pool
      ? `${resource.type.replace('AWS::Cognito::', '')} ${resource.path} has UserPoolId of ${named.pool.path} but its ClientId names a client of ${subject.pool!.pool.path}; allowed: the client's own pool`
      : undefined;
  });
});

export const UPL07 = rule({
  id: 'UPL07',
  severity: W,
  needsCompletePool: true,
  source: 'DOC (managed login: a domain shows branding with ManagedLoginVersion 2; version 1 is the classic hosted UI)',
  summary: 'a client with a `ManagedLoginBranding` has a pool whose domain uses managed login version 2',
  explanation: 'With `ManagedLoginVersion` 1 (the default) the domain shows the classic hosted UI, and the style is never seen.',
}, subject => {
  const domains = subject.pool?.domains ?? [];
  if (brandings(subject).length === 0 || domains.length === 0) return undefined;
  const versions = domains.map(domain => domain.properties.ManagedLoginVersion);
  if (versions.some(version => isUnresolved(version) || version === 2 || version === '2')) return undefined;
  const finding = `the client has a ManagedLoginBranding but the pool's domain ${domains.map(d => d.path).join(', ')} has ManagedLoginVersion ${versions.map(v => show(v ?? 1)).join(', ')}; allowed: 2 `;
  return inWords(`${finding}(ManagedLoginVersion.NEWER_MANAGED_LOGIN) to show the style`, `${finding}(ManagedLoginVersion: 2 on the AWS::Cognito::UserPoolDomain) to show the style`,
    `${finding}(UpdateUserPoolDomain with ManagedLoginVersion 2) to show the style`);
});

export const UPL08 = rule({
  id: 'UPL08',
  severity: E,
  source: `${SCHEMA} CreateTerms: Links has ${TERMS_LINKS.min} to ${TERMS_LINKS.max} entries keyed ${modelField(TERMS_KEY_FIELD).pattern}, each a URL of ${TERMS_URL.min} to ${TERMS_URL.max} characters)`,
  summary: `\`Terms\` \`Links\`: ${TERMS_LINKS.min} to ${TERMS_LINKS.max} entries keyed \`cognito:default\` or \`cognito:<language>\`, each ${TERMS_URL.min}–${TERMS_URL.max} characters`,
  explanation: `Keys: ${modelField(TERMS_KEY_FIELD).pattern}. \`cognito:default\` shows for every language without its own link.`,
}, subject => termsOf(subject).flatMap(terms => {
  const links = terms.properties.Links;
  if (isUnresolved(links)) return [];
  if (isAbsent(links)) return [`Terms ${terms.path} has no Links; allowed: ${TERMS_LINKS.min} to ${TERMS_LINKS.max} of cognito:<language> to URL`];
  if (!isObject(links) || Array.isArray(links)) return [`Terms ${terms.path} Links is ${show(links)}; allowed: an object of cognito:<language> to URL`];
  const keys = Object.keys(links);
  const messages: string[] = [];
  if (keys.length < TERMS_LINKS.min || keys.length > TERMS_LINKS.max) messages.push(`Terms ${terms.path} has ${keys.length} Links; allowed: ${TERMS_LINKS.min} to ${TERMS_LINKS.max}`);
  for (const key of keys) {
    if (!TERMS_KEY.test(key)) messages.push(`Terms ${terms.path} Links key '${key}' is not allowed; allowed: keys matching ${modelField(TERMS_KEY_FIELD).pattern}`);
    const url = knownString(links[key]);
    if (url !== undefined && (url.length < TERMS_URL.min || url.length > TERMS_URL.max)) messages.push(`Terms ${terms.path} Links['${key}'] is ${url.length} characters; allowed: ${TERMS_URL.min} to ${TERMS_URL.max}`);
  }
  return messages;
}));

export const UPL09 = rule({
  id: 'UPL09',
  severity: E,
  source: `${SCHEMA} CreateTerms: TermsName pattern ${modelField('CreateTerms.TermsName').pattern}, TermsSource and Enforcement enums)`,
  summary: `\`Terms\` has \`TermsName\` \`terms-of-use\` or \`privacy-policy\`, \`TermsSource\` ${allowedValues('CreateTerms.TermsSource').join(' or ')} and \`Enforcement\` ${allowedValues('CreateTerms.Enforcement').join(' or ')}`,
  explanation: 'These are the only values Cognito takes today; the last two are reserved for later use.',
}, subject => termsOf(subject).flatMap(terms => (['TermsName', 'TermsSource', 'Enforcement'] as const).map(key => {
  const value = terms.properties[key];
  const field = `CreateTerms.${key}`;
  const allowed = key === 'TermsName' ? ['terms-of-use', 'privacy-policy'] : allowedValues(field);
  const valid = key === 'TermsName' ? (s: string) => modelPattern(field).test(s) : (s: string) => allowed.includes(s);
  if (isUnresolved(value) || (typeof value === 'string' && valid(value))) return undefined;
  return `Terms ${terms.path} ${key} ${isAbsent(value) ? 'is missing' : `${show(value)} is not allowed`}; allowed: ${allowed.join(' or ')}`;
})));

const SESSION = 'UserPoolClientSessionConfigurationAttachment';
const SSO_MINUTES = modelRange('SetUserPoolClientSessionConfiguration.SSOSession.MaxValidityMinutes');

export const UPL10 = rule({
  id: 'UPL10',
  severity: E,
  source: `MODEL (${MODEL_VERSION}, SetUserPoolClientSessionConfiguration: SSOSession is required; SSOSessionMaxValidityMinutesType is an integer, min ${SSO_MINUTES.min}, max ${SSO_MINUTES.max})`,
  summary: `a \`UserPoolClientSessionConfigurationAttachment\` has \`SSOSession.MaxValidityMinutes\`, a whole number of minutes from ${SSO_MINUTES.min} to ${SSO_MINUTES.max.toLocaleString('en-US')}`,
  explanation: 'How long the client silently reuses a managed login session since the last fresh sign-in; 0 always asks the user to sign in. Cognito refuses other values.',
}, subject => sessionsOf(subject).map(session => {
  const sso = session.properties.SSOSession;
  const allowed = `allowed: SSOSession: { MaxValidityMinutes: ${SSO_MINUTES.min} to ${SSO_MINUTES.max} }`;
  if (isUnresolved(sso)) return undefined;
  if (isAbsent(sso)) return `${SESSION} ${session.path} has no SSOSession; ${allowed}`;
  if (!isObject(sso)) return `${SESSION} ${session.path} SSOSession is ${show(sso)}, not an object; ${allowed}`;
  const minutes = sso.MaxValidityMinutes;
  if (isUnresolved(minutes)) return undefined;
  if (isAbsent(minutes)) return `${SESSION} ${session.path} SSOSession has no MaxValidityMinutes; ${allowed}`;
  // CloudFormation converts a numeric string to the integer the schema asks for.
  const value = typeof minutes === 'string' && /^\d+$/.test(minutes) ? Number(minutes) : minutes;
  if (typeof value === 'number' && Number.isInteger(value) && value >= SSO_MINUTES.min && value <= SSO_MINUTES.max) return undefined;
  return `${SESSION} ${session.path} SSOSession.MaxValidityMinutes ${show(minutes)} is not allowed; ${allowed} (a whole number of minutes)`;
}));

export const UPL11 = rule({
  id: 'UPL11',
  severity: W,
  source: 'MODEL (SetUserPoolClientSessionConfiguration sets one configuration per client; no rejection of a second resource is on record)',
  summary: 'a client has at most one `UserPoolClientSessionConfigurationAttachment`',
  explanation: 'Cognito keeps one session configuration per client: two resources overwrite each other, and which value holds depends on the order CloudFormation happens to apply them.',
}, subject => {
  const sessions = sessionsOf(subject);
  return sessions.length > 1
    ? `${sessions.length} ${SESSION} resources name this client (${sessions.map(s => s.path).join(', ')}); allowed: one`
    : undefined;
});

export const UPL12 = rule({
  id: 'UPL12',
  severity: W,
  needsCompletePool: true,
  source: 'DOC (the SSO session is a managed login session; managed login needs a domain)',
  summary: 'a client with a `UserPoolClientSessionConfigurationAttachment` has a pool with a domain',
  explanation: 'The setting governs how managed login reuses its session; without a domain the pool has no managed login, and the setting has no effect.',
}, subject => {
  const sessions = sessionsOf(subject);
  if (!subject.pool || sessions.length === 0 || subject.pool.domains.length > 0) return undefined;
  const finding = `the client has ${sessions.map(s => `${SESSION} ${s.path}`).join(', ')} but user pool ${subject.pool.pool.path} has no domain, so no managed login session to reuse; allowed: `;
  return inWords(`${finding}add a UserPoolDomain (userPool.addDomain), or remove the session configuration`,
    `${finding}add an AWS::Cognito::UserPoolDomain for the pool, or remove the session configuration`,
    `${finding}create a domain for the pool (CreateUserPoolDomain), or remove the session configuration`);
});
