import { AppModel, getAttOf, StackTemplate, TemplateResource } from './model';
import { isObject, knownString, Value } from './values';
import { ResourceType } from '../private/cdk-core';

/** What the app defines for one user pool. */
export interface PoolFacts {
  readonly pool: TemplateResource;
  readonly resourceServers: TemplateResource[];
  readonly identityProviders: TemplateResource[];
  readonly domains: TemplateResource[];
  readonly clients: TemplateResource[];
  /**
   * Resources other than Cognito's own types that receive the pool's id or ARN and may change it
   * (a custom resource that adds identity providers, a function): the app may not see the pool whole.
   */
  readonly actors: TemplateResource[];
}

/**
 * Resource types that receive a pool's id or ARN only to use or grant it, never to change the
 * pool: they do not make the app's view of the pool incomplete.
 */
const PASSIVE_TYPES = /^(AWS::Cognito::|AWS::IAM::|AWS::SecretsManager::Secret$|AWS::SSM::Parameter$|AWS::CloudWatch::|AWS::ApiGateway::Authorizer$|AWS::ApiGatewayV2::Authorizer$|AWS::ElasticLoadBalancingV2::|AWS::AppSync::GraphQLApi$|AWS::WAFv2::)/;

const POOL_MEMBERS: Record<string, keyof Omit<PoolFacts, 'pool'>> = {
  [ResourceType.USER_POOL_RESOURCE_SERVER]: 'resourceServers',
  [ResourceType.USER_POOL_IDENTITY_PROVIDER]: 'identityProviders',
  [ResourceType.USER_POOL_DOMAIN]: 'domains',
  [ResourceType.USER_POOL_CLIENT]: 'clients',
};

/** Resources tied to one client by their `ClientId`: its managed login branding and terms. */
export interface ClientAttachments {
  readonly brandings: TemplateResource[];
  readonly terms: TemplateResource[];
}

const NO_ATTACHMENTS: ClientAttachments = { brandings: [], terms: [] };

/** aws-cdk-lib's `UserPoolClient.userPoolClientSecret` reads the secret through this custom resource. */
const DESCRIBE_CLIENT_TYPE = 'Custom::DescribeCognitoUserPoolClient';

/**
 * Every Cognito resource of an app, grouped by user pool, and where client secrets are exposed;
 * built once per synthesis so that checking N clients costs O(N) rather than O(N²).
 */
export class AppIndex {
  private readonly pools = new Map<TemplateResource, PoolFacts>();
  private readonly poolOfMember = new Map<TemplateResource, PoolFacts>();
  private readonly exposures = new Map<TemplateResource, string[]>();
  private readonly attachments = new Map<TemplateResource, ClientAttachments>();

  constructor(public readonly model: AppModel) {
    const members: TemplateResource[] = [];
    for (const resource of model.resources()) {
      if (resource.type === ResourceType.MANAGED_LOGIN_BRANDING || resource.type === ResourceType.TERMS) {
        this.attach(resource);
      }
      if (resource.type === ResourceType.USER_POOL) {
        this.pools.set(resource, { pool: resource, resourceServers: [], identityProviders: [], domains: [], clients: [], actors: [] });
      } else if (resource.type in POOL_MEMBERS) {
        members.push(resource);
      }
      this.scanForSecrets(resource);
    }
    for (const resource of model.resources()) {
      if (PASSIVE_TYPES.test(resource.type)) continue;
      for (const pool of this.poolsNamedIn(resource)) pool.actors.push(resource);
    }
    for (const member of members) {
      const target = model.target(member.stack, member.properties.UserPoolId);
      const pool = target && this.pools.get(target);
      if (!pool) continue;
      pool[POOL_MEMBERS[member.type]].push(member);
      this.poolOfMember.set(member, pool);
    }
    for (const stack of model.stacks.values()) {
      for (const [name, output] of Object.entries(stack.outputs)) {
        if (isObject(output)) this.scanValue(stack, output.Value, `stack output ${name} of ${stack.name}`);
      }
    }
  }

  /** The pool a resource belongs to, when the app defines it; `undefined` for an imported pool. */
  public poolOf(resource: TemplateResource): PoolFacts | undefined {
    return this.poolOfMember.get(resource);
  }

  /**
   * Why the app may not see the pool of `client` whole, or `undefined` when it does: something
   * besides Cognito's own resource types may change the pool (it receives the pool's id or ARN),
   * or the client depends on such a resource.
   */
  public incompletePoolReason(client: TemplateResource): string | undefined {
    const actor = this.poolOf(client)?.actors[0];
    if (actor) return `${actor.path} (${actor.type}) receives the pool's id or ARN and may change the pool`;
    const dependency = client.dependsOn.map(id => client.stack.resources.get(id)).find(r => r && !PASSIVE_TYPES.test(r.type));
    return dependency ? `the client depends on ${dependency.path} (${dependency.type}), which may change the pool` : undefined;
  }

  /**
   * A name as CloudFormation will see it: a literal, a reference to a resource server (its
   * identifier) or identity provider (its name) of the app, or a `Fn::Join` of those.
   */
  public evaluateName(from: TemplateResource, value: Value): string | undefined {
    return this.evaluate(from.stack, value);
  }

  /**
   * Whether CloudFormation creates `target` before `client`: a `DependsOn` (construct
   * dependencies are rendered as one), or a dependency between their stacks.
   */
  public dependsOn(client: TemplateResource, target: TemplateResource): boolean {
    if (client.stack === target.stack) return client.dependsOn.includes(target.logicalId);
    const clientStack = client.stack.construct;
    const targetStack = target.stack.construct;
    return !!clientStack && !!targetStack && clientStack.dependencies.includes(targetStack);
  }

