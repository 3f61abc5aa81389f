/**
 * A live user pool, read through the Cognito API with read-only calls, as one JSON document: the
 * snapshot that `check --save` writes and `check FILE` reads. Client secrets are dropped where
 * they are read; the document only says whether a client has one.
 */
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { isObject, Value } from '../checks/values';

/** The `format` of a snapshot file. */
export const SNAPSHOT_FORMAT = 'cdk-cognito-app-client/live-user-pool@1';

/** The Cognito calls the command makes: read-only (the README lists them as IAM actions). */
export const READ_ACTIONS = [
  'DescribeUserPool', 'ListUserPoolClients', 'DescribeUserPoolClient', 'ListResourceServers', 'ListIdentityProviders',
  'DescribeIdentityProvider', 'DescribeUserPoolDomain', 'DescribeManagedLoginBrandingByClient', 'ListTerms', 'DescribeTerms',
  'GetUserPoolClientSessionConfiguration',
] as const;

/** What a live check read of a pool: Cognito's own shapes, secrets removed. */
export interface PoolSnapshot {
  readonly format: string;
  readonly region: string;
  readonly userPool: Record<string, Value>;
  /** `DescribeUserPoolClient` results by client id, `ClientSecret` removed; `HasClientSecret` says if it had one. */
  readonly clients: Record<string, Record<string, Value>>;
  readonly resourceServers: Array<Record<string, Value>>;
  readonly identityProviders: Array<Record<string, Value>>;
  readonly domains: Array<Record<string, Value>>;
  readonly brandings: Array<Record<string, Value>>;
  readonly terms: Array<Record<string, Value>>;
  readonly sessions: Array<Record<string, Value>>;
  /** What could not be read, and so was not judged: one line per operation. */
  readonly notes: string[];
  /** The rules not applied because what they need could not be read: judging without it would guess. */
  readonly notJudged: string[];
}

/** The rules each optional read serves: when it fails, they are not applied (fail closed). */
const RULES_OF: Record<string, string[]> = {
  ListResourceServers: ['UPC29', 'UPC30'],
  ListIdentityProviders: ['UPC30', 'UPC51', 'UPC84'],
  DescribeIdentityProvider: ['UPC84'],
  DescribeManagedLoginBrandingByClient: ['UPL01', 'UPL02', 'UPL03', 'UPL04', 'UPL05', 'UPL06', 'UPL07'],
  GetUserPoolClientSessionConfiguration: ['UPL06', 'UPL10', 'UPL11', 'UPL12'],
  ListTerms: ['UPL05', 'UPL06', 'UPL08', 'UPL09'],
  DescribeTerms: ['UPL05', 'UPL06', 'UPL08', 'UPL09'],
  DescribeUserPoolDomain: ['UPL07'],
};

/** How many Cognito calls are in flight at once; the SDK retries throttled ones. */
const CONCURRENCY = 8;
const PAGE = 60;

/** A call that fails without an answer for the pool: the pool cannot be judged at all. */
export class LiveReadError extends Error {}

/** Counts the API calls of a read, by operation (the benchmark reports them). */
export type CallCounter = Map<string, number>;

/** The region a pool id names (`eu-west-1_AbC123`), if it names one. */
export function regionOfPoolId(userPoolId: string): string | undefined {
  return /^([a-z]{2}(?:-[a-z]+)+-\d+)_[0-9a-zA-Z]+$/.exec(userPoolId)?.[1];
}

/** Drops the secret of a `DescribeUserPoolClient` result, keeping only that it has one. */
export function withoutSecret(client: Record<string, Value>): Record<string, Value> {
  const { ClientSecret: secret, ...rest } = client;
  return { ...rest, HasClientSecret: secret !== undefined && secret !== null && secret !== '' };
}

