/**
 * The live-pool benchmark (`npx projen bench:live`): `cdk-cognito-app-client check --user-pool-id`
 * on pools of 100 and 1,000 clients served by moto on 127.0.0.1 (the Cognito API peer the tests
 * use). Whole processes of the compiled command, counted by GNU time; the API calls of one read,
 * by operation, counted in process. Writes bench/live-results.md (embedded in the README).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CognitoIdentityProviderClient, CreateUserPoolClientCommand, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { median, ProcessRun, timed } from './whole-process';
import { readLivePool } from '../src/cli/command';
import { startMoto } from '../test/integ/moto';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = [100, 1000];
const ROOT = path.join(__dirname, '..');
const CHECK = [process.execPath, path.join(ROOT, 'lib', 'cli', 'main.js'), 'check'];

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-live-'));
  const moto = await startMoto();
  const env = {
    ...process.env,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: moto.endpoint,
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_CONFIG_FILE: path.join(work, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'none'),
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  Object.assign(process.env, env);
  const cognito = new CognitoIdentityProviderClient({ region: 'eu-west-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  try {
    const lines = [
      '| pool | API calls of one read | CPU (median) | wall (median) | peak RSS |',
      '|---|---|---|---|---|',
    ];
    for (const size of SIZES) {
      const poolId = (await cognito.send(new CreateUserPoolCommand({ PoolName: `bench-${size}` }))).UserPool!.Id!;
      for (let i = 0; i < size; i++) {
        // Every tenth client has an error, so the report is not empty.
        await cognito.send(new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: `client-${i}`,
          GenerateSecret: i % 2 === 0,
          PreventUserExistenceErrors: 'ENABLED',
          ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
          ...i % 10 === 0 ? { AccessTokenValidity: 48 } : {},
        }));
      }
      const calls = new Map<string, number>();
      await readLivePool({ userPoolId: poolId }, calls);
      const total = [...calls.values()].reduce((a, b) => a + b, 0);
      const detail = [...calls].map(([operation, n]) => `${operation} ${n}`).join(', ');
      const runs: ProcessRun[] = [];
      timed([...CHECK, '--user-pool-id', poolId], env, 1); // warm-up
      for (let i = 0; i < RUNS; i++) runs.push(timed([...CHECK, '--user-pool-id', poolId], env, 1));
      const ms = (x: number) => `${Math.round(x)} ms`;
      lines.push(`| ${size.toLocaleString('en-US')} clients | ${total} (${detail}) | ${ms(median(runs.map(r => r.cpuMs)))} | ${ms(median(runs.map(r => r.wallMs)))} | ${Math.round(median(runs.map(r => r.peakRssMb)))} MB |`);
    }
    lines.push('', `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, Node ${process.version}, against moto on 127.0.0.1 (its own time included in wall, not in CPU); ${RUNS} runs per row after one warm-up.`);
    fs.writeFileSync(path.join(__dirname, 'live-results.md'), `${lines.join('\n')}\n`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    cognito.destroy();
    await moto.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch(e => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
