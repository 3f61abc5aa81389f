/**
 * The app of one whole process, alone or under `cdk synth`: start Node, load aws-cdk-lib (and the
 * compiled library), build the clients, synthesize the cloud assembly to disk, exit.
 *
 *   node -r ./test/integ/newest-cdk.js bench/process.js <configuration> <clients> [stacks] [stages]
 *
 * Plain JavaScript, so no compiler runs in the measured process. Prints one JSON line: the CPU
 * time of the process as it sees it (user + system, all threads) and per phase, its peak RSS and
 * the number of clients; bench/whole-process.ts counts the whole process tree with GNU time.
 * With `CDK_VALIDATION=false` in the environment aws-cdk-lib's built-in CloudFormation validation is
 * off, as users may set it; the checks of this library stay on.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const [configuration, clientsArg, stacksArg = '1', stagesArg = '0'] = process.argv.slice(2);
const clients = Number(clientsArg);
const stacks = Number(stacksArg);
const stages = Number(stagesArg);

const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const cdk = require('aws-cdk-lib');
const cognito = require('aws-cdk-lib/aws-cognito');
const { Construct } = require('constructs');
// The library is loaded only where it is used: the raw L1 and L2 processes do not pay for it.
const library = configuration.startsWith('ours') ? require(path.join(__dirname, '..', 'lib')) : undefined;

const loaded = cpuMs();
// Under `cdk synth` the CLI names the output directory and reads it afterwards.
const underCli = process.env.CDK_OUTDIR !== undefined;
const outdir = underCli ? process.env.CDK_OUTDIR : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-process-'));
// CDK refuses stacks over 500 resources; the benchmark lifts the limit to measure past it.
const app = new cdk.App({ outdir, context: { '@aws-cdk/core:stackResourceLimit': 0 } });
const scopes = stages > 0 ? Array.from({ length: stages }, (_, i) => new cdk.Stage(app, `Stage${i}`)) : [app];

for (let s = 0; s < stacks; s++) {
  const stack = new cdk.Stack(scopes[s % scopes.length], `Bench${s}`);
  const pool = new cognito.UserPool(stack, 'Pool');
  const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' });
  const server = pool.addResourceServer('Api', { identifier: 'api', scopes: [read] });
  pool.addDomain('Domain', { cognitoDomain: { domainPrefix: `bench-${s}` } });
  const count = Math.floor(clients / stacks) + (s < clients % stacks ? 1 : 0);
  for (let i = 0; i < count; i++) addClient(stack, `Client${i}`, pool, server, read);
}
const built = cpuMs();
app.synth();
const synthesized = cpuMs();
// For test/bench.test.ts, which holds the raw L1 properties below equal to the library's.
if (process.env.BENCH_KEEP_TEMPLATES) fs.cpSync(outdir, process.env.BENCH_KEEP_TEMPLATES, { recursive: true });
if (!underCli) fs.rmSync(outdir, { recursive: true, force: true });

process.stdout.write(JSON.stringify({
  configuration, clients, stacks, stages,
  cpuMs: cpuMs(),
  // Where the CPU time went: start-up and loading, building the constructs, synthesis.
  phasesMs: { load: loaded, build: built - loaded, synth: synthesized - built },
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}) + '\n');

/** One machine-to-machine client with its secret read, as each configuration writes it. */
function addClient(stack, id, pool, server, read) {
  switch (configuration) {
    case 'raw-l1':
    case 'raw-l1-wrapped': {
      // 'raw-l1-wrapped' puts the same L1 as child 'Resource' of a plain Construct, as an L2 or L3 does.
      const [scope, l1Id] = configuration === 'raw-l1-wrapped' ? [new Construct(stack, id), 'Resource'] : [stack, id];
      // The properties MachineToMachineClient synthesizes: a copy of rawProps in bench/scenario.ts (plain
      // JavaScript here, so no import); test/bench.test.ts holds both equal to the library's output.
      new cognito.CfnUserPoolClient(scope, l1Id, {
        userPoolId: pool.userPoolId,
        clientName: `Bench${id}`,
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
        allowedOAuthScopes: [`${server.userPoolResourceServerId}/read`],
        preventUserExistenceErrors: 'ENABLED',
        enableTokenRevocation: true,
        enablePropagateAdditionalUserContextData: false,
        refreshTokenRotation: { feature: 'DISABLED' },
      });
      return;
    }
    case 'l2-secret': {
      const client = new cognito.UserPoolClient(stack, id, {
        userPool: pool,
        generateSecret: true,
        oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.resourceServer(server, read)] },
      });
      void client.userPoolClientSecret; // reading it is what creates the custom resource
      return;
    }
    case 'ours':
    case 'ours-no-checks': {
      const client = new library.MachineToMachineClient(stack, id, {
        userPool: pool,
        clientName: `Bench${id}`,
        resourceServerScopes: [{ resourceServer: server, scopes: [read] }],
        storeSecret: false, // the raw L1 and L2 clients keep no secret in Secrets Manager either
        skipChecks: configuration === 'ours-no-checks',
      });
      void client.userPoolClientSecret;
      return;
    }
    default:
      throw new Error(`unknown configuration ${configuration}; allowed: raw-l1, raw-l1-wrapped, l2-secret, ours, ours-no-checks`);
  }
}
