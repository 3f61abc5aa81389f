/** How a finding is reported. */
export enum RuleSeverity {
  /** Cognito or CloudFormation rejects the client, or the documentation says it must not be: synth fails. */
  ERROR = 'error',
  /** A likely mistake or a weaker configuration: reported, synth goes on (unless strict). */
  WARNING = 'warning',
}

/** The description of one rule of the catalogue. */
export interface RuleInfo {
  /** The stable id, e.g. `UPC11`; every finding starts with it in brackets. */
  readonly id: string;
  /** How findings of the rule are reported. */
  readonly severity: RuleSeverity;
  /** What the rule requires, in one line. */
  readonly summary: string;
  /** Why it matters and what to do instead. */
  readonly explanation: string;
  /** Where the rule comes from: MODEL, DOC, OBS, 3P or BEST PRACTICE. */
  readonly source: string;
}
