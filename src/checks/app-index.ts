import { AppModel, getAttOf, StackTemplate, TemplateResource } from './model';
import { isObject, knownString, literalText, Value } from './values';
import { ResourceType } from '../private/cdk-core';

/** What the app defines for one user pool. */
export interface PoolFacts {
  readonly pool: TemplateResource;
  readonly resourceServers: TemplateResource[];
  readonly identityProviders: TemplateResource[];
  readonly domains: TemplateResource[];
  readonly clients: TemplateResource[];
  /**
   * Code that runs during the deployment and receives the pool's id or ARN (a custom resource, a
   * template the app does not synthesize): the app may not see the pool whole.
   */
  readonly actors: PoolActor[];
}

/** Something that may change a pool while the stack deploys, and why. */
export interface PoolActor {
  readonly resource: TemplateResource;
  /** Why it may change the pool, naming the resource. */
  readonly reason: string;
}

/** Custom resources: the only code of a template that runs during its deployment. */
const CUSTOM_RESOURCE = /^(Custom::.+|AWS::CloudFormation::CustomResource)$/;
/** Resources that deploy a template of their own; a nested stack's template may be in the app. */
const OWN_TEMPLATE = /^(AWS::CloudFormation::Stack|AWS::CloudFormation::StackSet|AWS::Serverless::Application)$/;
/** Code a custom resource's `ServiceToken` may lead to, directly or through another (the Provider framework). */
const CODE = /^(AWS::Lambda::Function|AWS::Serverless::Function|AWS::StepFunctions::StateMachine)$/;
/** An AwsCustomResource's calls, each a JSON string with the SDK action it makes. */
const SDK_CALLS = ['Create', 'Update', 'Delete'];
const READ_ONLY_ACTION = /^(describe|get|list)/i;
/** How far a chain of functions is followed from a custom resource (the Provider framework needs 3). */
const MAX_CODE_FOLLOWED = 20;

const POOL_MEMBERS: Record<string, keyof Omit<PoolFacts, 'pool' | 'actors'>> = {
  [ResourceType.USER_POOL_RESOURCE_SERVER]: 'resourceServers',
  [ResourceType.USER_POOL_IDENTITY_PROVIDER]: 'identityProviders',
  [ResourceType.USER_POOL_DOMAIN]: 'domains',
  [ResourceType.USER_POOL_CLIENT]: 'clients',
};

/** Resources tied to one client by their `ClientId`: its managed login branding, terms and session configuration. */
export interface ClientAttachments {
  readonly brandings: TemplateResource[];
  readonly terms: TemplateResource[];
  readonly sessions: TemplateResource[];
}

/**
 * The resource types tied to one client that the checks judge, and where each is kept. The
 * other `AWS::Cognito::*` types with a `ClientId` are listed, with the reason, in
 * spec/unsupported-client-resource-types.json.
 */
export const CLIENT_ATTACHMENT_TYPES: Record<string, keyof ClientAttachments> = {
  [ResourceType.MANAGED_LOGIN_BRANDING]: 'brandings',
  [ResourceType.TERMS]: 'terms',
  [ResourceType.CLIENT_SESSION_CONFIGURATION]: 'sessions',
};