/** Reads `userPoolId` with `cognito`: every page of every list, bounded concurrency. */
export async function readPool(
  cognito: CognitoIdentityProviderClient, sdk: typeof import('@aws-sdk/client-cognito-identity-provider'),
  userPoolId: string, region: string, calls: CallCounter = new Map(),
): Promise<PoolSnapshot> {
  const notes = new Map<string, string>();
  const send = async <T>(operation: string, command: any): Promise<T> => {
    calls.set(operation, (calls.get(operation) ?? 0) + 1);
    return cognito.send(command) as Promise<T>;
  };
  /** A call whose failure leaves part of the pool unjudged: noted once per operation. */
  const optional = async <T>(operation: string, what: string, command: any, absent: string[] = []): Promise<T | undefined> => {
    // Once denied or unsupported, the operation's rules are off for every client: no more calls.
    if (notes.has(operation)) return undefined;
    try {
      return await send<T>(operation, command);
    } catch (e) {
      const error = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
      if (absent.includes(error.name ?? '')) return undefined;
      notes.set(operation, `${operation} failed (${error.name ?? 'Error'}${error.$metadata?.httpStatusCode ? `, HTTP ${error.$metadata.httpStatusCode}` : ''}): ${what} not read, so ${RULES_OF[operation].join(', ')} not applied`);
      return undefined;
    }
  };
  const required = async <T>(operation: string, command: any): Promise<T> => {
    try {
      return await send<T>(operation, command);
    } catch (e) {
      const error = e as { name?: string; message?: string };
      throw new LiveReadError(`${operation} of user pool ${userPoolId} in ${region} failed: ${error.name ?? 'Error'}: ${error.message ?? ''}`.trim());
    }
  };
  const pages = async <T>(key: string, make: (token?: string) => any, read: (c: any) => Promise<any>): Promise<T[]> => {
    const items: T[] = [];
    let token: string | undefined;
    do {
      const page = await read(make(token));
      if (!page) break;
      items.push(...(page[key] ?? []));
      token = page.NextToken;
    } while (token);
    return items;
  };

  const pool = (await required<any>('DescribeUserPool', new sdk.DescribeUserPoolCommand({ UserPoolId: userPoolId }))).UserPool ?? {};
  const clientIds = (await pages<any>('UserPoolClients',
    token => new sdk.ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: PAGE, NextToken: token }),
    command => required('ListUserPoolClients', command))).map(c => c.ClientId as string);
  const clients: Record<string, Record<string, Value>> = {};
  await eachLimited(clientIds, async clientId => {
    const described = await required<any>('DescribeUserPoolClient', new sdk.DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId }));
    // The secret goes no further than this line.
    clients[clientId] = withoutSecret(plain(described.UserPoolClient ?? {}));
  });

  const resourceServers = await pages<any>('ResourceServers',
    token => new sdk.ListResourceServersCommand({ UserPoolId: userPoolId, MaxResults: 50, NextToken: token }),
    command => optional('ListResourceServers', 'resource servers', command));
  const providerNames = (await pages<any>('Providers',
    token => new sdk.ListIdentityProvidersCommand({ UserPoolId: userPoolId, MaxResults: PAGE, NextToken: token }),
    command => optional('ListIdentityProviders', 'identity providers', command)));
  // Attribute mappings matter only where a client that names the provider limits what it writes (UPC84).
  const mapped = new Set(Object.values(clients).filter(c => Array.isArray(c.WriteAttributes))
    .flatMap(c => (Array.isArray(c.SupportedIdentityProviders) ? c.SupportedIdentityProviders : []) as string[]));
  const identityProviders: Array<Record<string, Value>> = [];
  await eachLimited(providerNames, async provider => {
    const entry: Record<string, Value> = { ProviderName: provider.ProviderName, ProviderType: provider.ProviderType };
    if (mapped.has(provider.ProviderName)) {
      const described = await optional<any>('DescribeIdentityProvider', 'attribute mappings',
        new sdk.DescribeIdentityProviderCommand({ UserPoolId: userPoolId, ProviderName: provider.ProviderName }));
      if (described?.IdentityProvider?.AttributeMapping) entry.AttributeMapping = described.IdentityProvider.AttributeMapping;
    }
    identityProviders.push(entry);
  });

  const brandings: Array<Record<string, Value>> = [];
  const sessions: Array<Record<string, Value>> = [];
  const attachmentsOf = async (clientId: string) => {
    const branding = await optional<any>('DescribeManagedLoginBrandingByClient', 'managed login branding',
      new sdk.DescribeManagedLoginBrandingByClientCommand({ UserPoolId: userPoolId, ClientId: clientId }), ['ResourceNotFoundException']);
    if (branding?.ManagedLoginBranding) {
      const { UseCognitoProvidedValues, Settings, Assets } = plain(branding.ManagedLoginBranding);
      brandings.push({ ClientId: clientId, UseCognitoProvidedValues, Settings, Assets });
    }
    const session = await optional<any>('GetUserPoolClientSessionConfiguration', 'SSO session configuration',
      new sdk.GetUserPoolClientSessionConfigurationCommand({ UserPoolId: userPoolId, ClientId: clientId }), ['ResourceNotFoundException']);
    if (session?.SSOSession) sessions.push({ ClientId: clientId, SSOSession: plain(session.SSOSession) });
  };
  // The first client alone: a denied or unsupported operation is then known before the others ask it.
  if (clientIds.length > 0) await attachmentsOf(clientIds[0]);
  await eachLimited(clientIds.slice(1), attachmentsOf);

  const termsIds = (await pages<any>('Terms',
    token => new sdk.ListTermsCommand({ UserPoolId: userPoolId, MaxResults: 60, NextToken: token }),
    command => optional('ListTerms', 'terms documents', command))).map(t => t.TermsId as string);
  const terms: Array<Record<string, Value>> = [];
  await eachLimited(termsIds, async termsId => {
    const described = await optional<any>('DescribeTerms', 'terms documents', new sdk.DescribeTermsCommand({ UserPoolId: userPoolId, TermsId: termsId }));
    if (!described?.Terms) return;
    const { ClientId, TermsName, TermsSource, Enforcement, Links } = plain(described.Terms);
    terms.push({ ClientId, TermsName, TermsSource, Enforcement, Links });
  });

  // A domain's managed login version matters only to a client with a branding style (UPL07).
  const domains: Array<Record<string, Value>> = [];
  for (const domain of [pool.Domain, pool.CustomDomain].filter((d): d is string => typeof d === 'string' && d !== '')) {
    const entry: Record<string, Value> = { Domain: domain };
    if (brandings.length > 0) {
      const described = await optional<any>('DescribeUserPoolDomain', 'the managed login version of the domain', new sdk.DescribeUserPoolDomainCommand({ Domain: domain }));
      const version = described?.DomainDescription?.ManagedLoginVersion;
      if (version !== undefined) entry.ManagedLoginVersion = version;
    }
    domains.push(entry);
  }

  const byId = <T extends Record<string, Value>>(items: T[], key: string) => items.sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  return {
    format: SNAPSHOT_FORMAT,
    region,
    userPool: {
      Id: pool.Id ?? userPoolId,
      Name: pool.Name,
      UserPoolTier: pool.UserPoolTier,
      SchemaAttributes: plain(pool.SchemaAttributes ?? []) as Value,
      Domain: pool.Domain,
      CustomDomain: pool.CustomDomain,
    },
    clients: Object.fromEntries(Object.keys(clients).sort().map(id => [id, clients[id]])),
    resourceServers: byId(resourceServers.map(plain), 'Identifier'),
    identityProviders: byId(identityProviders, 'ProviderName'),
    domains,
    brandings: byId(brandings, 'ClientId'),
    terms: terms.sort((a, b) => `${a.ClientId}/${a.TermsName}`.localeCompare(`${b.ClientId}/${b.TermsName}`)),
    sessions: byId(sessions, 'ClientId'),
    notes: [...notes.values()].sort(),
    notJudged: [...new Set([...notes.keys()].flatMap(operation => RULES_OF[operation]))].sort(),
  };
}

/** Runs `work` on every item, at most CONCURRENCY at once. */
async function eachLimited<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

/** The SDK's answer as JSON data: dates as ISO strings, bytes as base64 (as CloudFormation carries them). */
function plain(value: any): any {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(plain);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).filter(([k, v]) => v !== undefined && k !== '$metadata').map(([k, v]) => [k, plain(v)]));
  return value;
}
