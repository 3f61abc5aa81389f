/**
 * The benchmark (`make bench`): synthesizes stacks of N clients for each configuration, each
 * (configuration, N) in a process of its own with several repetitions; then (1), (2) and (3) at
 * N = 450 side by side in one process, round after round, for the time targets. Writes
 * bench/results.md (embedded in the README) and bench/results/latest.json.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Configuration, CONFIGURATIONS, WARM_UP } from './scenario';
import { alternate, CdkValidation, median, PairResult, ProcessConfiguration, Runner, scale, ScaleResult } from './whole-process';

const SIZES = [1, 10, 100, 450];
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 7);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const SIDE_BY_SIDE: Configuration[] = ['raw-l1', 'l2-secret', 'ours'];
const LARGEST = SIZES[SIZES.length - 1];
const STACK_LIMIT = 500;
/** Whole processes: A/B pairs per size, and the library at scale over 20 stacks in 4 Stages. */
const PAIRS = Number(process.env.BENCH_PAIRS ?? 7);
const SCALE_SIZES = [500, 1000, 2500, 5000];
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
const CLI_VERSION = `aws-cdk ${JSON.parse(fs.readFileSync(require.resolve('aws-cdk/package.json'), 'utf8')).version}`;

const LABELS: Record<Configuration | ProcessConfiguration, string> = {
  'raw-l1': '(1) raw `CfnUserPoolClient`',
  'raw-l1-wrapped': '(0) = (1) inside a plain construct, as child `Resource`',
  'l2-secret': '(2) aws-cdk-lib `UserPoolClient`, secret read',
  'ours': '(3) `MachineToMachineClient`, secret read, checks on',
  'ours-no-checks': '(4) = (3) with checks off',
  'ours-secrets-manager': '(5) = (3) with Secrets Manager storage',
};

interface Sample {
  configuration: Configuration;
  clients: number;
  times: number[];
  processMs: number;
  peakRssMb: number;
  resources: number;
  lambdas: number;
  roles: number;
  customResources: number;
  templateBytes: number;
  clientProperties: Record<string, unknown>;
}

