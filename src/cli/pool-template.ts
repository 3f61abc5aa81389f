/**
 * Cognito's own JSON as the rule engine's input: a live pool's snapshot, or what
 * `aws cognito-idp describe-user-pool-client` prints, becomes a template of the resources it
 * describes, so the rules judge a running client exactly as they judge one about to deploy.
 */
import { PoolSnapshot } from './live-pool';
import { TEMPLATE_METADATA } from '../checks/engine';
import { TemplateSource } from '../checks/model';
import { isObject, Value } from '../checks/values';

/** `DescribeUserPoolClient` fields that are no CloudFormation property of the client. */
const NOT_PROPERTIES = ['ClientId', 'ClientSecret', 'HasClientSecret', 'CreationDate', 'LastModifiedDate', 'ClientType', 'UserPoolId'];

/** A client's template properties from its `DescribeUserPoolClient` result (secret dropped). */
export function clientProperties(client: Record<string, Value>, userPoolId: Value): Record<string, Value> {
  const properties: Record<string, Value> = { UserPoolId: userPoolId };
  for (const [key, value] of Object.entries(client)) {
    if (!NOT_PROPERTIES.includes(key)) properties[key] = value;
  }
  // Cognito answers with the secret, not the setting that made it.
  properties.GenerateSecret = client.HasClientSecret === true || (typeof client.ClientSecret === 'string' && client.ClientSecret !== '');
  return properties;
}

/**
 * The pool as a template: the pool (schema, tier), its domains, resource servers, identity
 * providers, clients, and the branding, terms and session configuration of each client. The live
 * pool exists already, so every client depends on the pool's servers and providers (UPC30 is
 * about creation order, which no longer applies).
 */
export function snapshotTemplate(snapshot: PoolSnapshot, templatePath: string): TemplateSource {
  const pool = { Ref: 'UserPool' };
  const resources: Record<string, Value> = {
    UserPool: {
      Type: 'AWS::Cognito::UserPool',
      Properties: {
        UserPoolTier: snapshot.userPool.UserPoolTier,
        Schema: (Array.isArray(snapshot.userPool.SchemaAttributes) ? snapshot.userPool.SchemaAttributes : [])
          .filter(isObject).map(a => ({ Name: a.Name, Required: a.Required, Mutable: a.Mutable, AttributeDataType: a.AttributeDataType })),
      },
    },
  };
  const existing: string[] = [];
  snapshot.domains.forEach((domain, i) => {
    resources[`Domain${i}`] = { Type: 'AWS::Cognito::UserPoolDomain', Properties: { UserPoolId: pool, Domain: domain.Domain, ManagedLoginVersion: domain.ManagedLoginVersion } };
  });
  snapshot.resourceServers.forEach((server, i) => {
    existing.push(`ResourceServer${i}`);
    resources[`ResourceServer${i}`] = {
      Type: 'AWS::Cognito::UserPoolResourceServer',
      Properties: { UserPoolId: pool, Identifier: server.Identifier, Name: server.Name, Scopes: server.Scopes ?? [] },
    };
  });
  snapshot.identityProviders.forEach((provider, i) => {
    existing.push(`IdentityProvider${i}`);
    resources[`IdentityProvider${i}`] = {
      Type: 'AWS::Cognito::UserPoolIdentityProvider',
      Properties: {
        UserPoolId: pool, ProviderName: provider.ProviderName, ProviderType: provider.ProviderType, AttributeMapping: provider.AttributeMapping,
      },
    };
  });
  const constructPaths = new Map<string, string>();
  const poolId = String(snapshot.userPool.Id);
  for (const [clientId, client] of Object.entries(snapshot.clients)) {
    constructPaths.set(clientId, `${poolId}/${String(client.ClientName ?? clientId)}`);
    resources[clientId] = {
      Type: 'AWS::Cognito::UserPoolClient',
      DependsOn: existing,
      Properties: clientProperties(client, pool),
      // What could not be read is not guessed: its rules are not applied, and the notes say why.
      Metadata: {
        [TEMPLATE_METADATA]: { suppressions: (snapshot.notJudged ?? []).map(id => ({ id, reason: 'not read from the live pool (see the notes)' })) },
      },
    };
  }
  const attach = (prefix: string, type: string, items: Array<Record<string, Value>>) => items.forEach((item, i) => {
    const { ClientId: clientId, ...rest } = item;
    resources[`${prefix}${i}`] = { Type: type, Properties: { UserPoolId: pool, ClientId: { Ref: clientId }, ...rest } };
  });
  attach('Branding', 'AWS::Cognito::ManagedLoginBranding', snapshot.brandings);
  attach('Terms', 'AWS::Cognito::Terms', snapshot.terms);
  attach('Session', 'AWS::Cognito::UserPoolClientSessionConfigurationAttachment', snapshot.sessions);
  return { templatePath, template: { Resources: resources }, name: poolId, region: snapshot.region, constructPaths };
}

/**
 * What `aws cognito-idp describe-user-pool-client` prints, as a template: the client alone, its
 * pool not in the app, so the rules that need the pool say nothing (as for an imported pool).
 */
export function describedClientTemplate(described: Record<string, Value>, templatePath: string): TemplateSource {
  const client = described.UserPoolClient as Record<string, Value>;
  const clientId = String(client.ClientId);
  return {
    templatePath,
    template: { Resources: { [clientId]: { Type: 'AWS::Cognito::UserPoolClient', Properties: clientProperties(client, client.UserPoolId) } } },
    name: String(client.UserPoolId),
    constructPaths: new Map([[clientId, `${String(client.UserPoolId)}/${String(client.ClientName ?? clientId)}`]]),
  };
}
