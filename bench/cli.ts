/**
 * The command line's benchmark (`npx projen bench:cli`): how long `cdk-cognito-app-client check`
 * takes on a 450-client cloud assembly and on the real-world corpus, beside the `cdk synth` of that
 * assembly. Whole processes, counted by GNU time; the command runs from the compiled package (lib/),
 * as `npx` runs it. Writes bench/cli-results.md (embedded in the README).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { median, ProcessRun, runProcess, timed } from './whole-process';
import { corpusTemplate } from '../test/corpus/template';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CLIENTS = 450;
const ROOT = path.join(__dirname, '..');
const CHECK = [process.execPath, path.join(ROOT, 'lib', 'cli', 'main.js'), 'check'];
const NEWEST = path.join(ROOT, 'test', 'integ', 'newest-cdk.js');

interface Row {
  readonly what: string;
  readonly runs: ProcessRun[];
}

/** The corpus entries as plain templates, one file each (as CloudFormation users keep them). */
function corpusTemplates(dir: string): string[] {
  const corpus = path.join(ROOT, 'test', 'corpus');
  return fs.readdirSync(corpus).filter(f => f.endsWith('.json')).flatMap(file =>
    (JSON.parse(fs.readFileSync(path.join(corpus, file), 'utf8')) as any[]).map((entry, i) => {
      const target = path.join(dir, `${file.replace(/\.json$/, '')}-${i + 1}.json`);
      fs.writeFileSync(target, JSON.stringify(corpusTemplate(entry)));
      return target;
    }));
}

function main(): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-'));
  try {
    // The assembly of the benchmark's app: 450 MachineToMachineClients on one pool (bench/process.js).
    const assembly = path.join(work, 'assembly');
    timed([process.execPath, '-r', NEWEST, path.join(__dirname, 'process.js'), 'ours', String(CLIENTS)], { ...process.env, CDK_OUTDIR: assembly });
    const templates = corpusTemplates(fs.mkdtempSync(path.join(work, 'corpus-')));
    const rows: Row[] = [
      { what: `\`cdk synth\` of the app, ${CLIENTS} clients (checks included)`, runs: [] },
      { what: `\`check\` of its cloud assembly, ${CLIENTS} clients`, runs: [] },
      { what: `\`check\` of the corpus, ${templates.length} templates in one run`, runs: [] },
    ];
    const measure = () => [
      () => runProcess('ours', CLIENTS, 1, 0, 'on', 'cdk-synth'),
      () => timed([...CHECK, assembly]),
      // The corpus holds rejected clients: the command exits 1.
      () => timed([...CHECK, ...templates], process.env, 1),
    ];
    measure().forEach(run => run()); // warm-up
    for (let i = 0; i < RUNS; i++) measure().forEach((run, j) => rows[j].runs.push(run()));
    const ms = (x: number) => `${Math.round(x)} ms`;
    const synthCpu = median(rows[0].runs.map(r => r.cpuMs));
    const lines = [
      '| whole process | CPU (median) | wall (median) | peak RSS | CPU, share of the `cdk synth` |',
      '|---|---|---|---|---|',
      ...rows.map(({ what, runs }) => {
        const cpu = median(runs.map(r => r.cpuMs));
        return `| ${what} | ${ms(cpu)} | ${ms(median(runs.map(r => r.wallMs)))} | ${Math.round(median(runs.map(r => r.peakRssMb)))} MB | ${(cpu / synthCpu).toFixed(2)} |`;
      }),
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, Node ${process.version}; ${RUNS} runs per row after one warm-up, rows interleaved.`,
    ];
    fs.writeFileSync(path.join(__dirname, 'cli-results.md'), `${lines.join('\n')}\n`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
