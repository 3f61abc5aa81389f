import { readInputs, InputError } from './inputs';
import { CheckOutcome, jsonReport, packageVersion, sarifReport, textReport } from './report';
import { AppIndex } from '../checks/app-index';
import { clientsOf, judge, SuppressionIndex } from '../checks/engine';
import { AppModel } from '../checks/model';
import { Audience } from '../checks/rule';
import { RuleSeverity } from '../checks/rule-info';

/**
 * `cdk-cognito-app-client check PATH...`: the checks of `cdk synth`, on templates and cloud
 * assemblies from anywhere (another job, another CDK language, plain CloudFormation or SAM).
 */

export const USAGE = `usage: cdk-cognito-app-client check PATH... [--format text|json|sarif] [--strict]

Checks every Cognito app client in PATH against the documented Cognito rules, as cdk synth does.
PATH is a template (.json, .yaml, .yml, .template) or a cloud assembly folder (cdk.out); several
paths are one app (a pool in one template, its clients in another).

  --format text|json|sarif   the report (default: text)
  --strict                   report warnings as errors
  --help, --version

Exit status: 0 no error, 1 errors found, 2 bad usage or an unreadable input.
`;

const FORMATS: Record<string, (outcome: CheckOutcome) => string> = { text: textReport, json: jsonReport, sarif: sarifReport };

/** What the command prints and its exit status. */
export interface CommandResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Judges the clients of the templates at `paths`, as the validation plugin judges a synthesis. */
export function check(paths: readonly string[], strict: boolean): CheckOutcome {
  const inputs = readInputs(paths);
  const index = new AppIndex(AppModel.fromSources(inputs.sources));
  const clients = clientsOf(index, new Set(inputs.stacks));
  // A cloud assembly comes from a CDK app: its reader fixes construct props. A plain template's
  // reader fixes CloudFormation resources and properties.
  const audienceOf = (templatePath: string): Audience => inputs.fromAssembly.has(templatePath) ? 'cdk' : 'template';
  const findings = judge(index, clients.map(client => ({ client, strict, audience: audienceOf(client.stack.templatePath) })),
    SuppressionIndex.fromRecords(inputs.records, clients), undefined);
  return { findings, clients: clients.length, templates: inputs.sources.length, audience: inputs.fromAssembly.size > 0 ? 'cdk' : 'template' };
}

/** Runs the command line `args` (without the program name). */
export function runCommand(args: readonly string[]): CommandResult {
  const usageError = (reason: string) => ({ status: 2, stdout: '', stderr: `cdk-cognito-app-client: ${reason}\n\n${USAGE}` });
  if (args.includes('--help') || args.includes('-h')) return { status: 0, stdout: USAGE, stderr: '' };
  if (args.includes('--version')) return { status: 0, stdout: `${packageVersion()}\n`, stderr: '' };
  const [command, ...rest] = args;
  if (command !== 'check') return usageError(command === undefined ? 'no command given' : `unknown command '${command}'`);
  const paths: string[] = [];
  let format = 'text';
  let strict = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--strict') {
      strict = true;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value === undefined || !(value in FORMATS)) return usageError(`--format must be one of ${Object.keys(FORMATS).join(', ')} (received ${value === undefined ? 'nothing' : `'${value}'`})`);
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return usageError(`unknown option '${arg}'`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) return usageError('no PATH given');
  let outcome: CheckOutcome;
  try {
    outcome = check(paths, strict);
  } catch (e) {
    if (e instanceof InputError) return { status: 2, stdout: '', stderr: `cdk-cognito-app-client: ${e.message}\n` };
    throw e;
  }
  const failed = outcome.findings.some(f => f.severity === RuleSeverity.ERROR);
  return { status: failed ? 1 : 0, stdout: FORMATS[format](outcome), stderr: '' };
}
