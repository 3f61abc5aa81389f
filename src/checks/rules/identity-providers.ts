import { MODEL_VERSION, modelPattern, modelRange } from '../cognito-model';
import { E, rule } from '../rule';
import { isUnresolved, knownString, listOf, show } from '../values';

const PROVIDER_NAME = modelPattern('CreateUserPoolClient.SupportedIdentityProviders[]');
const NAME_LENGTH = modelRange('CreateUserPoolClient.SupportedIdentityProviders[]');

export const UPC50 = rule({
  id: 'UPC50',
  severity: E,
  source: `MODEL (ProviderNameType of ${MODEL_VERSION})`,
  summary: `each \`SupportedIdentityProviders\` name is ${NAME_LENGTH.min}–${NAME_LENGTH.max} characters (model pattern)`,
  explanation: 'Provider names are 1 to 32 letters, digits, marks, symbols or punctuation.',
}, ({ props }) => {
  const list = listOf(props.SupportedIdentityProviders);
  if (list === 'invalid') return `SupportedIdentityProviders must be a list (received ${show(props.SupportedIdentityProviders)})`;
  if (!Array.isArray(list)) return [];
  return list.map(item => {
    if (isUnresolved(item)) return undefined;
    const name = knownString(item);
    return name !== undefined && PROVIDER_NAME.test(name) && [...name].length >= NAME_LENGTH.min && [...name].length <= NAME_LENGTH.max
      ? undefined
      : `SupportedIdentityProviders item ${show(item)} is not a provider name; allowed: ${NAME_LENGTH.min} to ${NAME_LENGTH.max} letters, digits, symbols or punctuation`;
  });
});

export const UPC51 = rule({
  id: 'UPC51',
  severity: E,
  needsCompletePool: true,
  source: 'DOC, OBS "The provider Google does not exist for User Pool us-east-1_…" (deploy-verified, public rule set, 2026)',
  summary: 'every provider other than `COGNITO` must be an identity provider defined on the same pool',
  explanation: '`Google`, `Facebook`, `LoginWithAmazon` and `SignInWithApple` too: each must first be added to the pool.',
}, ({ props, pool, index, client }) => {
  const list = listOf(props.SupportedIdentityProviders);
  if (!pool || !Array.isArray(list)) return [];
  const defined = pool.identityProviders.map(p => knownString(p.properties.ProviderName));
  if (defined.some(name => name === undefined)) return [];
  return list.map(item => {
    const name = index.evaluateName(client, item);
    if (name === undefined || name === 'COGNITO' || defined.includes(name)) return undefined;
    return `SupportedIdentityProviders item ${show(name)} is not an identity provider of user pool ${pool.pool.path}; allowed: ${show(['COGNITO', ...defined])}`;
  });
});