  /** The managed login branding styles and terms documents whose `ClientId` names `client`. */
  public attachmentsOf(client: TemplateResource): ClientAttachments {
    return this.attachments.get(client) ?? NO_ATTACHMENTS;
  }

  /** The app's pool a resource's `UserPoolId` names, when the app defines it. */
  public poolNamedBy(resource: TemplateResource): PoolFacts | undefined {
    const target = this.model.target(resource.stack, resource.properties.UserPoolId);
    return target && this.pools.get(target);
  }

  /** Where the secret of `client` appears in plain text (outputs, environment variables). */
  public secretExposures(client: TemplateResource): string[] {
    return this.exposures.get(client) ?? [];
  }

  private evaluate(stack: StackTemplate, value: Value, depth = 0): string | undefined {
    const literal = knownString(value);
    if (literal !== undefined) return literal;
    if (!isObject(value) || depth > 20) return undefined;
    if (Array.isArray(value['Fn::Join'])) {
      const [delimiter, parts] = value['Fn::Join'] as Value[];
      if (typeof delimiter !== 'string' || !Array.isArray(parts)) return undefined;
      const names = parts.map(part => this.evaluate(stack, part, depth + 1));
      return names.every(n => n !== undefined) ? names.join(delimiter) : undefined;
    }
    const next = this.model.follow(stack, value);
    if (!next) return undefined;
    if ('stack' in next) return this.evaluate(next.stack, next.value, depth + 1);
    // A resource's Ref: its identifier for a resource server, its name for an identity provider.
    if (next.resource.type === ResourceType.USER_POOL_RESOURCE_SERVER) return knownString(next.resource.properties.Identifier);
    if (next.resource.type === ResourceType.USER_POOL_IDENTITY_PROVIDER) return knownString(next.resource.properties.ProviderName);
    return undefined;
  }

  /** The app's pools whose id or ARN a resource's properties name (followed across templates). */
  private poolsNamedIn(resource: TemplateResource): Set<PoolFacts> {
    const named = new Set<PoolFacts>();
    visit(resource.properties, node => {
      const getAtt = getAttOf(node);
      const target = getAtt ? resource.stack.resources.get(getAtt.logicalId)
        : node.Ref !== undefined || node['Fn::ImportValue'] !== undefined ? this.model.target(resource.stack, node) : undefined;
      const pool = target && this.pools.get(target);
      if (pool) named.add(pool);
    });
    return named;
  }

  private attach(resource: TemplateResource): void {
    const client = this.model.target(resource.stack, resource.properties.ClientId);
    if (client?.type !== ResourceType.USER_POOL_CLIENT) return;
    const attached = this.attachments.get(client) ?? { brandings: [], terms: [] };
    (resource.type === ResourceType.TERMS ? attached.terms : attached.brandings).push(resource);
    this.attachments.set(client, attached);
  }

  private scanForSecrets(resource: TemplateResource): void {
    if (resource.type === ResourceType.LAMBDA_FUNCTION) {
      const environment = resource.properties.Environment;
      this.scanValue(resource.stack, isObject(environment) ? environment.Variables : undefined, `environment of Lambda function ${resource.path}`);
    } else if (resource.type === ResourceType.ECS_TASK_DEFINITION) {
      this.scanValue(resource.stack, resource.properties.ContainerDefinitions, `container environment of ${resource.path}`);
    }
  }

  /** Records every client whose secret `value` holds, followed through parameters and imports. */
  private scanValue(stack: StackTemplate, value: Value, where: string, depth = 0): void {
    if (depth > 20) return;
    visit(value, node => {
      const getAtt = getAttOf(node);
      if (getAtt) this.exposeSecretOf(stack.resources.get(getAtt.logicalId), getAtt.attribute, where);
      const sub = node['Fn::Sub'];
      const template = Array.isArray(sub) ? sub[0] : sub;
      if (typeof template === 'string') {
        for (const match of template.matchAll(/\$\{([\w-]+)\.(ClientSecret|UserPoolClient\.ClientSecret)\}/g)) {
          this.exposeSecretOf(stack.resources.get(match[1]), match[2], where);
        }
      }
      if (!getAtt && (node.Ref !== undefined || node['Fn::ImportValue'] !== undefined)) {
        const next = this.model.follow(stack, node);
        if (next && 'stack' in next) this.scanValue(next.stack, next.value, where, depth + 1);
      }
    });
  }

  private exposeSecretOf(resource: TemplateResource | undefined, attribute: string, where: string): void {
    let client: TemplateResource | undefined;
    if (resource?.type === ResourceType.USER_POOL_CLIENT && attribute === 'ClientSecret') {
      client = resource;
    } else if (resource?.type === DESCRIBE_CLIENT_TYPE && attribute === 'UserPoolClient.ClientSecret') {
      // The custom resource's request names the client by `Ref` inside its JSON.
      visit(resource.properties, node => {
        const named = typeof node.Ref === 'string' ? resource.stack.resources.get(node.Ref) : undefined;
        if (named?.type === ResourceType.USER_POOL_CLIENT) client = named;
      });
    }
    if (client) this.exposures.set(client, [...(this.exposures.get(client) ?? []), where]);
  }
}

function visit(value: Value, onObject: (node: Record<string, Value>) => void): void {
  if (Array.isArray(value)) {
    value.forEach(v => visit(v, onObject));
  } else if (isObject(value)) {
    onObject(value);
    Object.values(value).forEach(v => visit(v, onObject));
  }
}
