import { IAspect, IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { NOT_JUDGED_ID, PLUGIN_NAME, SUPPRESSION_METADATA, suppressionsAt, TEMPLATE_METADATA } from './engine';
import { Finding } from './finding';
import { lastFindings, registerChecks, registeredStrictness, validate } from './plugin';
import { RuleInfo } from './rule-info';
import { ALL_RULES } from './rules';
import { Aspects, CfnResource, ResourceType } from '../private/cdk-core';


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

/**
 * Checks every `AWS::Cognito::UserPoolClient` in the scope it is added to (L1, aws-cdk-lib's
 * `UserPoolClient`, `AppClient`) against the documented Cognito rules, as the client deploys:
 * the synthesized template, after every Aspect, override and cross-stack reference.
 *
 * Add it as an Aspect — `Aspects.of(app).add(new UserPoolClientChecks())` covers every client in
 * every Stage and nested stack of the app — or register it as a CDK validation plugin:
 * `Validations.of(app).addPlugins(new UserPoolClientChecks())`. Either way CDK runs it after
 * synthesis, prints its report, and fails `cdk synth` on an error (on a warning too when
 * `strict`). Every message starts with the rule id, e.g. `[UPC11]`; `UPC00` says what the checks
 * could not judge. Every `AppClient` already checks itself; no finding is reported twice.
 */
export class UserPoolClientChecks implements IAspect, IPolicyValidationPlugin {
  /**
   * The rules that are checked, in catalogue order.
   */
  public static rules(): RuleInfo[] {
    return ALL_RULES.map(r => ({ id: r.id, severity: r.severity, summary: r.summary, explanation: r.explanation, source: r.source }));
  }

  /**
   * The findings of the last synthesis of `scope`'s app, for the clients in `scope`.
   *
   * For unit tests: synthesize (which throws when a finding is an error), then assert on them.
   * @param scope the app, or any construct below it
   */
  public static findings(scope: IConstruct): Finding[] {
    return lastFindings(scope);
  }

  /**
   * Suppresses a rule for every client in `scope` and below. The reason is recorded in the
   * template metadata of each client it applies to. CDK's own
   * `Validations.of(scope).acknowledge({ id: 'cdk-cognito-app-client::UPC14', reason })` is honoured too.
   * @param scope the construct subtree to suppress the rule in
   * @param ruleId the rule id, e.g. `UPC14` (or `UPC00`, what the checks could not judge)
   * @param reason why the finding does not apply (required, not blank)
   */
  public static suppress(scope: IConstruct, ruleId: string, reason: string): void {
    const known = [NOT_JUDGED_ID, ...ALL_RULES.map(r => r.id)];
    if (!known.includes(ruleId)) {
      throw new Error(`suppress: unknown rule id '${ruleId}'; allowed: ${known.join(', ')}`);
    }
    if (typeof reason !== 'string' || reason.trim().length === 0) {
      throw new Error(`suppress: a suppression of ${ruleId} needs a written reason (received ${JSON.stringify(reason)})`);
    }
    scope.node.addMetadata(SUPPRESSION_METADATA, { id: ruleId, reason: reason.trim() });
    Aspects.of(scope).add(RECORD_SUPPRESSIONS);
  }

  /** The name of the plugin in CDK's validation report, and the namespace of its rule ids. */
  public readonly name: string = PLUGIN_NAME;

  /** The rule ids the plugin evaluates. */
  public readonly ruleIds?: string[] = ALL_RULES.map(r => r.id);

  private readonly strict: boolean;
  /** The scopes this Aspect registered: a visit below one of them needs no work. */
  private readonly registered = new WeakSet<IConstruct>();

  constructor(props: UserPoolClientChecksProps = {}) {
    this.strict = props.strict ?? false;
  }

  /**
   * Registers the checks for the scope the Aspect was added to (the first construct it visits).
   */
  public visit(node: IConstruct): void {
    const parent = node.node.scope;
    if (parent && this.registered.has(parent)) {
      this.registered.add(node);
      return;
    }
    this.registered.add(node);
    registerChecks(node, this.strict);
  }

  /**
   * Judges the clients of the templates CDK passes, when used as a validation plugin. Clients in
   * a scope that an Aspect or an `AppClient` registered are reported by that registration instead.
   */
  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    return validate(this, context,
      (clientPath, registrations) => registeredStrictness(clientPath, registrations) === undefined ? this.strict : undefined,
      registrations => registrations.size === 0);
  }
}

/** Writes the suppressions that apply to a client into its template metadata. */
const RECORD_SUPPRESSIONS: IAspect = {
  visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node) || node.cfnResourceType !== ResourceType.USER_POOL_CLIENT) return;
    node.addMetadata(TEMPLATE_METADATA, { suppressions: suppressionsAt(node) });
  },
};
