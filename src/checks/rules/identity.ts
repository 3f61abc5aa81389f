import { E, rule } from '../rule';
import { isAbsent, isUnresolved, knownString, show } from '../values';

const CLIENT_NAME = /^[\w\s+=,.@-]+$/;
const USER_POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;

export const UPC01 = rule({
  id: 'UPC01',
  severity: E,
  source: 'MODEL, OBS "1 validation error detected: Value \'…\' at \'clientName\' failed to satisfy constraint" (non-ASCII name, deploy-verified, public rule set, 2026)',
  summary: '`ClientName` is 1–128 characters of letters, digits, `_`, whitespace and `+ = , . @ -`',
  explanation: 'Cognito rejects other names (model pattern `[\\w\\s+=,.@-]+`).',
}, ({ props }) => {
  const name = props.ClientName;
  if (isAbsent(name) || isUnresolved(name)) return;
  if (typeof name !== 'string') return `ClientName must be a string (received ${show(name)})`;
  const known = knownString(name);
  if (known === undefined) return;
  if (known.length < 1 || known.length > 128) return `ClientName ${show(known)} has ${known.length} characters; allowed: 1 to 128`;
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
  source: 'MODEL',
  summary: '`UserPoolId`, when a literal, is 1–55 characters matching `[\\w-]+_[0-9a-zA-Z]+`',
  explanation: 'A user pool id looks like `us-east-1_AbCdEf123`; anything else names no pool.',
}, ({ props }) => {
  const id = props.UserPoolId;
  if (isAbsent(id)) return 'UserPoolId is required (received nothing); allowed: a user pool id such as us-east-1_AbCdEf123';
  if (typeof id !== 'string' && typeof id !== 'object') return `UserPoolId must be a string (received ${show(id)})`;
  const known = knownString(id);
  if (known === undefined) return;
  if (known.length < 1 || known.length > 55 || !USER_POOL_ID.test(known)) {
    return `UserPoolId ${show(known)} is not a user pool id; allowed: 1 to 55 characters matching [\\w-]+_[0-9a-zA-Z]+, e.g. us-east-1_AbCdEf123`;
  }
  return;
});
