import { IAspect } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { AppIndex } from './app-index';
import { ClientUnderCheck, Rule } from './rule';
import { RuleInfo, RuleSeverity } from './rule-info';
import { ALL_RULES } from './rules';
import { Annotations, Aspects, CfnResource, ResourceType } from '../private/cdk-core';

/** Node metadata type under which suppressions are recorded (it shows in the cloud assembly). */
const SUPPRESSION_METADATA = 'cdk-cognito-app-client:suppression';
/** Template metadata key that lists the suppressions applied to a client. */
const TEMPLATE_METADATA = 'cdk-cognito-app-client';

/**
 * Options of the checks.
 */
export interface UserPoolClientChecksProps {
  /**
   * Report warnings as errors, so that any finding fails `cdk synth`.
   * @default false
   */
  readonly strict?: boolean;
}

/** Marks instances of `UserPoolClientChecks`, whichever copy of the library made them. */
const CHECKS_MARKER = Symbol.for('cdk-cognito-app-client.UserPoolClientChecks');

/** A suppression of one rule, with its written reason. */
interface Suppression {
  readonly id: string;
  readonly reason: string;
}

/**
 * Checks every `AWS::Cognito::UserPoolClient` in the scope it is added to (L1, aws-cdk-lib's
 * `UserPoolClient`, `AppClient`) against the documented Cognito rules, as the client will be
 * synthesized, escape-hatch overrides included.
 *
 * Findings are CDK annotations on the client resource: errors fail `cdk synth`, warnings do not
 * (unless `strict`). Every message starts with the rule id, e.g. `[UPC11]`.
 *
 * Add it with `AspectPriority.READONLY` so it sees the tree after mutating aspects:
 * `Aspects.of(app).add(new UserPoolClientChecks(), { priority: AspectPriority.READONLY })`.
 * Every `AppClient` already checks itself; when checks are also added above it, only the
 * outermost one reports, so no finding is reported twice.
 */
export class UserPoolClientChecks implements IAspect {
  /**
   * The rules that are checked, in catalogue order.
   */
  public static rules(): RuleInfo[] {
    return ALL_RULES.map(r => ({ id: r.id, severity: r.severity, summary: r.summary, explanation: r.explanation, source: r.source }));
  }

  /**
   * Suppresses a rule for every client in `scope` and below. The reason is recorded in the
   * template metadata of each client it applies to.
   * @param scope the construct subtree to suppress the rule in
   * @param ruleId the rule id, e.g. `UPC14`
   * @param reason why the finding does not apply (required, not blank)
   */
  public static suppress(scope: IConstruct, ruleId: string, reason: string): void {
    if (!ALL_RULES.some(r => r.id === ruleId)) {
      throw new Error(`suppress: unknown rule id '${ruleId}'; allowed: ${ALL_RULES.map(r => r.id).join(', ')}`);
    }
    if (typeof reason !== 'string' || reason.trim().length === 0) {
      throw new Error(`suppress: a suppression of ${ruleId} needs a written reason (received ${JSON.stringify(reason)})`);
    }
    scope.node.addMetadata(SUPPRESSION_METADATA, { id: ruleId, reason: reason.trim() });
  }

  private readonly strict: boolean;

  constructor(props: UserPoolClientChecksProps = {}) {
    Object.defineProperty(this, CHECKS_MARKER, { value: true });
    this.strict = props.strict ?? false;
  }

  public visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node) || node.cfnResourceType !== ResourceType.USER_POOL_CLIENT) return;
    if (this.outermostChecks(node) !== this) return;

    const index = AppIndex.of(node);
    const client = index.rendering(node);
    if (!client) return; // the resource cannot be rendered; synthesis itself reports why
    const subject: ClientUnderCheck = { client, props: client.properties, pool: index.poolOf(client), index };
    const suppressions = suppressionsOf(node);
    const suppressed = new Set(suppressions.map(s => s.id));
    for (const rule of ALL_RULES) {
      if (suppressed.has(rule.id)) continue;
      let messages: string[];
      try {
        messages = rule.check(subject);
      } catch (e) {
        // A rule never stops synthesis by throwing; its failure is reported instead.
        Annotations.of(node).addWarningV2(warningId(rule), `[${rule.id}] could not be checked on this configuration (${(e as Error).message})`);
        continue;
      }
      for (const message of messages) this.report(node, rule, message);
    }
    if (suppressions.length > 0) {
      node.addMetadata(TEMPLATE_METADATA, { suppressions });
    }
  }

  /**
   * The checks added closest to the root above `node`: the one that reports for it. Recognized
   * by a marker rather than `instanceof`, so two copies of this library in one app agree.
   */
  private outermostChecks(node: IConstruct): IAspect | undefined {
    for (const scope of node.node.scopes) {
      const checks = Aspects.of(scope).all.find(a => (a as any)[CHECKS_MARKER] === true);
      if (checks) return checks;
    }
    return undefined;
  }

  private report(node: CfnResource, rule: Rule, message: string): void {
    const text = `[${rule.id}] ${message}`;
    if (rule.severity === RuleSeverity.ERROR || this.strict) {
      Annotations.of(node).addError(text);
    } else {
      Annotations.of(node).addWarningV2(warningId(rule), text);
    }
  }
}

function warningId(rule: Rule): string {
  return `cdk-cognito-app-client:${rule.id}`;
}

function suppressionsOf(node: IConstruct): Suppression[] {
  return node.node.scopes.flatMap(scope => scope.node.metadata
    .filter(entry => entry.type === SUPPRESSION_METADATA)
    .map(entry => entry.data as Suppression));
}
