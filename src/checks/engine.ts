import { IConstruct } from 'constructs';
import { AppIndex } from './app-index';
import { Finding } from './finding';
import { StackTemplate, TemplateResource } from './model';
import { Audience, ClientUnderCheck, Rule, wordsFor } from './rule';
import { RuleSeverity } from './rule-info';
import { ALL_RULES } from './rules';
import { isObject, isUnresolved } from './values';
import { ResourceType, Validations } from '../private/cdk-core';

/**
 * The rule engine: judges each app client of one synthesis, as it deploys, against every rule.
 * It knows nothing of how it was asked (the Aspect, an `AppClient`, a validation plugin).
 */

/** The id of findings about what the checks could not judge; it is not a rule of the catalogue. */
export const NOT_JUDGED_ID = 'UPC00';

/** Node metadata type under which `UserPoolClientChecks.suppress` records a suppression. */
export const SUPPRESSION_METADATA = 'cdk-cognito-app-client:suppression';
/** The namespace of our rule ids in CDK's validation report and in `Validations.acknowledge`. */
export const PLUGIN_NAME = 'cdk-cognito-app-client';

/** The key of a client's template metadata that lists the suppressions applied to it. */
export const TEMPLATE_METADATA = 'cdk-cognito-app-client';

/** One construct metadata entry, by construct path, as a cloud assembly's manifest keeps it. */
export interface MetadataRecord {
  readonly path: string;
  readonly type: string;
  readonly data: unknown;
}

/** A suppression of one rule, with its written reason. */
export interface Suppression {
  readonly id: string;
  readonly reason: string;
}

/** A client to judge, and how: strict turns warnings into errors. */
export interface ClientToJudge {
  readonly client: TemplateResource;
  readonly strict: boolean;
  /** Whose words the messages use. @default 'cdk' */
  readonly audience?: Audience;
}

/**
 * Judges `clients`; suppressed findings are left out. Nothing is skipped in silence: a client,
 * a rule or a template that cannot be judged gets a `UPC00` finding saying why.
 */
export function judge(
  index: AppIndex, clients: readonly ClientToJudge[], suppressions: SuppressionIndex, unreadableStrict: boolean | undefined,
  rules: readonly Rule[] = ALL_RULES,
): Finding[] {
  const findings: Finding[] = [];
  if (unreadableStrict !== undefined) {
    for (const { templatePath, reason } of index.model.unreadable) {
      findings.push(notJudged(unreadableStrict, { path: templatePath, logicalId: undefined, templatePath },
        `the template ${templatePath} could not be read (${reason}); no client in it was checked`));
    }
  }
  for (const { client, strict, audience = 'cdk' } of clients) {
    const suppressed = suppressions.of(client.path);
    const report = (finding: Finding) => {
      if (!suppressed.has(finding.ruleId)) findings.push(finding);
    };
    if (client.rawProperties !== undefined && (!isObject(client.rawProperties) || isUnresolved(client.rawProperties))) {
      report(notJudged(strict, where(client), `Properties of ${client.logicalId} is not an object (received ${JSON.stringify(client.rawProperties)}), so no rule was applied: ${rules.map(r => r.id).join(', ')}`));
      continue;
    }
    const subject: ClientUnderCheck = { client, props: client.properties, pool: index.poolOf(client), index };
    const incomplete = index.incompletePoolReason(client);
    for (const rule of rules) {
      if (suppressed.has(rule.id)) continue;
      let messages: ReturnType<Rule['check']>;
      try {
        messages = rule.check(subject);
      } catch (e) {
        report(notJudged(strict, where(client), `rule ${rule.id} could not be applied to this client (${(e as Error).message})`));
        continue;
      }
      // What the app cannot know it must not assert: with the pool possibly changed elsewhere,
      // a rule that needs the whole pool only warns, and says why.
      const uncertain = rule.needsCompletePool && incomplete !== undefined;
      for (const message of messages) {
        report({
          ruleId: rule.id,
          severity: strict ? RuleSeverity.ERROR : uncertain ? RuleSeverity.WARNING : rule.severity,
          message: `[${rule.id}] ${wordsFor(message, audience)}${uncertain ? `; not certain: ${incomplete}` : ''}`,
          ...where(client),
        });
      }
    }
  }
  return findings;
}

