import { generatesSecret } from '../client-facts';
import { allowedValues, MODEL_VERSION, notInModel } from '../cognito-model';
import { E, rule } from '../rule';
import { isAbsent, isUnresolved, knownBoolean, show } from '../values';

const EXISTENCE_FIELD = 'CreateUserPoolClient.PreventUserExistenceErrors';
const EXISTENCE_ERRORS = allowedValues(EXISTENCE_FIELD);

export const UPC70 = rule({
  id: 'UPC70',
  severity: E,
  source: 'DOC, OBS "Client Secret is required to set EnablePropagateAdditionalUserContextData as true" (deploy-verified, public rule set, 2026)',
  summary: '`EnablePropagateAdditionalUserContextData: true` needs `GenerateSecret: true`',
  explanation: 'Cognito accepts context data only from clients that authenticate with a secret.',
}, ({ props }) => knownBoolean(props.EnablePropagateAdditionalUserContextData) === true && generatesSecret(props) === false
  ? `EnablePropagateAdditionalUserContextData is true but GenerateSecret is ${show(props.GenerateSecret ?? false)}; allowed: GenerateSecret: true`
  : undefined);

export const UPC71 = rule({
  id: 'UPC71',
  severity: E,
  source: `MODEL (PreventUserExistenceErrorTypes of ${MODEL_VERSION})`,
  summary: `\`PreventUserExistenceErrors\` is ${EXISTENCE_ERRORS.map(v => `\`${v}\``).join(' or ')}`,
  explanation: 'Cognito refuses other values.',
}, ({ props }) => {
  const value = props.PreventUserExistenceErrors;
  return isAbsent(value) || isUnresolved(value) || EXISTENCE_ERRORS.includes(value as string)
    ? undefined
    : notInModel('PreventUserExistenceErrors', value, EXISTENCE_FIELD, 'a setting');
});
