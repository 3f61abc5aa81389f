/**
 * Why each preset chooses what it does: one line per setting, rendered into the README's
 * preset table by scripts/preset-table.ts next to the value read from a synthesized template.
 */
export const PRESET_REASONS: Record<string, Record<string, string>> = {
  SinglePageAppClient: {
    GenerateSecret: 'code in a browser cannot keep a secret',
    AllowedOAuthFlows: 'the implicit grant leaks tokens in the URL; PKCE is done by the client library',
    AllowedOAuthScopes: 'what a sign-in needs; never `aws.cognito.signin.user.admin` by default',
    ExplicitAuthFlows: 'SRP for a custom sign-in screen; no password flows',
    RefreshTokenRotation: 'a stolen refresh token is invalidated at its next use',
    AccessTokenValidity: 'browser storage is exposed to script: keep tokens short',
    IdTokenValidity: 'as the access token',
    RefreshTokenValidity: 'a browser session, not a month',
    SecretsManager: 'no secret to store',
  },
  ServerSideAppClient: {
    GenerateSecret: 'the server authenticates to the token endpoint',
    AllowedOAuthFlows: 'tokens never pass through the browser URL',
    AllowedOAuthScopes: 'what a sign-in needs',
    ExplicitAuthFlows: 'users sign in through managed login',
    RefreshTokenRotation: 'the refresh token never leaves the server',
    AccessTokenValidity: 'Cognito\'s default, stated',
    IdTokenValidity: 'Cognito\'s default, stated',
    RefreshTokenValidity: 'a server-side session',
    SecretsManager: 'read at run time, never from a template output',
  },
  MachineToMachineClient: {
    GenerateSecret: 'the client-credentials grant authenticates with it',
    AllowedOAuthFlows: 'no user signs in',
    AllowedOAuthScopes: 'resource-server scopes only (typed props)',
    ExplicitAuthFlows: '`GetClientToken` works without a domain; it must be the only flow (`clientTokenApi: false`: refresh only)',
    RefreshTokenRotation: 'no refresh tokens are issued',
    AccessTokenValidity: 'Cognito\'s default, stated',
    IdTokenValidity: 'not issued; Cognito\'s default stated',
    RefreshTokenValidity: 'not issued; Cognito\'s default stated',
    SecretsManager: 'read at run time, never from a template output',
  },
  TokenExchangeClient: {
    GenerateSecret: 'the exchange request presents it',
    AllowedOAuthFlows: 'the exchange derives from the user\'s token',
    AllowedOAuthScopes: 'narrowed from the user\'s token',
    ExplicitAuthFlows: 'delegation (an `act` claim names the service) by default; refresh, which Cognito accepts with every `ALLOW_` list; no user sign-in',
    RefreshTokenRotation: 'issued tokens carry no refresh token',
    AccessTokenValidity: 'Cognito\'s default, stated',
    IdTokenValidity: 'not issued to the service; Cognito\'s default stated',
    RefreshTokenValidity: 'not issued; Cognito\'s default stated',
    SecretsManager: 'read at run time, never from a template output',
  },
  DynamicClientRegistrationClient: {
    GenerateSecret: 'the client-credentials grant authenticates with it',
    AllowedOAuthFlows: 'a backend, not a user, asks for the registration token',
    AllowedOAuthScopes: 'Cognito\'s registration scope only',
    ExplicitAuthFlows: 'Cognito accepts it with every `ALLOW_` list; nothing else',
    RefreshTokenRotation: 'no refresh tokens are issued',
    AccessTokenValidity: 'Cognito\'s default, stated',
    IdTokenValidity: 'not issued; Cognito\'s default stated',
    RefreshTokenValidity: 'not issued; Cognito\'s default stated',
    SecretsManager: 'read at run time, never from a template output',
  },
  NativeAppClient: {
    GenerateSecret: 'anything in an app binary can be extracted',
    AllowedOAuthFlows: 'RFC 8252: system browser, code grant with PKCE',
    AllowedOAuthScopes: 'what a sign-in needs',
    ExplicitAuthFlows: 'SRP for a custom sign-in screen; no password flows',
    RefreshTokenRotation: 'a leaked refresh token is invalidated at its next use; 30 s for flaky networks',
    AccessTokenValidity: 'Cognito\'s default, stated',
    IdTokenValidity: 'Cognito\'s default, stated',
    RefreshTokenValidity: 'tokens live in the OS keychain',
    SecretsManager: 'no secret to store',
  },
};

/** Reasons shared by every preset. */
export const COMMON_REASONS: Record<string, string> = {
  PreventUserExistenceErrors: 'error messages do not reveal which users exist',
  EnableTokenRevocation: 'stolen refresh tokens can be revoked',
  AuthSessionValidity: 'Cognito\'s default, stated',
  TokenValidityUnits: 'stated, so an update never falls back to a default unit',
};
