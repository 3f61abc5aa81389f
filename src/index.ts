export * from './app-client/app-client';
export * from './app-client/auth-flow';
export * from './app-client/identity-provider';
export * from './app-client/oauth-flow';
export * from './app-client/refresh-token-rotation';
export * from './checks/aspect';
export * from './checks/rule-info';
