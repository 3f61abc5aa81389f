/**
 * Whole processes, as users wait for them: each measurement is a fresh process tree, either the
 * real `cdk synth` running bench/process.js as its app or bench/process.js alone; the app loads
 * aws-cdk-lib (the newest release) and, for (3) and (4), the compiled library, builds N clients and
 * synthesizes to disk. Two configurations run as A and B in alternating order, pair after pair,
 * so machine noise hits both alike; each pair gives a CPU-time and a wall-time ratio.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const NEWEST = path.join(ROOT, 'test', 'integ', 'newest-cdk.js');

export type ProcessConfiguration = 'raw-l1' | 'raw-l1-wrapped' | 'l2-secret' | 'ours' | 'ours-no-checks';

export interface ProcessRun {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly peakRssMb: number;
}

/**
 * aws-cdk-lib's built-in CloudFormation validation (on unless `CDK_VALIDATION=false`): the same
 * for every configuration, it is most of the time of a small app, so ratios are shown both ways.
 */
export type CdkValidation = 'on' | 'off';

/**
 * How the app runs: `node` runs bench/process.js alone, as a test or script would; `cdk-synth`
 * runs it under the real `cdk synth` of the aws-cdk CLI, as users do (with the CLI's own
 * start-up, its context — path metadata and version reporting on — and its reading of the
 * cloud assembly). `--quiet` keeps the template off the terminal; notices and telemetry, which
 * need the network, are off.
 */
export type Runner = 'node' | 'cdk-synth';

const CDK_CLI = require.resolve('aws-cdk/bin/cdk');
const GNU_TIME = '/usr/bin/time';

/**
 * One whole process tree: CPU time (user + system of every process and thread, the CLI and the
 * app together) and the peak RSS of its largest process, as the OS counts them; wall time as we see it.
 */
export function runProcess(
  configuration: ProcessConfiguration, clients: number, stacks = 1, stages = 0, validation: CdkValidation = 'on', runner: Runner = 'node',
): ProcessRun {
  const env: NodeJS.ProcessEnv = { ...process.env, JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1', CDK_DISABLE_CLI_TELEMETRY: 'true' };
  delete env.CDK_VALIDATION;
  delete env.CDK_OUTDIR;
  delete env.CDK_CONTEXT_JSON;
  if (validation === 'off') env.CDK_VALIDATION = 'false';
  const app = [process.execPath, '-r', NEWEST, path.join(__dirname, 'process.js'), configuration, String(clients), String(stacks), String(stages)];
  const outdir = runner === 'cdk-synth' ? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-')) : undefined;
  const command = outdir === undefined ? app : [process.execPath, CDK_CLI, 'synth', '--app', app.join(' '), // no path here has a space
    '--output', outdir, '--quiet', '--no-notices'];
  try {
    return timed(command, env);
  } finally {
    if (outdir !== undefined) fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * Runs `command` as one whole process tree, counted by GNU time; `expectedStatus` is the exit
 * status it must end with (the command line exits 1 when it finds an error).
 */
export function timed(command: string[], env: NodeJS.ProcessEnv = process.env, expectedStatus = 0): ProcessRun {
  if (!fs.existsSync(GNU_TIME)) throw new Error(`the whole-process benchmark needs GNU time at ${GNU_TIME} (Debian package "time"); it was not found`);
  const start = process.hrtime.bigint();
  // GNU time reports the CPU time and peak RSS of the whole process tree it waited for.
  const child = spawnSync(GNU_TIME, ['-f', 'BENCH-TIME %U %S %M', ...command], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const time = /BENCH-TIME ([\d.]+) ([\d.]+) (\d+)/.exec(child.stderr);
  if (child.status !== expectedStatus || !time) throw new Error(`${command.join(' ')} failed (exit ${child.status}):\n${child.stdout}\n${child.stderr}`);
  return { cpuMs: (Number(time[1]) + Number(time[2])) * 1000, wallMs, peakRssMb: Number(time[3]) / 1024 };
}

export interface PairResult {
  readonly clients: number;
  readonly validation: CdkValidation;
  readonly runner: Runner;
  readonly a: ProcessConfiguration;
  readonly b: ProcessConfiguration;
  readonly pairs: number;
  /** Median CPU time of A and of B, in ms. */
  readonly cpuA: number;
  readonly cpuB: number;
  /** Median of the per-pair CPU-time ratios B / A, and their range. */
  readonly ratio: number;
  readonly ratioMin: number;
  readonly ratioMax: number;
  /** Median wall time of A and of B, in ms, and the median of the per-pair wall-time ratios B / A. */
  readonly wallA: number;
  readonly wallB: number;
  readonly wallRatio: number;
  /** Median peak RSS of A and of B, in MB. */
  readonly rssA: number;
  readonly rssB: number;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A and B alternating: pair i runs A first when i is even, B first when it is odd. */
export function alternate(
  a: ProcessConfiguration, b: ProcessConfiguration, clients: number, pairs: number, validation: CdkValidation = 'on', runner: Runner = 'node',
): PairResult {
  const run = (configuration: ProcessConfiguration) => runProcess(configuration, clients, 1, 0, validation, runner);
  run(a); // warms the file system cache for both
  run(b);
  const runsA: ProcessRun[] = [];
  const runsB: ProcessRun[] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      runsA.push(run(a));
      runsB.push(run(b));
    } else {
      runsB.push(run(b));
      runsA.push(run(a));
    }
  }
  const ratios = runsA.map((runA, i) => runsB[i].cpuMs / runA.cpuMs);
  const wallRatios = runsA.map((runA, i) => runsB[i].wallMs / runA.wallMs);
  return {
    clients,
    validation,
    runner,
    a,
    b,
    pairs,
    cpuA: median(runsA.map(r => r.cpuMs)),
    cpuB: median(runsB.map(r => r.cpuMs)),
    ratio: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
    wallA: median(runsA.map(r => r.wallMs)),
    wallB: median(runsB.map(r => r.wallMs)),
    wallRatio: median(wallRatios),
    rssA: median(runsA.map(r => r.peakRssMb)),
    rssB: median(runsB.map(r => r.peakRssMb)),
  };
}

export interface ScaleResult {
  readonly clients: number;
  readonly stacks: number;
  readonly stages: number;
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly peakRssMb: number;
}

/** The library at scale: N clients over `stacks` stacks inside `stages` Stages, median of `runs`. */
export function scale(clients: number, stacks: number, stages: number, runs: number): ScaleResult {
  const samples = Array.from({ length: runs }, () => runProcess('ours', clients, stacks, stages));
  return {
    clients,
    stacks,
    stages,
    cpuMs: median(samples.map(s => s.cpuMs)),
    wallMs: median(samples.map(s => s.wallMs)),
    peakRssMb: median(samples.map(s => s.peakRssMb)),
  };
}

if (require.main === module) {
  const [a, b, clients, pairs, validation, runner] = process.argv.slice(2);
  const result = alternate(a as ProcessConfiguration, b as ProcessConfiguration, Number(clients), Number(pairs ?? 5),
    (validation ?? 'on') as CdkValidation, (runner ?? 'node') as Runner);
  process.stdout.write(JSON.stringify(result) + '\n');
}