function runScenario(args: string[]): any {
  // The newest aws-cdk-lib, as users install it (test/integ/newest-cdk.js maps every import to it).
  const newest = path.join(__dirname, '..', 'test', 'integ', 'newest-cdk.js');
  const child = spawnSync(process.execPath, ['--expose-gc', '-r', newest, '-r', 'ts-node/register/transpile-only', path.join(__dirname, 'scenario.ts'), ...args], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1' },
  });
  if (child.status !== 0) throw new Error(`scenario ${args.join(' ')} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!);
}

function measure(configuration: Configuration, clients: number): Sample {
  const start = process.hrtime.bigint();
  const sample = runScenario(['separate', configuration, String(clients), String(REPETITIONS)]);
  return { ...sample, processMs: Number(process.hrtime.bigint() - start) / 1e6 };
}

const fixed = (x: number, digits = 0) => x.toFixed(digits);

function main(): void {
  const samples: Sample[] = [];
  for (const clients of SIZES) {
    for (const configuration of CONFIGURATIONS) {
      const sample = measure(configuration, clients);
      samples.push(sample);
      process.stderr.write(`${configuration} N=${clients}: median ${fixed(median(sample.times), 1)} ms\n`);
    }
  }
  const get = (c: Configuration, n: number) => samples.find(s => s.configuration === c && s.clients === n)!;
  const together: { times: Record<Configuration, number[]> } = runScenario(['side-by-side', SIDE_BY_SIDE.join(','), String(LARGEST), String(ROUNDS)]);
  /** The median over rounds of `a`'s time divided by `b`'s in the same round. */
  const ratio = (a: Configuration, b: Configuration) => median(together.times[a].map((ms, round) => ms / together.times[b][round]));

  // Footprint per client and the largest stack: resources(N) = shared + perClient * N.
  const footprint = (c: Configuration) => {
    const small = get(c, 1);
    const large = get(c, 100);
    const perClient = (large.resources - small.resources) / 99;
    const shared = small.resources - perClient;
    return {
      perClient,
      bytesPerClient: (large.templateBytes - small.templateBytes) / 99,
      largestN: Math.floor((STACK_LIMIT - shared) / perClient),
      extra: `${large.lambdas} Lambda, ${large.roles} role, ${large.customResources} custom resources at N=100`,
    };
  };

  const rows = CONFIGURATIONS.flatMap(c => SIZES.map(n => {
    const s = get(c, n);
    const m = median(s.times);
    return `| ${LABELS[c]} | ${n} | ${fixed(m, 1)} | ${fixed(Math.min(...s.times), 1)}–${fixed(Math.max(...s.times), 1)} | ${fixed(s.processMs)} | ${fixed(s.peakRssMb)} | ${s.resources} |`;
  }));
  const footprints = CONFIGURATIONS.map(c => {
    const f = footprint(c);
    return `| ${LABELS[c]} | ${fixed(f.perClient, 2)} | ${fixed(f.bytesPerClient)} | ${f.largestN} | ${f.extra} |`;
  });

  const t = (c: Configuration, n: number) => median(get(c, n).times);
  const sideBySideRows = SIDE_BY_SIDE.map(c => {
    const times = together.times[c];
    return `| ${LABELS[c]} | ${fixed(median(times), 1)} | ${fixed(Math.min(...times), 1)}–${fixed(Math.max(...times), 1)} | ${c === 'raw-l1' ? '1.00' : fixed(ratio(c, 'raw-l1'), 2)}× |`;
  });
  const growth = (c: Configuration) => (t(c, 450) - t(c, 1)) / (t(c, 100) - t(c, 1));
  const sameProps = JSON.stringify({ ...get('raw-l1', 1).clientProperties, ClientName: 0 }) === JSON.stringify({ ...get('ours', 1).clientProperties, ClientName: 0 });
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  const oursFoot = footprint('ours');
  const storedFoot = footprint('ours-secrets-manager');
  const targets = [
    `| (3) faster than (2) at N = ${LARGEST}, side by side | (3) takes ${fixed(ratio('ours', 'l2-secret'), 2)}× the time of (2) | ${verdict(ratio('ours', 'l2-secret') < 1)} |`,
    `| (3) within 1.25× of (1) at N = ${LARGEST}, side by side | ${fixed(ratio('ours', 'raw-l1'), 2)}× | ${verdict(ratio('ours', 'raw-l1') <= 1.25)} |`,
    `| one resource per client in (3), one more in (5), no Lambda, role or custom resource | ${fixed(oursFoot.perClient, 2)} and ${fixed(storedFoot.perClient, 2)}; ${get('ours', 100).lambdas + get('ours', 100).roles + get('ours', 100).customResources + get('ours-secrets-manager', 100).lambdas + get('ours-secrets-manager', 100).roles + get('ours-secrets-manager', 100).customResources} of those | ${verdict(oursFoot.perClient === 1 && storedFoot.perClient === 2 && get('ours', 100).lambdas + get('ours-secrets-manager', 100).lambdas + get('ours', 100).customResources + get('ours-secrets-manager', 100).customResources + get('ours', 100).roles + get('ours-secrets-manager', 100).roles === 0)} |`,
    `| linear growth: (t450 − t1) / (t100 − t1) < 5 for (3) | ${fixed(growth('ours'), 2)} | ${verdict(growth('ours') < 5)} |`,
    `| (1) has the same client properties as (3) | ${sameProps ? 'identical' : 'different'} | ${verdict(sameProps)} |`,
  ];

  // Whole processes, A and B alternating: under the real `cdk synth` (as users run it) and as the
  // app process alone; with aws-cdk-lib's built-in validation on (its default) and off
  // (`CDK_VALIDATION=false`), since that validation costs the same for every configuration.
  const pairs: PairResult[] = [];
  const pair = (a: ProcessConfiguration, b: ProcessConfiguration, clients: number, validation: CdkValidation, runner: Runner) => {
    const result = alternate(a, b, clients, PAIRS, validation, runner);
    process.stderr.write(`${runner}: ${a} vs ${b} N=${clients} validation ${validation}: CPU ${fixed(result.ratio, 2)}x, wall ${fixed(result.wallRatio, 2)}x\n`);
    pairs.push(result);
    return result;
  };
  const judged = (runner: Runner, validation: CdkValidation) => ({
    vsRaw: SIZES.map(n => pair('raw-l1', 'ours', n, validation, runner)),
    vsL2: pair('l2-secret', 'ours', LARGEST, validation, runner),
    rawVsL2: pair('l2-secret', 'raw-l1', LARGEST, validation, runner),
  });
  const cli = { on: judged('cdk-synth', 'on'), off: judged('cdk-synth', 'off') };
  const app = { on: judged('node', 'on'), off: judged('node', 'off') };
  // Where the library's time goes, app process alone: one construct level, the construct, the checks.
  pair('raw-l1', 'raw-l1-wrapped', LARGEST, 'off', 'node');
  pair('raw-l1-wrapped', 'ours-no-checks', LARGEST, 'off', 'node');
  pair('ours-no-checks', 'ours', LARGEST, 'off', 'node');
  const atScale: ScaleResult[] = SCALE_SIZES.map(n => scale(n, 20, 4, SCALE_RUNS));
  const short = (c: ProcessConfiguration) => LABELS[c].slice(0, 3);
  const pairRow = (r: PairResult) => `| ${r.runner === 'node' ? 'app alone' : '`cdk synth`'} | ${r.validation} | ${r.clients} | ${short(r.a)} ${fixed(r.cpuA)} | ${short(r.b)} ${fixed(r.cpuB)} | ${fixed(r.ratio, 2)}× | ${fixed(r.ratioMin, 2)}–${fixed(r.ratioMax, 2)} | ${fixed(r.wallA)} / ${fixed(r.wallB)} | ${fixed(r.wallRatio, 2)}× | ${fixed(r.rssA)} / ${fixed(r.rssB)} |`;
  /** CPU per client added since the previous size: flat when growth is linear. */
  const perClient = (i: number) => (atScale[i].cpuMs - atScale[i - 1].cpuMs) / (atScale[i].clients - atScale[i - 1].clients);
  const scaleRows = atScale.map((r, i) => `| ${r.clients} | ${fixed(r.cpuMs)} | ${fixed(r.wallMs)} | ${i === 0 ? '–' : fixed(perClient(i), 2)} | ${fixed(r.peakRssMb)} |`);
  const lastSlope = perClient(atScale.length - 1);
  const firstSlope = perClient(1);
  // A target on time holds for both CPU time and wall time (what a user waits for on this machine).
  const both = (r: PairResult) => `${fixed(r.ratio, 2)}× / ${fixed(r.wallRatio, 2)}×`;
  const ratios = (rs: PairResult[]) => `CPU / wall: ${rs.map(both).join(', ')}`;
  const worst = (rs: PairResult[]) => Math.max(...rs.flatMap(r => [r.ratio, r.wallRatio]));
  for (const [how, runs] of [['`cdk synth`', cli], ['app process alone', app]] as const) {
    for (const validation of ['on', 'off'] as const) {
      const { vsRaw, vsL2, rawVsL2 } = runs[validation];
      const named = `${how}, CDK validation ${validation}${validation === 'on' ? ' (its default)' : ''}`;
      targets.push(
        `| ${named}: (3) within 1.10× of (1) at N = ${SIZES.join(', ')} | ${ratios(vsRaw)} | ${verdict(worst(vsRaw) <= 1.10)} |`,
        `| ${named}: (3) at most 0.5× of (2) at N = ${LARGEST} | CPU / wall: ${both(vsL2)} (raw L1 (1) itself: ${both(rawVsL2)}) | ${verdict(worst([vsL2]) <= 0.5)} |`,
      );
    }
  }
  targets.push(
    `| app process alone: linear growth to 5,000 clients over 20 stacks in Stages (CPU per added client from 2,500 to 5,000 within 1.5× of that from 500 to 1,000) | ${fixed(firstSlope, 2)} → ${fixed(lastSlope, 2)} ms per client | ${verdict(lastSlope <= 1.5 * firstSlope)} |`,
  );

  const cdkVersion = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'node_modules', 'aws-cdk-lib-newest', 'package.json'), 'utf8')).version;
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${fixed(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, aws-cdk-lib ${cdkVersion}`;
  const md = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${REPETITIONS} repetitions per row after ${WARM_UP} warm-up runs, each row one process.`,
    "**In-process, warm** (this table and the side-by-side one): synth time is measured inside the process from `new App()` to the end of `synth()`, after the warm-up runs; no `cdk synth` is ever warm, so these compare the configurations' own work only. The whole-process column covers Node start-up, module loading and every run of the row.",
    '',
    '| Configuration | N | synth median (ms) | min–max (ms) | whole process, all runs (ms) | peak RSS (MB) | resources |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '| Configuration | resources per client | template bytes per client | largest N in one stack (500 resources) | custom-resource machinery |',
    '|---|---|---|---|---|',
    ...footprints,
    '',
    `Side by side at N = ${LARGEST}: ${SIDE_BY_SIDE.map(c => LABELS[c].slice(0, 3)).join(', ')} take turns in one process for ${ROUNDS} rounds (after ${WARM_UP} warm-up rounds), each round starting with the next configuration; the ratio is the median over rounds of the two times in the same round, so that machine noise hits both alike.`,
    '',
    '| Configuration | synth median (ms) | min–max (ms) | median ratio to (1) in the same round |',
    '|---|---|---|---|',
    ...sideBySideRows,
    '',
    `**Whole processes, as users wait for them**: each measurement is a fresh process tree. "\`cdk synth\`" runs the real aws-cdk CLI (${CLI_VERSION}, \`cdk synth --quiet --no-notices\`, telemetry off), which starts bench/process.js as its app with the CLI's context (path metadata and version reporting on) and reads the cloud assembly back; "app alone" runs bench/process.js by itself, as a test or script would. The app loads aws-cdk-lib and, for (3) and (4), the compiled library, builds N clients with their secrets read and synthesizes the cloud assembly to disk (plain JavaScript). A and B alternate, ${PAIRS} pairs after a warm-up pair, the first of each pair taking turns; CPU time is user + system of the whole process tree (every thread and child process, as GNU \`time\` counts it), so it can exceed the wall time on this 2-core machine; each ratio is the median of the per-pair ratios B / A. "CDK validation" is aws-cdk-lib's built-in CloudFormation validation, on by default and off with \`CDK_VALIDATION=false\`; this library's checks are on in (3) either way. (0) is (1) with each client inside a plain construct as child \`Resource\`, the shape of every L2 and L3: the floor for a construct library.`,
    '',
    '| run | CDK validation | N | A: CPU median (ms) | B: CPU median (ms) | B / A, CPU | range over pairs | wall median A / B (ms) | B / A, wall | peak RSS A / B (MB) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...pairs.map(pairRow),
    '',
    `(3) at scale: N clients over 20 stacks in 4 Stages, one process each, median of ${SCALE_RUNS}.`,
    '',
    '| N | CPU (ms) | wall (ms) | CPU per client added since the row above (ms) | peak RSS (MB) |',
    '|---|---|---|---|---|',
    ...scaleRows,
    '',
    '| Target | measured | |',
    '|---|---|---|',
    ...targets,
  ].join('\n');
  fs.writeFileSync(path.join(__dirname, 'results.md'), `${md}\n`);
  fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'results', 'latest.json'), JSON.stringify({ machine, samples: samples.map(({ clientProperties: _p, ...s }) => s), sideBySide: together, wholeProcess: { pairs, atScale } }, null, 1));
  process.stdout.write(`${md}\n`);
}

main();
