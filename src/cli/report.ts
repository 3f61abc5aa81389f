import * as fs from 'fs';
import * as path from 'path';
import { relative } from './inputs';
import { NOT_JUDGED_ID } from '../checks/engine';
import { Finding } from '../checks/finding';
import { Audience, fixFor } from '../checks/rule';
import { RuleInfo, RuleSeverity } from '../checks/rule-info';
import { ALL_RULES } from '../checks/rules';

/** The three outputs of the command: for people, for scripts, and for code-scanning services. */

/** What one run judged. */
export interface CheckOutcome {
  readonly findings: Finding[];
  readonly clients: number;
  /** Templates and cloud-assembly stacks read (nested ones included). */
  readonly templates: number;
  /** Live pools and snapshots of them read. */
  readonly pools: number;
  /**
   * Whose words the fixes use: a CDK app's when any input is a cloud assembly, Cognito's API for
   * live pools alone, CloudFormation's otherwise. (Each message speaks to its own client's reader.)
   */
  readonly audience: Audience;
  /** What a live read or a snapshot could not read, and so was not judged. */
  readonly notes: readonly string[];
}

const HOME = 'https://github.com/cdk-cognito-app-client/cdk-cognito-app-client';
const NOT_JUDGED_RULE: RuleInfo = {
  id: NOT_JUDGED_ID,
  severity: RuleSeverity.WARNING,
  summary: 'something could not be judged',
  explanation: 'The message says what and why; no rule was applied to it. Make the value known at synth, or suppress UPC00 with a reason.',
  templateFix: 'The message says what and why; no rule was applied to it. Make the value known in the template, or suppress UPC00 with a reason in the client\'s Metadata.',
  source: 'this project',
};
const RULES = [NOT_JUDGED_RULE, ...ALL_RULES];
const RULE_BY_ID = new Map(RULES.map(r => [r.id, r]));

function fixOf(ruleId: string, audience: Audience): string {
  const info = RULE_BY_ID.get(ruleId);
  return info ? fixFor(info, audience) : '';
}

/** The finding's file, line (of its resource, when found) and construct path. */
interface Located {
  readonly finding: Finding;
  readonly file: string;
  readonly line?: number;
}

function locate(findings: readonly Finding[]): Located[] {
  const texts = new Map<string, string[]>();
  return findings.map(finding => {
    // A live pool has no file (its label names it); a snapshot file has its clients keyed by id.
    if (!finding.logicalId || !fs.existsSync(finding.templatePath)) return { finding, file: relative(finding.templatePath) };
    let lines = texts.get(finding.templatePath);
    if (!lines) {
      lines = fs.readFileSync(finding.templatePath, 'utf8').split('\n');
      texts.set(finding.templatePath, lines);
    }
    const key = new RegExp(`^\\s*["']?${finding.logicalId.replace(/[^\w]/g, '\\$&')}["']?\\s*:`);
    const index = lines.findIndex(line => key.test(line));
    return { finding, file: relative(finding.templatePath), line: index < 0 ? undefined : index + 1 };
  });
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** `error UPC11 file:line path (logicalId)`, the message, and the fix; then a summary. */
export function textReport(outcome: CheckOutcome): string {
  const lines = locate(outcome.findings).flatMap(({ finding, file, line }) => [
    `${finding.severity} ${finding.ruleId} ${file}${line ? `:${line}` : ''}${finding.logicalId ? ` ${finding.path} (${finding.logicalId})` : ''}`,
    `  ${finding.message}`,
    `  fix: ${fixOf(finding.ruleId, outcome.audience)}`,
  ]);
  const errors = outcome.findings.filter(f => f.severity === RuleSeverity.ERROR).length;
  const warnings = outcome.findings.length - errors;
  lines.push(...outcome.notes.map(note => `note: ${note}`));
  const where = [outcome.templates > 0 || outcome.pools === 0 ? count(outcome.templates, 'template') : undefined, outcome.pools > 0 ? count(outcome.pools, 'user pool') : undefined];
  const judged = `${count(outcome.clients, 'client')} in ${where.filter(w => w !== undefined).join(' and ')}`;
  lines.push(outcome.findings.length === 0 ? `no findings: ${judged}` : `${count(errors, 'error')}, ${count(warnings, 'warning')}: ${judged}`);
  return `${lines.join('\n')}\n`;
}

/** The findings and what was judged, as JSON. */
export function jsonReport(outcome: CheckOutcome): string {
  const findings = locate(outcome.findings).map(({ finding, file, line }) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file,
    line,
    logicalId: finding.logicalId,
    constructPath: finding.logicalId ? finding.path : undefined,
    fix: fixOf(finding.ruleId, outcome.audience),
  }));
  return `${JSON.stringify({ findings, clients: outcome.clients, templates: outcome.templates, userPools: outcome.pools, notes: outcome.notes }, null, 2)}\n`;
}

/** SARIF 2.1.0, as cfn-lint writes it and code-scanning services read it. */
export function sarifReport(outcome: CheckOutcome): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'cdk-cognito-app-client',
          version: packageVersion(),
          informationUri: HOME,
          rules: RULES.map(r => ({
            id: r.id,
            shortDescription: { text: r.summary },
            fullDescription: { text: fixFor(r, outcome.audience) },
            help: { text: `${fixFor(r, outcome.audience)} Source: ${r.source}` },
            helpUri: `${HOME}/blob/main/docs/rules.md`,
            defaultConfiguration: { level: r.severity === RuleSeverity.ERROR ? 'error' : 'warning' },
          })),
        },
      },
      invocations: [{
        executionSuccessful: true,
        toolExecutionNotifications: outcome.notes.map(note => ({ level: 'warning', message: { text: note } })),
      }],
      results: locate(outcome.findings).map(({ finding, file, line }) => ({
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId),
        level: finding.severity === RuleSeverity.ERROR ? 'error' : 'warning',
        message: { text: finding.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: file.split(path.sep).join('/') },
            ...line ? { region: { startLine: line } } : {},
          },
          ...finding.logicalId ? { logicalLocations: [{ name: finding.logicalId, fullyQualifiedName: finding.path, kind: 'resource' }] } : {},
        }],
      })),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** The version of the installed package. */
export function packageVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
}
