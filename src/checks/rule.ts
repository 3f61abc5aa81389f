import { AppIndex, PoolFacts } from './app-index';
import { TemplateResource } from './model';
import { RuleInfo, RuleSeverity } from './rule-info';
import { Value } from './values';

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
  check(subject: ClientUnderCheck): string[];
}

/** A rule's description, and whether it needs the pool's complete facts. */
export interface RuleDefinition extends RuleInfo {
  readonly needsCompletePool?: boolean;
}

const NO_FINDINGS: string[] = [];

/** Builds a rule; the check returns its findings, `undefined`, or nothing. */
export function rule(info: RuleDefinition, check: (subject: ClientUnderCheck) => Array<string | undefined> | string | undefined): Rule {
  return {
    ...info,
    check: subject => {
      const result = check(subject);
      if (result === undefined) return NO_FINDINGS;
      if (typeof result === 'string') return [result];
      return result.filter((m): m is string => typeof m === 'string');
    },
  };
}

export const E = RuleSeverity.ERROR;
export const W = RuleSeverity.WARNING;
