import { CfnElement } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { propertyOverride, render, RenderedResource } from './render';
import { isObject, knownString, Value } from './values';
import { CfnOutput, CfnResource, Reference, ResourceType, Stack, Tokenization } from '../private/cdk-core';

/** What the app defines for one user pool. */
export interface PoolFacts {
  readonly pool: RenderedResource;
  readonly resourceServers: RenderedResource[];
  readonly identityProviders: RenderedResource[];
  readonly domains: RenderedResource[];
  readonly clients: RenderedResource[];
}

const RELATED = new Set<string>([
  ResourceType.USER_POOL, ResourceType.USER_POOL_RESOURCE_SERVER, ResourceType.USER_POOL_IDENTITY_PROVIDER,
  ResourceType.USER_POOL_DOMAIN, ResourceType.USER_POOL_CLIENT,
]);

/**
 * Every Cognito resource of an app, grouped by user pool, built once per synthesis so that
 * checking N clients costs O(N) rather than O(N²).
 */
export class AppIndex {
  /**
   * The index of the app that `resource` belongs to. The index is built at the first check; a
   * resource it does not know was added after that (the app is synthesized again), so the
   * index is built again, with everything the app now holds.
   */
  public static of(resource: CfnResource): AppIndex {
    const root = resource.node.root;
    let index = AppIndex.cache.get(root);
    if (!index || !index.knownClients.has(resource)) {
      index = new AppIndex(root);
      AppIndex.cache.set(root, index);
    }
    return index;
  }

  private static readonly cache = new WeakMap<IConstruct, AppIndex>();

  private readonly pools = new Map<string, PoolFacts>();
  private readonly byKey = new Map<string, RenderedResource>();
  private readonly rendered = new Map<CfnResource, RenderedResource>();
  private readonly exposures = new Map<string, string[]>();
  private readonly stackKeys = new Map<Stack, string>();
  /** Every client resource of the app when the index was built, rendered or not. */
  private readonly knownClients = new Set<CfnResource>();

  private constructor(root: IConstruct) {
    const others: RenderedResource[] = [];
    for (const construct of root.node.findAll()) {
      if (construct instanceof CfnOutput) {
        this.scanForSecret(construct, `stack output ${Stack.of(construct).resolve(construct.logicalId)}`, Stack.of(construct).resolve(construct.value));
      } else if (CfnResource.isCfnResource(construct)) {
        this.indexResource(construct, others);
      }
    }
    for (const resource of others) {
      this.poolOf(resource)?.[listFor(resource.construct.cfnResourceType)].push(resource);
    }
  }

  /** The rendering of a Cognito resource of this app. */
  public rendering(resource: CfnResource): RenderedResource | undefined {
    return this.rendered.get(resource) ?? render(resource);
  }

  /** The pool a resource belongs to, when the app defines it; `undefined` for an imported pool. */
  public poolOf(resource: RenderedResource): PoolFacts | undefined {
    const userPoolId = resource.properties.UserPoolId;
    const target = this.referenced(resource.construct, userPoolId) ?? this.referencedFromAnotherStack(resource.construct, userPoolId);
    return target ? this.pools.get(this.keyOfRendered(target)) : undefined;
  }

  /** The resource a `{ Ref }` in `from`'s stack points at, when the app defines it. */
  public referenced(from: CfnElement, value: Value): RenderedResource | undefined {
    if (!isObject(value)) return undefined;
    const logicalId = knownString(value.Ref);
    return logicalId === undefined ? undefined : this.byKey.get(this.key(Stack.of(from), logicalId));
  }

  /**
   * Before cross-stack references are wired up, a pool of another stack renders as a `Ref` to
   * its logical id; the override or the L1 property still holds the reference token, which
   * names the target.
   */
  private referencedFromAnotherStack(from: CfnResource, value: Value): RenderedResource | undefined {
    const raw = propertyOverride(from, 'UserPoolId') ?? (from as { userPoolId?: unknown }).userPoolId;
    if (!isObject(value) || typeof raw !== 'string') return undefined;
    const token = Tokenization.reverseString(raw).firstToken;
    if (!(token instanceof Reference) || !CfnResource.isCfnResource(token.target)) return undefined;
    const target = this.rendered.get(token.target);
    return target && target.logicalId === value.Ref ? target : undefined;
  }