const NO_ATTACHMENTS: ClientAttachments = { brandings: [], terms: [], sessions: [] };

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
  /** The nested-stack resources whose templates the app synthesizes (the checks read them whole). */
  private readonly synthesizedTemplates = new Set<TemplateResource>();

  constructor(public readonly model: AppModel) {
    const members: TemplateResource[] = [];
    for (const resource of model.resources()) {
      if (resource.type in CLIENT_ATTACHMENT_TYPES) this.attach(resource);
      if (resource.type === ResourceType.USER_POOL) {
        this.pools.set(resource, { pool: resource, resourceServers: [], identityProviders: [], domains: [], clients: [], actors: [] });
      } else if (resource.type in POOL_MEMBERS) {
        members.push(resource);
      }
      this.scanForSecrets(resource);
    }
    for (const stack of model.stacks.values()) {
      if (stack.parent) this.synthesizedTemplates.add(stack.parent);
    }
    for (const resource of model.resources()) this.recordActor(resource);
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
   * Why the app may not see the pool of `client` whole, or `undefined` when it does: code that runs
   * during the deployment receives the pool's id or ARN (see `recordActor`), or the client depends
   * on such code (the order says it prepares something for the client).
   */
  public incompletePoolReason(client: TemplateResource): string | undefined {
    const actor = this.poolOf(client)?.actors[0];
    if (actor) return actor.reason;
    const dependency = client.dependsOn.map(id => client.stack.resources.get(id)).find(r => r && this.runsDuringDeployment(r));
    return dependency ? `the client depends on ${describe(dependency)}, which runs during the deployment and may change the pool` : undefined;
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

  /** The managed login branding styles, terms documents and session configurations whose `ClientId` names `client`. */
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

  /**
   * Records `resource` as an actor on the pools it may change while the stack deploys. Only code
   * that runs then can change a pool before its clients are created: a custom resource that
   * receives the pool's id or ARN, in its own properties or in the code its `ServiceToken` invokes
   * (followed through the Provider framework's functions to the user's handler), and a template the
   * app does not synthesize. A function with the pool id in its environment (a backend, a trigger),
   * a trigger's permission, an output or a nested stack the app synthesizes change nothing then.
   */
  private recordActor(resource: TemplateResource): void {
    if (!this.runsDuringDeployment(resource)) return;
    const add = (pools: Set<PoolFacts>, reason: string) => {
      for (const pool of pools) {
        if (!pool.actors.some(actor => actor.resource === resource)) pool.actors.push({ resource, reason });
      }
    };
    if (OWN_TEMPLATE.test(resource.type)) {
      add(this.poolsNamedIn(resource), `${describe(resource)} receives the pool's id or ARN and deploys a template the app does not synthesize, which may change the pool`);
      return;
    }
    add(this.poolsNamedIn(resource), `${describe(resource)} receives the pool's id or ARN and runs during the deployment, so it may change the pool`);
    for (const code of this.codeInvokedBy(resource)) {
      add(this.poolsNamedIn(code), `${describe(resource)} runs ${describe(code)} during the deployment, which receives the pool's id or ARN and may change the pool`);
    }
  }

  /** A custom resource that does more than read, or a template of its own that the app does not synthesize. */
  private runsDuringDeployment(resource: TemplateResource): boolean {
    if (OWN_TEMPLATE.test(resource.type)) return !this.synthesizedTemplates.has(resource);
    return CUSTOM_RESOURCE.test(resource.type) && !onlyReads(resource);
  }

  /** The functions and state machines a custom resource's `ServiceToken` leads to, and those they name in turn. */
  private codeInvokedBy(customResource: TemplateResource): TemplateResource[] {
    const found: TemplateResource[] = [];
    const queue = this.codeNamedIn(customResource.stack, customResource.properties.ServiceToken);
    for (let code = queue.shift(); code && found.length < MAX_CODE_FOLLOWED; code = queue.shift()) {
      if (found.includes(code)) continue;
      found.push(code);
      queue.push(...this.codeNamedIn(code.stack, code.properties));
    }
    return found;
  }

  /** The functions and state machines a value names (`Fn::GetAtt`, `Ref`), followed across templates. */
  private codeNamedIn(stack: StackTemplate, value: Value, depth = 0): TemplateResource[] {
    const named: TemplateResource[] = [];
    visit(value, node => {
      const getAtt = getAttOf(node);
      let target: TemplateResource | undefined;
      if (getAtt && !getAtt.attribute.startsWith('Outputs.')) {
        target = stack.resources.get(getAtt.logicalId);
      } else if (getAtt || node.Ref !== undefined || node['Fn::ImportValue'] !== undefined) {
        const next = this.model.follow(stack, node);
        if (next && 'resource' in next) target = next.resource;
        else if (next && depth < 20) named.push(...this.codeNamedIn(next.stack, next.value, depth + 1));
      }
      if (target && CODE.test(target.type)) named.push(target);
    });
    return named;
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
    const attached = this.attachments.get(client) ?? { brandings: [], terms: [], sessions: [] };
    attached[CLIENT_ATTACHMENT_TYPES[resource.type]].push(resource);
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

/** How findings name a resource: its construct path and type. */
function describe(resource: TemplateResource): string {
  return `${resource.path} (${resource.type})`;
}

/**
 * An AwsCustomResource whose every call only reads (Describe*, Get*, List*): aws-cdk-lib's reader
 * of a client secret, for one. Its calls are JSON strings, partly joined from references.
 */
function onlyReads(resource: TemplateResource): boolean {
  const calls = SDK_CALLS.map(key => resource.properties[key]).filter(call => call !== undefined);
  return calls.length > 0 && calls.every(call => {
    const action = /"action":"(\w+)"/.exec(literalText(call))?.[1];
    return action !== undefined && READ_ONLY_ACTION.test(action);
  });
}

function visit(value: Value, onObject: (node: Record<string, Value>) => void): void {
  if (Array.isArray(value)) {
    value.forEach(v => visit(v, onObject));
  } else if (isObject(value)) {
    onObject(value);
    Object.values(value).forEach(v => visit(v, onObject));
  }
}
