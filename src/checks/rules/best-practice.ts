import { authFlows, generatesSecret, hasUserSignIn, oAuthFlows } from '../client-facts';
import { inWords, rule, W } from '../rule';
import { isAbsent, isUnresolved, knownBoolean, show } from '../values';

const PASSWORD_FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH', 'ADMIN_NO_SRP_AUTH'];

export const UPB01 = rule({
  id: 'UPB01',
  severity: W,
  source: 'BEST PRACTICE',
  summary: 'the `implicit` grant is enabled',
  explanation: 'OAuth 2.0 Security Best Current Practice: tokens in the URL leak; use `code` (with PKCE in public clients).',
}, ({ props }) => oAuthFlows(props).includes('implicit')
  ? 'AllowedOAuthFlows includes implicit; allowed (best practice): code, with PKCE in public clients'
  : undefined);

export const UPB02 = rule({
  id: 'UPB02',
  severity: W,
  source: 'BEST PRACTICE',
  summary: '`PreventUserExistenceErrors` is not `ENABLED`, on a client through which users sign in',
  explanation: 'Error messages reveal which user names exist. A client without a user sign-in flow or grant (client tokens, token exchange, client credentials) answers no sign-in.',
}, ({ props }) => {
  const value = props.PreventUserExistenceErrors;
  if (isUnresolved(value) || value === 'ENABLED' || hasUserSignIn(props) === false) return;
  return `PreventUserExistenceErrors is ${isAbsent(value) ? 'absent (Cognito applies LEGACY)' : show(value)}; allowed (best practice): ENABLED`;
});

export const UPB03 = rule({
  id: 'UPB03',
  severity: W,
  source: 'BEST PRACTICE',
  summary: '`EnableTokenRevocation` is `false`',
  explanation: 'Stolen refresh tokens cannot be revoked.',
}, ({ props }) => knownBoolean(props.EnableTokenRevocation) === false
  ? 'EnableTokenRevocation is false; allowed (best practice): true'
  : undefined);

export const UPB04 = rule({
  id: 'UPB04',
  severity: W,
  source: 'BEST PRACTICE',
  summary: 'a client without a secret, through which users sign in, allows `ALLOW_USER_PASSWORD_AUTH` or `ALLOW_ADMIN_USER_PASSWORD_AUTH`',
  explanation: 'The password itself travels to the API; prefer SRP, choice-based sign-in or managed login.',
}, ({ props }) => {
  // A password flow is a user sign-in flow, so a client that signs no user in has none to report.
  if (generatesSecret(props) !== false || hasUserSignIn(props) === false) return [];
  return (authFlows(props) ?? []).filter(f => PASSWORD_FLOWS.includes(f))
    .map(f => `ExplicitAuthFlows includes ${f} on a client without a secret; allowed (best practice): ALLOW_USER_SRP_AUTH or ALLOW_USER_AUTH`);
});

export const UPB05 = rule({
  id: 'UPB05',
  severity: W,
  source: 'BEST PRACTICE',
  summary: 'the client secret appears in plain text in a stack output or a Lambda or container environment variable',
  explanation: 'Anyone who can read the stack or the function configuration reads the secret; keep it in Secrets Manager.',
}, ({ index, client }) => index.secretExposures(client)
  .map(where => {
    const finding = `the client secret (Fn::GetAtt ${client.logicalId}.ClientSecret) appears in the ${where}; allowed (best practice): store it in Secrets Manager `;
    return inWords(`${finding}(storeSecret: true) and read it at run time`, `${finding}(an AWS::SecretsManager::Secret whose SecretString holds it) and read it at run time`);
  }));