  /**
   * A name as CloudFormation will see it: a literal, a `Ref` to a resource server (its
   * identifier) or identity provider (its name) of the app, or a `Fn::Join` of those.
   */
  public evaluateName(from: CfnElement, value: Value): string | undefined {
    const literal = knownString(value);
    if (literal !== undefined) return literal;
    const target = this.referenced(from, value);
    if (target) {
      const type = target.construct.cfnResourceType;
      if (type === ResourceType.USER_POOL_RESOURCE_SERVER) return knownString(target.properties.Identifier);
      if (type === ResourceType.USER_POOL_IDENTITY_PROVIDER) return knownString(target.properties.ProviderName);
      return undefined;
    }
    if (!isObject(value) || !Array.isArray(value['Fn::Join'])) return undefined;
    const [delimiter, parts] = value['Fn::Join'] as Value[];
    if (typeof delimiter !== 'string' || !Array.isArray(parts)) return undefined;
    const names = parts.map(part => this.evaluateName(from, part));
    return names.every(n => n !== undefined) ? names.join(delimiter) : undefined;
  }

  /**
   * Whether CloudFormation creates `target` before `client`: an explicit `DependsOn`, or a
   * construct dependency (`node.addDependency`) of the client or one of its scopes.
   */
  public dependsOn(client: RenderedResource, target: RenderedResource): boolean {
    if (client.dependsOn.includes(target.logicalId)) return true;
    const targetScopes = new Set<IConstruct>(target.construct.node.scopes);
    return client.construct.node.scopes.some(scope => scope.node.dependencies.some(d => targetScopes.has(d)));
  }

  /** Where the secret of `client` appears in plain text (outputs, environment variables). */
  public secretExposures(client: RenderedResource): string[] {
    return this.exposures.size === 0 ? [] : this.exposures.get(this.keyOfRendered(client)) ?? [];
  }

  /** A key unique in the app: the stack and the logical id in it. */
  private key(stack: Stack, logicalId: string): string {
    let stackKey = this.stackKeys.get(stack);
    if (stackKey === undefined) {
      stackKey = stack.node.path;
      this.stackKeys.set(stack, stackKey);
    }
    return `${stackKey}|${logicalId}`;
  }

  private keyOfRendered(resource: RenderedResource): string {
    return this.key(Stack.of(resource.construct), resource.logicalId);
  }

  private indexResource(construct: CfnResource, others: RenderedResource[]): void {
    const type = construct.cfnResourceType;
    if (type === ResourceType.LAMBDA_FUNCTION) {
      const props = render(construct)?.properties;
      this.scanForSecret(construct, `environment of Lambda function ${construct.node.path}`, (props?.Environment as any)?.Variables);
    } else if (type === ResourceType.ECS_TASK_DEFINITION) {
      const props = render(construct)?.properties;
      this.scanForSecret(construct, `container environment of ${construct.node.path}`, props?.ContainerDefinitions);
    }
    if (!RELATED.has(type)) return;
    if (type === ResourceType.USER_POOL_CLIENT) this.knownClients.add(construct);
    const rendered = render(construct);
    if (!rendered) return;
    this.rendered.set(construct, rendered);
    // Only what a client names by `Ref` needs a key (computing a logical id hashes the path).
    if (type !== ResourceType.USER_POOL_CLIENT) this.byKey.set(this.keyOfRendered(rendered), rendered);
    if (type === ResourceType.USER_POOL) {
      this.pools.set(this.keyOfRendered(rendered), { pool: rendered, resourceServers: [], identityProviders: [], domains: [], clients: [] });
    } else {
      others.push(rendered);
    }
  }

  private scanForSecret(where: CfnElement, description: string, value: Value): void {
    const stack = Stack.of(where);
    const expose = (logicalId: string) => {
      const key = this.key(stack, logicalId);
      this.exposures.set(key, [...(this.exposures.get(key) ?? []), description]);
    };
    visit(value, node => {
      const getAtt = node['Fn::GetAtt'];
      if (Array.isArray(getAtt) && getAtt[1] === 'ClientSecret' && typeof getAtt[0] === 'string') expose(getAtt[0]);
      const sub = node['Fn::Sub'];
      const template = Array.isArray(sub) ? sub[0] : sub;
      if (typeof template === 'string') {
        for (const match of template.matchAll(/\$\{([\w-]+)\.ClientSecret\}/g)) expose(match[1]);
      }
    });
  }
}


function listFor(type: string): 'resourceServers' | 'identityProviders' | 'domains' | 'clients' {
  switch (type) {
    case ResourceType.USER_POOL_RESOURCE_SERVER: return 'resourceServers';
    case ResourceType.USER_POOL_IDENTITY_PROVIDER: return 'identityProviders';
    case ResourceType.USER_POOL_DOMAIN: return 'domains';
    default: return 'clients';
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
