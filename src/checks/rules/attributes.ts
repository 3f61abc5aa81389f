import { PoolFacts } from '../app-index';
import { modelRange } from '../cognito-model';
import { ClientUnderCheck, E, rule, W } from '../rule';
import { isObject, isUnresolved, knownBoolean, knownString, knownStrings, listOf, show, someStrings, Value } from '../values';

const STANDARD_ATTRIBUTES = [
  'address', 'birthdate', 'email', 'family_name', 'gender', 'given_name', 'locale', 'middle_name', 'name',
  'nickname', 'phone_number', 'picture', 'preferred_username', 'profile', 'updated_at', 'website', 'zoneinfo',
];
const VERIFIED = ['email_verified', 'phone_number_verified'];
/** Attributes every pool has: readable by any client, written only by Cognito. */
const ALWAYS_PRESENT = ['sub', 'identities'];
const CUSTOM = /^custom:.{1,20}$/;
const ATTRIBUTE_PROPS = ['ReadAttributes', 'WriteAttributes'];
const NAME_LENGTH = modelRange('CreateUserPoolClient.ReadAttributes[]');

/** The pool's schema entries, when every one is known. */
function schemaOf(pool: PoolFacts): Array<Record<string, Value>> | undefined {
  const schema = listOf(pool.pool.properties.Schema);
  if (schema === undefined) return [];
  if (!Array.isArray(schema) || !schema.every(isObject)) return undefined;
  return schema as Array<Record<string, Value>>;
}

/** The known `WriteAttributes` of a client that states them, else undefined. */
function writeAttributes({ props }: ClientUnderCheck): string[] | undefined {
  return Array.isArray(listOf(props.WriteAttributes)) ? knownStrings(props.WriteAttributes) : undefined;
}

export const UPC80 = rule({
  id: 'UPC80',
  severity: E,
  source: 'MODEL, DOC; OBS: deployed public templates read `sub`',
  summary: 'each `ReadAttributes` / `WriteAttributes` item names a standard attribute, `email_verified`, `phone_number_verified` or `custom:<name>` (1–20 characters); `sub` and `identities` are also readable',
  explanation: 'Cognito refuses attribute names it does not know.',
}, ({ props }) => ATTRIBUTE_PROPS.flatMap(prop => {
  const list = listOf(props[prop]);
  if (list === 'invalid') return [`${prop} must be a list (received ${show(props[prop])})`];
  if (!Array.isArray(list)) return [];
  return list.map(item => {
    if (isUnresolved(item)) return undefined;
    const name = knownString(item);
    const readable = prop === 'ReadAttributes' && name !== undefined && ALWAYS_PRESENT.includes(name);
    // `sub` in WriteAttributes is UPC83's finding: never writable rather than unknown.
    const forbiddenWrite = name === 'sub';
    return name !== undefined && name.length >= NAME_LENGTH.min && name.length <= NAME_LENGTH.max
      && (readable || forbiddenWrite || STANDARD_ATTRIBUTES.includes(name) || VERIFIED.includes(name) || CUSTOM.test(name))
      ? undefined
      : `${prop} item ${show(item)} is not an attribute; allowed: a standard attribute, email_verified, phone_number_verified, or custom:<name> with a 1 to 20 character name`;
  });
}));

export const UPC81 = rule({
  id: 'UPC81',
  severity: E,
  needsCompletePool: true,
  source: 'OBS "Invalid read attributes specified while creating a client" (deploy-verified, public rule set, 2026)',
  summary: 'a `custom:<name>` attribute must be in the pool\'s schema',
  explanation: 'The client can only read or write custom attributes the pool defines.',
}, ({ props, pool }) => {
  const schema = pool && schemaOf(pool);
  if (!schema) return [];
  const names = schema.map(entry => knownString(entry.Name));
  if (names.some(n => n === undefined)) return [];
  const custom = names.map(n => n!.startsWith('custom:') ? n! : `custom:${n}`);
  return ATTRIBUTE_PROPS.flatMap(prop => someStrings(props[prop])
    .filter(name => name.startsWith('custom:') && !custom.includes(name))
    .map(name => `${prop} item ${show(name)} is not in the schema of user pool ${pool!.pool.path}; allowed: ${show(custom.filter(c => !STANDARD_ATTRIBUTES.includes(c.slice(7))))}`));
});

export const UPC82 = rule({
  id: 'UPC82',
  severity: W,
  needsCompletePool: true,
  source: 'DOC; Cognito and CloudFormation accept such a client (an AWS Amplify maintainer, amplify-js #3526: "this can happen when using CloudFormation or the SDK"; a deployed pool\'s exported template lists WriteAttributes without sub)',
  summary: 'when `WriteAttributes` is given it should include every attribute the pool marks required (`sub` never counts: it is never writable)',
  explanation: 'Sign-up through this client fails without the required attributes; a client of a pool where only administrators create users never signs anyone up.',
}, subject => {
  const write = writeAttributes(subject);
  const schema = subject.pool && schemaOf(subject.pool);
  if (!write || !schema) return [];
  return schema
    .filter(entry => knownBoolean(entry.Required) === true)
    .map(entry => knownString(entry.Name))
    // `sub` is required in every pool's schema and written only by Cognito (UPC83).
    .filter((name): name is string => name !== undefined && name !== 'sub' && !write.includes(name))
    .map(name => `WriteAttributes ${show(write)} lacks ${show(name)}, which the user pool requires, so sign-up through this client fails; allowed: include every required attribute, or leave it so if only administrators create users`);
});

export const UPC83 = rule({
  id: 'UPC83',
  severity: E,
  source: 'OBS "Invalid write attributes specified while creating a client" (email_verified deploy-verified; sub is immutable)',
  summary: '`email_verified`, `phone_number_verified` and `sub` cannot be in `WriteAttributes`',
  explanation: 'Verification status and the user id are set by Cognito, not by the client.',
}, ({ props }) => someStrings(props.WriteAttributes).filter(name => VERIFIED.includes(name) || name === 'sub')
  .map(name => `WriteAttributes item ${show(name)} is not writable; allowed: read it only`));

export const UPC84 = rule({
  id: 'UPC84',
  severity: E,
  needsCompletePool: true,
  source: 'DOC',
  summary: 'when `WriteAttributes` is given it must include every pool attribute a supported identity provider maps',
  explanation: 'Federated sign-in writes the mapped attributes; if the client cannot write one, the sign-in fails.',
}, subject => {
  const { props, pool, index, client } = subject;
  const write = writeAttributes(subject);
  const supported = listOf(props.SupportedIdentityProviders);
  if (!write || !pool || !Array.isArray(supported)) return [];
  const names = supported.map(item => index.evaluateName(client, item));
  const findings: string[] = [];
  for (const provider of pool.identityProviders) {
    const providerName = knownString(provider.properties.ProviderName);
    const mapping = provider.properties.AttributeMapping;
    if (providerName === undefined || !names.includes(providerName) || !isObject(mapping) || isUnresolved(mapping)) continue;
    for (const attribute of Object.keys(mapping)) {
      // username is not an attribute a client writes; the verified flags are Cognito's (UPC83).
      if (attribute === 'username' || VERIFIED.includes(attribute) || write.includes(attribute)) continue;
      findings.push(`WriteAttributes ${show(write)} lacks ${show(attribute)}, which identity provider ${providerName} maps; allowed: include every mapped attribute`);
    }
  }
  return findings;
});
