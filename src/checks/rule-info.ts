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
  /** Why it matters and what to do instead, in the words of a CDK app (construct props). */
  readonly explanation: string;
  /**
   * What to do instead in CloudFormation's words (resources, properties, `DependsOn`, template
   * metadata), for a plain template or a live client: where `explanation` names a CDK API.
   * @default - the explanation, which names no CDK API
   */
  readonly templateFix?: string;
  /** Where the rule comes from: MODEL, DOC, OBS, 3P or BEST PRACTICE. */
  readonly source: string;
}
