import { RuleSeverity } from './rule-info';

/**
 * One finding of the checks on one app client, as reported in CDK's validation report.
 */
export interface Finding {
  /** The rule id, e.g. `UPC12`; `UPC00` when the checks could not judge something. */
  readonly ruleId: string;
  /** How it is reported: an error fails `cdk synth` (strict checks report every finding as an error). */
  readonly severity: RuleSeverity;
  /** The message, starting with the rule id in brackets: property, value received and what is allowed. */
  readonly message: string;
  /** The construct path of the client resource (e.g. `MyStack/Web/Resource`), or of the template that could not be read. */
  readonly path: string;
  /**
   * The client's logical id in its template.
   * @default - no resource: the finding is about a whole template
   */
  readonly logicalId?: string;
  /** The absolute path of the synthesized template that holds the client. */
  readonly templatePath: string;
}
