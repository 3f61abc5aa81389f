import { generatesSecret } from '../client-facts';
import { E, rule } from '../rule';
import { isAbsent, isUnresolved, knownBoolean, show } from '../values';

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
  source: 'MODEL',
  summary: '`PreventUserExistenceErrors` is `LEGACY` or `ENABLED`',
  explanation: 'Cognito refuses other values.',
}, ({ props }) => {
  const value = props.PreventUserExistenceErrors;
  return isAbsent(value) || isUnresolved(value) || value === 'LEGACY' || value === 'ENABLED'
    ? undefined
    : `PreventUserExistenceErrors ${show(value)} is not allowed; allowed: LEGACY or ENABLED`;
});
