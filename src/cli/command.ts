import * as fs from 'fs';
import { addSnapshot, Inputs, InputError, noInputs, readInputs } from './inputs';
import { LiveReadError, PoolSnapshot, readPool, regionOfPoolId } from './live-pool';
import { CheckOutcome, jsonReport, packageVersion, sarifReport, textReport } from './report';
import { AppIndex } from '../checks/app-index';
import { MODEL_FIELDS } from '../checks/cognito-model/generated';
import { clientsOf, judge, SuppressionIndex } from '../checks/engine';
import { AppModel } from '../checks/model';
import { Audience } from '../checks/rule';

/** The fields of an \`UpdateUserPoolClient\` request, from Cognito's API model. */
const UPDATE_FIELDS = Object.keys(MODEL_FIELDS).filter(f => /^UpdateUserPoolClient\.\w+$/.test(f)).map(f => f.slice('UpdateUserPoolClient.'.length));
import { RuleSeverity } from '../checks/rule-info';

/**
 * `cdk-cognito-app-client check PATH...`: the checks of `cdk synth`, on templates and cloud
 * assemblies from anywhere (another job, another CDK language, plain CloudFormation or SAM).
 */

export const USAGE = `usage: cdk-cognito-app-client check PATH... [--format text|json|sarif] [--strict]
       cdk-cognito-app-client check --user-pool-id ID [--region R] [--profile P] [--save FILE] [PATH...]
       cdk-cognito-app-client check --update-input CLIENT_ID (--user-pool-id ID | SNAPSHOT)

Checks every Cognito app client in PATH against the documented Cognito rules, as cdk synth does.
PATH is a template (.json, .yaml, .yml, .template), a cloud assembly folder (cdk.out), a live pool's
snapshot (--save), or what \`aws cognito-idp describe-user-pool-client\` prints; several paths are one
app (a pool in one template, its clients in another).

  --format text|json|sarif   the report (default: text)
  --strict                   report warnings as errors
  --user-pool-id ID          read a live pool and its clients through the Cognito API (read-only
                             calls; the AWS CLI's credentials, AWS_ENDPOINT_URL* honoured)
  --region R                 the pool's Region, where its id does not name it
  --profile P                a profile of the shared AWS config and credentials files
  --save FILE                write what the live read saw (no secrets) for \`check FILE\` later
  --update-input CLIENT_ID   print the client's complete settings as input for
                             \`aws cognito-idp update-user-pool-client --cli-input-json\`
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
export function check(paths: readonly string[], strict: boolean, inputs: Inputs = readInputs(paths)): CheckOutcome {
  const index = new AppIndex(AppModel.fromSources(inputs.sources));
  const clients = clientsOf(index, new Set(inputs.stacks));
  // A cloud assembly comes from a CDK app: its reader fixes construct props. A plain template's
  // reader fixes CloudFormation resources and properties.
  const audienceOf = (templatePath: string): Audience => inputs.fromAssembly.has(templatePath) ? 'cdk' : inputs.fromCognito.has(templatePath) ? 'api' : 'template';
  const findings = judge(index, clients.map(client => ({ client, strict, audience: audienceOf(client.stack.templatePath) })),
    SuppressionIndex.fromRecords(inputs.records, clients), undefined);
  return {
    findings,
    clients: clients.length,
    templates: inputs.sources.length - inputs.snapshots.size,
    pools: inputs.snapshots.size,
    audience: inputs.fromAssembly.size > 0 ? 'cdk' : inputs.fromCognito.size === inputs.sources.length ? 'api' : 'template',
    notes: inputs.notes,
  };
}

/** Where a live pool is read, and with what. */
export interface LiveOptions {
  readonly userPoolId: string;
  readonly region?: string;
  readonly profile?: string;
}

/** Reads a live pool with the AWS SDK (bundled with the command), as the AWS CLI would authenticate. */
export async function readLivePool(options: LiveOptions, calls?: Map<string, number>): Promise<PoolSnapshot> {
  const region = options.region ?? regionOfPoolId(options.userPoolId);
  if (!region) throw new InputError(`--user-pool-id ${options.userPoolId} names no Region; give --region`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk: typeof import('@aws-sdk/client-cognito-identity-provider') = require('./aws-sdk');
  // Adaptive retries: throttled calls are retried and the client slows its rate; a failing call gives up within seconds.
  const cognito = new sdk.CognitoIdentityProviderClient({ region, profile: options.profile, maxAttempts: 5, retryMode: 'adaptive' });
  try {
    return await readPool(cognito, sdk, options.userPoolId, region, calls);
  } finally {
    cognito.destroy();
  }
}

/** A live pool's name in reports, in place of a template file. */
export function livePoolLabel(snapshot: PoolSnapshot): string {
  return `cognito-idp:${snapshot.region}:${String(snapshot.userPool.Id)}`;
}

/**
 * The client's complete settings as \`UpdateUserPoolClient\` input: every field of the request that
 * its description has, so that an update changes what the operator edits and resets nothing.
 */
export function updateInput(snapshot: PoolSnapshot, clientId: string): Record<string, unknown> {
  const client = snapshot.clients[clientId];
  if (!client) throw new InputError(`--update-input ${clientId}: no such client in user pool ${String(snapshot.userPool.Id)} (clients: ${Object.keys(snapshot.clients).join(', ') || 'none'})`);
  const input: Record<string, unknown> = {};
  for (const field of UPDATE_FIELDS) {
    const value = field === 'UserPoolId' ? snapshot.userPool.Id : client[field];
    if (value !== undefined && value !== null) input[field] = value;
  }
  return input;
}

/** The command line, parsed. */
interface Invocation {
  readonly paths: string[];
  readonly format: string;
  readonly strict: boolean;
  readonly live?: LiveOptions;
  readonly save?: string;
  readonly updateInput?: string;
}

const VALUE_OPTIONS = ['--format', '--user-pool-id', '--region', '--profile', '--save', '--update-input'];

/** The parsed command line, or the result to print for `--help`, `--version` or bad usage. */
function parse(args: readonly string[]): Invocation | CommandResult {
  const usageError = (reason: string) => ({ status: 2, stdout: '', stderr: `cdk-cognito-app-client: ${reason}\n\n${USAGE}` });
  if (args.includes('--help') || args.includes('-h')) return { status: 0, stdout: USAGE, stderr: '' };
  if (args.includes('--version')) return { status: 0, stdout: `${packageVersion()}\n`, stderr: '' };
  const [command, ...rest] = args;
  if (command !== 'check') return usageError(command === undefined ? 'no command given' : `unknown command '${command}'`);
  const paths: string[] = [];
  const values = new Map<string, string>();
  let strict = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const option = VALUE_OPTIONS.find(o => arg === o || arg.startsWith(`${o}=`));
    if (arg === '--strict') {
      strict = true;
    } else if (option) {
      const value = arg === option ? rest[++i] : arg.slice(option.length + 1);
      if (value === undefined || value === '') return usageError(`${option} needs a value (received nothing)`);
      values.set(option, value);
    } else if (arg.startsWith('-') && arg !== '-') {
      return usageError(`unknown option '${arg}'`);
    } else {
      paths.push(arg);
    }
  }
  const format = values.get('--format') ?? 'text';
  if (!(format in FORMATS)) return usageError(`--format must be one of ${Object.keys(FORMATS).join(', ')} (received '${format}')`);
  const userPoolId = values.get('--user-pool-id');
  for (const needsPool of ['--region', '--profile', '--save']) {
    if (values.has(needsPool) && !userPoolId) return usageError(`${needsPool} reads a live pool: give --user-pool-id too`);
  }
  if (paths.length === 0 && !userPoolId) return usageError('no PATH given');
  const clientToUpdate = values.get('--update-input');
  if (clientToUpdate && (userPoolId ? paths.length > 0 : paths.length !== 1)) {
    return usageError('--update-input reads one client: give --user-pool-id, or one snapshot file, and no other path');
  }
  return {
    paths,
    format,
    strict,
    save: values.get('--save'),
    updateInput: clientToUpdate,
    live: userPoolId ? { userPoolId, region: values.get('--region'), profile: values.get('--profile') } : undefined,
  };
}

/** Runs the command line `args` (without the program name); a live pool needs `runCommandAsync`. */
export function runCommand(args: readonly string[]): CommandResult {
  const invocation = parse(args);
  if (!('paths' in invocation)) return invocation;
  if (invocation.live) return { status: 2, stdout: '', stderr: 'cdk-cognito-app-client: --user-pool-id needs the asynchronous command (runCommandAsync)\n' };
  return guarded(() => finish(invocation, readInputs(invocation.paths)));
}

/** Runs the command line `args`, reading a live pool where `--user-pool-id` asks for one. */
export async function runCommandAsync(args: readonly string[]): Promise<CommandResult> {
  const invocation = parse(args);
  if (!('paths' in invocation)) return invocation;
  if (!invocation.live) return runCommand(args);
  let snapshot: PoolSnapshot;
  try {
    snapshot = await readLivePool(invocation.live);
  } catch (e) {
    if (e instanceof InputError || e instanceof LiveReadError) return { status: 2, stdout: '', stderr: `cdk-cognito-app-client: ${e.message}\n` };
    throw e;
  }
  if (invocation.save) fs.writeFileSync(invocation.save, `${JSON.stringify(snapshot, null, 2)}\n`);
  return guarded(() => {
    const inputs = noInputs();
    addSnapshot(inputs, snapshot, livePoolLabel(snapshot));
    return finish(invocation, readInputs(invocation.paths, inputs));
  });
}

/** The report, or the update input, of what was read. */
function finish(invocation: Invocation, inputs: Inputs): CommandResult {
  if (invocation.updateInput) {
    const [snapshot] = inputs.snapshots.values();
    if (!snapshot) throw new InputError(`--update-input ${invocation.updateInput}: ${invocation.paths[0]} is not a live pool's snapshot (check --user-pool-id ID --save FILE writes one)`);
    return { status: 0, stdout: `${JSON.stringify(updateInput(snapshot, invocation.updateInput), null, 2)}\n`, stderr: '' };
  }
  const outcome = check(invocation.paths, invocation.strict, inputs);
  const failed = outcome.findings.some(f => f.severity === RuleSeverity.ERROR);
  return { status: failed ? 1 : 0, stdout: FORMATS[invocation.format](outcome), stderr: '' };
}

/** An unreadable input is exit status 2 with its reason. */
function guarded(run: () => CommandResult): CommandResult {
  try {
    return run();
  } catch (e) {
    if (e instanceof InputError) return { status: 2, stdout: '', stderr: `cdk-cognito-app-client: ${e.message}\n` };
    throw e;
  }
}
