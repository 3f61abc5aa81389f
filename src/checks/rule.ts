import { AppIndex, PoolFacts } from './app-index';
import { TemplateResource } from './model';
import { RuleInfo, RuleSeverity } from './rule-info';
import { Value } from './values';

/**
 * Who reads a finding: the author of a CDK app (construct props), of a plain CloudFormation
 * template (resources and properties), or the operator of a live client (Cognito's API: its
 * request fields, which are the template's property names). The front door knows; the rules do not.
 */
export type Audience = 'cdk' | 'template' | 'api';

/** A message in the words of each reader, where a CDK app, a template and the API fix it differently. */
export interface Wording {
  readonly cdk: string;
  readonly template: string;
  /** @default - the template's words */
  readonly api?: string;
}

/** A message whose fix differs by reader: `cdk` names construct props, `template` CloudFormation's, `api` Cognito's operations. */
export function inWords(cdk: string, template: string, api?: string): Wording {
  return { cdk, template, api };
}

/** What a rule sees of one client. */
export interface ClientUnderCheck {
  /** The client as synthesized. */
  readonly client: TemplateResource;
  /** Shorthand for `client.properties`. */
  readonly props: Record<string, Value>;
  /** The client's pool when the app defines it; `undefined` for an imported pool. */
  readonly pool?: PoolFacts;
  /** Every Cognito resource of the app. */
  readonly index: AppIndex;
}

/** A rule: its description and the check that returns one message per finding (without the id). */
export interface Rule extends RuleInfo {
  /**
   * The rule needs the pool's complete set of providers, domains, resource servers or schema:
   * when code that runs during the deployment may change the pool, it can only warn.
   */
  readonly needsCompletePool?: boolean;
  check(subject: ClientUnderCheck): Array<string | Wording>;
}

/** A rule's description, and whether it needs the pool's complete facts. */
export interface RuleDefinition extends RuleInfo {
  readonly needsCompletePool?: boolean;
}

const NO_FINDINGS: Array<string | Wording> = [];

/** Builds a rule; the check returns its findings, `undefined`, or nothing. */
export function rule(
  info: RuleDefinition, check: (subject: ClientUnderCheck) => Array<string | Wording | undefined> | string | Wording | undefined,
): Rule {
  return {
    ...info,
    check: subject => {
      const result = check(subject);
      if (result === undefined) return NO_FINDINGS;
      if (!Array.isArray(result)) return [result];
      return result.filter((m): m is string | Wording => m !== undefined);
    },
  };
}

/** A message as one reader reads it. */
export function wordsFor(message: string | Wording, audience: Audience): string {
  if (typeof message === 'string') return message;
  return audience === 'api' ? message.api ?? message.template : message[audience];
}

/** A rule's fix as one reader reads it. */
export function fixFor(info: RuleInfo, audience: Audience): string {
  return audience === 'cdk' ? info.explanation : info.templateFix ?? info.explanation;
}

export const E = RuleSeverity.ERROR;
export const W = RuleSeverity.WARNING;
