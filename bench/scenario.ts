/**
 * One benchmark measurement, run in a process of its own:
 *   node -r ts-node/register/transpile-only bench/scenario.ts separate <configuration> <clients> <repetitions>
 *   node -r ts-node/register/transpile-only bench/scenario.ts side-by-side <configuration,...> <clients> <rounds>
 * Prints one JSON line: in-process synth times (from `new App()` to the end of `synth()`) and,
 * for a separate run, peak memory and the footprint of the template.
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { MachineToMachineClient } from '../src';

/** Runs before the measured repetitions, not counted. */
export const WARM_UP = 2;

export const CONFIGURATIONS = ['raw-l1', 'l2-secret', 'ours', 'ours-no-checks', 'ours-secrets-manager'] as const;
export type Configuration = typeof CONFIGURATIONS[number];

/** The properties our MachineToMachineClient synthesizes, for the raw L1 floor (checked equal below). */
function rawProps(scope: cognito.UserPoolResourceServer, pool: cognito.UserPool, name: string): cognito.CfnUserPoolClientProps {
  return {
    userPoolId: pool.userPoolId,
    clientName: name,
    generateSecret: true,
    accessTokenValidity: 1,
    idTokenValidity: 1,
    refreshTokenValidity: 30,
    tokenValidityUnits: { accessToken: 'hours', idToken: 'hours', refreshToken: 'days' },
    authSessionValidity: 3,
    explicitAuthFlows: ['ALLOW_CLIENT_TOKEN_AUTH'],
    supportedIdentityProviders: ['COGNITO'],
    allowedOAuthFlowsUserPoolClient: true,
    allowedOAuthFlows: ['client_credentials'],
    allowedOAuthScopes: [`${scope.userPoolResourceServerId}/read`],
    preventUserExistenceErrors: 'ENABLED',
    enableTokenRevocation: true,
    enablePropagateAdditionalUserContextData: false,
    refreshTokenRotation: { feature: 'DISABLED' },
  };
}

/** Builds and synthesizes one app; returns its template. */
export function synthesize(configuration: Configuration, clients: number): any {
  // CDK refuses stacks over 500 resources; the benchmark lifts the limit to measure past it.
  const app = new App({ context: { '@aws-cdk/core:stackResourceLimit': 0 } });
  const stack = new Stack(app, 'Bench');
  const pool = new cognito.UserPool(stack, 'Pool');
  const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' });
  const server = pool.addResourceServer('Api', { identifier: 'api', scopes: [read] });
  pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'bench' } });
  for (let i = 0; i < clients; i++) {
    const id = `Client${i}`;
    switch (configuration) {
      case 'raw-l1':
        new cognito.CfnUserPoolClient(stack, id, rawProps(server, pool, `Bench${id}`));
        break;
      case 'l2-secret': {
        const client = new cognito.UserPoolClient(stack, id, {
          userPool: pool,
          generateSecret: true,
          oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.resourceServer(server, read)] },
        });
        void client.userPoolClientSecret; // reading it is what creates the custom resource
        break;
      }
      default: {
        const client = new MachineToMachineClient(stack, id, {
          userPool: pool,
          clientName: `Bench${id}`,
          resourceServerScopes: [{ resourceServer: server, scopes: [read] }],
          storeSecret: configuration === 'ours-secrets-manager',
          skipChecks: configuration === 'ours-no-checks',
        });
        void client.userPoolClientSecret;
      }
    }
  }
  if (clients === 0) new CfnOutput(stack, 'Empty', { value: 'none' });
  return app.synth().getStackByName('Bench').template;
}

/** Synthesizes once, after a collection that keeps the previous run's garbage out of this run's time. */
function timedSynthesis(configuration: Configuration, clients: number): { ms: number; template: any } {
  (global as any).gc?.();
  const start = process.hrtime.bigint();
  const template = synthesize(configuration, clients);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, template };
}

/**
 * Side by side: the configurations take turns in one process, round after round, each round
 * starting with the next one so that none always runs first. Machine noise then hits them alike,
 * and the ratio of two configurations is judged per round.
 */
function sideBySide(configurations: Configuration[], clients: number, rounds: number): void {
  const times: Record<string, number[]> = Object.fromEntries(configurations.map(c => [c, []]));
  for (let round = -WARM_UP; round < rounds; round++) {
    for (let k = 0; k < configurations.length; k++) {
      const configuration = configurations[(Math.max(round, 0) + k) % configurations.length];
      const { ms } = timedSynthesis(configuration, clients);
      if (round >= 0) times[configuration].push(ms);
    }
  }
  process.stdout.write(JSON.stringify({ clients, rounds, times }) + '\n');
}

function separate(configuration: Configuration, clients: number, repetitions: number): void {
  const times: number[] = [];
  let template: any;
  // Warm-up runs let the JIT settle.
  for (let r = -WARM_UP; r < repetitions; r++) {
    const run = timedSynthesis(configuration, clients);
    template = run.template;
    if (r >= 0) times.push(run.ms);
  }
  const types = Object.values<any>(template.Resources).map(r => r.Type);
  process.stdout.write(JSON.stringify({
    configuration,
    clients,
    times,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    resources: types.length,
    lambdas: types.filter(t => t === 'AWS::Lambda::Function').length,
    roles: types.filter(t => t === 'AWS::IAM::Role').length,
    customResources: types.filter(t => t.startsWith('Custom::') || t === 'AWS::CloudFormation::CustomResource').length,
    templateBytes: Buffer.byteLength(JSON.stringify(template, undefined, 1)), // as the CDK writes it
    clientProperties: Object.values<any>(template.Resources).find(r => r.Type === 'AWS::Cognito::UserPoolClient')?.Properties,
  }) + '\n');
}

if (require.main === module) {
  const [mode, configurations, clients, repetitions] = process.argv.slice(2);
  if (mode === 'side-by-side') {
    sideBySide(configurations.split(',') as Configuration[], Number(clients), Number(repetitions));
  } else {
    separate(configurations as Configuration, Number(clients), Number(repetitions));
  }
}