/** The app clients of the templates in `stacks` (and of the stacks nested in them). */
export function clientsOf(index: AppIndex, stacks: ReadonlySet<string>): TemplateResource[] {
  const clients: TemplateResource[] = [];
  for (const resource of index.model.resources()) {
    if (resource.type === ResourceType.USER_POOL_CLIENT && stacks.has(outermost(resource.stack).templatePath)) clients.push(resource);
  }
  return clients;
}

function outermost(stack: StackTemplate): StackTemplate {
  let current = stack;
  while (current.parent) current = current.parent.stack;
  return current;
}

function where(client: TemplateResource): Pick<Finding, 'path' | 'logicalId' | 'templatePath'> {
  return { path: client.path, logicalId: client.logicalId, templatePath: client.stack.templatePath };
}

function notJudged(strict: boolean, at: Pick<Finding, 'path' | 'logicalId' | 'templatePath'>, message: string): Finding {
  return { ruleId: NOT_JUDGED_ID, severity: strict ? RuleSeverity.ERROR : RuleSeverity.WARNING, message: `[${NOT_JUDGED_ID}] ${message}`, ...at };
}

/**
 * The rules suppressed at each construct path: `UserPoolClientChecks.suppress`, and CDK's own
 * `Validations.of(scope).acknowledge({ id, reason })` with the id `cdk-cognito-app-client::UPC14`
 * (or `UPC14` alone, which CDK records as an annotation id).
 */
export class SuppressionIndex {
  public static of(root: IConstruct | undefined): SuppressionIndex {
    const index = new SuppressionIndex();
    for (const construct of root?.node.findAll() ?? []) {
      for (const entry of construct.node.metadata) index.record(construct.node.path, entry.type, entry.data);
    }
    return index;
  }

  /**
   * The suppressions recorded outside a construct tree: the metadata entries a cloud assembly's
   * manifest keeps by construct path, and the suppressions in each client's template metadata
   * (where `UserPoolClientChecks.suppress` writes them, and a plain template can state them).
   */
  public static fromRecords(entries: readonly MetadataRecord[], clients: readonly TemplateResource[]): SuppressionIndex {
    const index = new SuppressionIndex();
    for (const { path, type, data } of entries) index.record(path, type, data);
    for (const client of clients) {
      const recorded = client.metadata[TEMPLATE_METADATA];
      const suppressions = isObject(recorded) && Array.isArray(recorded.suppressions) ? recorded.suppressions : [];
      for (const suppression of suppressions) index.record(client.path, SUPPRESSION_METADATA, suppression);
    }
    return index;
  }

  private readonly byPath = new Map<string, Set<string>>();

  /** Records one metadata entry at `path`, when it suppresses one of our rules. */
  private record(path: string, type: string, data: unknown): void {
    if (type === SUPPRESSION_METADATA && isObject(data) && typeof data.id === 'string') {
      this.add(path, data.id);
    } else if (type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY && isObject(data)) {
      for (const id of Object.keys(data)) {
        const ruleId = ourRuleId(id);
        if (ruleId) this.add(path, ruleId);
      }
    }
  }

  /** The rule ids suppressed for a construct path (at it or any scope above it). */
  public of(path: string): ReadonlySet<string> {
    if (this.byPath.size === 0) return NONE;
    const ids = new Set<string>();
    const parts = path.split('/');
    for (let i = 0; i <= parts.length; i++) {
      this.byPath.get(parts.slice(0, i).join('/'))?.forEach(id => ids.add(id));
    }
    return ids;
  }

  private add(path: string, id: string): void {
    const ids = this.byPath.get(path) ?? new Set();
    ids.add(id);
    this.byPath.set(path, ids);
  }
}

const NONE: ReadonlySet<string> = new Set();

/** The rule id an acknowledgement names, when it is one of ours. */
function ourRuleId(id: string): string | undefined {
  const match = /^(?:(?:cdk-cognito-app-client|Annotation|annotation)::)?(UP[CLB]\d\d)$/.exec(id);
  return match ? match[1] : undefined;
}

/** Every suppression recorded at `construct` and the scopes above it. */
export function suppressionsAt(construct: IConstruct): Suppression[] {
  return construct.node.scopes.flatMap(scope => scope.node.metadata
    .filter(entry => entry.type === SUPPRESSION_METADATA)
    .map(entry => entry.data as Suppression));
}
