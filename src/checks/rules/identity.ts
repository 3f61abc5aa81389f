import { MODEL_VERSION, modelField, modelPattern, modelRange } from '../cognito-model';
import { E, rule } from '../rule';
import { isAbsent, isUnresolved, knownString, show } from '../values';

const CLIENT_NAME = modelPattern('CreateUserPoolClient.ClientName');
const NAME_LENGTH = modelRange('CreateUserPoolClient.ClientName');
const USER_POOL_ID = modelPattern('CreateUserPoolClient.UserPoolId');
const POOL_ID_LENGTH = modelRange('CreateUserPoolClient.UserPoolId');

export const UPC01 = rule({
  id: 'UPC01',
  severity: E,
  source: `MODEL (ClientNameType of ${MODEL_VERSION}: pattern ${modelField('CreateUserPoolClient.ClientName').pattern}), OBS "1 validation error detected: Value '…' at 'clientName' failed to satisfy constraint" (non-ASCII name, deploy-verified, public rule set, 2026)`,
  summary: `\`ClientName\` is ${NAME_LENGTH.min}–${NAME_LENGTH.max} characters of letters, digits, \`_\`, whitespace and \`+ = , . @ -\``,
  explanation: 'Cognito rejects other names.',
}, ({ props }) => {
  const name = props.ClientName;
  if (isAbsent(name) || isUnresolved(name)) return;
  if (typeof name !== 'string') return `ClientName must be a string (received ${show(name)})`;
  const known = knownString(name);
  if (known === undefined) return;
  if (known.length < NAME_LENGTH.min || known.length > NAME_LENGTH.max) return `ClientName ${show(known)} has ${known.length} characters; allowed: ${NAME_LENGTH.min} to ${NAME_LENGTH.max}`;
  if (!CLIENT_NAME.test(known)) return `ClientName ${show(known)} has characters outside letters, digits, _, whitespace and + = , . @ -`;
  return;
});

export const UPC02 = rule({
  id: 'UPC02',
  severity: E,
  source: 'DOC (registry schema)',
  summary: '`ClientSecret` cannot be set: it is read-only, read with `Fn::GetAtt`',
  explanation: 'CloudFormation generates the secret when `GenerateSecret` is true; a given secret is refused.',
}, ({ props }) => isAbsent(props.ClientSecret)
  ? undefined
  : 'ClientSecret is read-only and cannot be set (received a value); set GenerateSecret: true and read it with Fn::GetAtt <client>.ClientSecret');

export const UPC03 = rule({
  id: 'UPC03',
  severity: E,
  source: `MODEL (UserPoolIdType of ${MODEL_VERSION})`,
  summary: `\`UserPoolId\`, when a literal, is ${POOL_ID_LENGTH.min}–${POOL_ID_LENGTH.max} characters matching \`${modelField('CreateUserPoolClient.UserPoolId').pattern}\``,
  explanation: 'A user pool id looks like `us-east-1_AbCdEf123`; anything else names no pool.',
}, ({ props }) => {
  const id = props.UserPoolId;
  if (isAbsent(id)) return 'UserPoolId is required (received nothing); allowed: a user pool id such as us-east-1_AbCdEf123';
  if (typeof id !== 'string' && typeof id !== 'object') return `UserPoolId must be a string (received ${show(id)})`;
  const known = knownString(id);
  if (known === undefined) return;
  if (known.length < POOL_ID_LENGTH.min || known.length > POOL_ID_LENGTH.max || !USER_POOL_ID.test(known)) {
    return `UserPoolId ${show(known)} is not a user pool id; allowed: ${POOL_ID_LENGTH.min} to ${POOL_ID_LENGTH.max} characters matching ${modelField('CreateUserPoolClient.UserPoolId').pattern}, e.g. us-east-1_AbCdEf123`;
  }
  return;
});
