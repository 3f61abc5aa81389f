import { awscdk, javascript, release } from 'projen';

/**
 * Floor of the peer dependency: the first aws-cdk-lib in which an error of a validation plugin
 * fails an in-process synthesis (a unit test's `app.synth()`) with an exception; before it, CDK
 * only set `process.exitCode`. The checks are such a plugin (see README, "Compatibility").
 */
const CDK_FLOOR = '2.262.0';
/** The newest aws-cdk-lib on npm: the tests run on it as well as on the floor. */
const CDK_NEWEST = '2.278.0';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-cognito-app-client',
  description:
    'An Amazon Cognito user pool app client L3 construct: opinionated presets, every documented rule checked at synth, the secret without a custom resource.',
  author: 'cdk-cognito-app-client maintainers',
  authorAddress: 'maintainers@users.noreply.github.com',
  repositoryUrl: 'https://github.com/cdk-cognito-app-client/cdk-cognito-app-client.git',
  keywords: ['cdk', 'aws-cdk', 'cognito', 'user-pool-client', 'oauth', 'awscdk'],
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  minNodeVersion: '22.0.0',
  cdkVersion: CDK_FLOOR,
  constructsVersion: '10.5.0',
  jsiiVersion: '~5.9.0',
  typescriptVersion: '~5.9.0',
  tsconfigDevFile: 'tsconfig.dev.json',
  // Source maps beside the code (lib/*.js.map) instead of inside it: every process that loads the
  // library reads and scans its files, and inline maps with sources doubled their size (about
  // 10 ms of the library's load time, measured; see README "Benchmark").
  tsconfig: { compilerOptions: { inlineSourceMap: false, inlineSources: false, sourceMap: true } },
  publishToPypi: {
    distName: 'cdk-cognito-app-client',
    module: 'cdk_cognito_app_client',
  },
  // Maven Central's namespace for a GitHub organisation is io.github.<organisation>; Java packages
  // cannot hold hyphens.
  publishToMaven: {
    mavenGroupId: 'io.github.cdk-cognito-app-client',
    mavenArtifactId: 'cdk-cognito-app-client',
    javaPackage: 'io.github.cdkcognitoappclient',
  },
  // As the cdklabs libraries publish to Go: a repository `<name>-go` holding one module per package.
  publishToGo: {
    moduleName: 'github.com/cdk-cognito-app-client/cdk-cognito-app-client-go',
    packageName: 'cdkcognitoappclient',
  },
  // CI is .ci/run (see README); no GitHub workflows. Releases are cut by hand (README, "Release"):
  // `npx projen release` versions from the commit history, then scripts/publish.sh publishes.
  github: false,
  release: true,
  releaseTrigger: release.ReleaseTrigger.manual({ gitPushCommand: '' }),
  nextVersionCommand: 'bash scripts/next-version.sh',
  depsUpgrade: false,
  pullRequestTemplate: false,
  sampleCode: false,
  eslintOptions: {
    dirs: ['src'],
    devdirs: ['test', 'examples', 'scripts', 'bench', 'projenrc'],
    tsconfigPath: './tsconfig.dev.json',
    projectService: false,
  },
  jestOptions: {
    // Snapshots pin what users deploy: never rewrite them silently.
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      testPathIgnorePatterns: ['/node_modules/', '/cdk.out/', '/dist/'],
      setupFiles: ['<rootDir>/test/setup/quiet-validation-report.ts'],
      // Jest's transform cache in the project (ignored by git), not in the system temp folder.
      cacheDirectory: '<rootDir>/.tmp/jest-cache',
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  },
  // The command line (`npx cdk-cognito-app-client check`) reads YAML templates with CloudFormation's
  // short-form intrinsics; the library itself never loads it.
  bundledDeps: ['js-yaml@4.3.2'],
  bin: { 'cdk-cognito-app-client': 'lib/cli/main.js' },
  devDeps: [
    '@types/js-yaml@4.0.9',
    'fast-check@4.10.2',
    '@aws-sdk/client-cognito-identity-provider@3.1169.0',
    'aws-cdk@2.1148.1',
    'esbuild@0.28.2',
    `aws-cdk-lib-newest@npm:aws-cdk-lib@${CDK_NEWEST}`,
  ],
  gitignore: ['.jsii.tabl.json', 'tools/*/node_modules/', 'tools/sarif/', '.venv/', '.venv-python/', 'cdk.out/', '.tmp/', 'bench/results/*.json'],
});

for (const devOnly of ['/examples/', '/consumer-apps/', '/bench/', '/scripts/', '/python/', '/.ci/', 'requirements*.txt', 'Makefile', '/.venv/', '/.venv-python/', '/tools/', 'jest.newest.config.js', '/cdk.out/', '/.tmp/', '/test-reports/', '/coverage/']) {
  project.addPackageIgnore(devOnly);
}

project.tsconfigDev?.addInclude('.projenrc.ts');
// The consumer apps compile against the published package, in a directory of their own.
project.tsconfigDev?.addExclude('consumer-apps');
project.tsconfigDev?.addInclude('examples/**/*.ts');
project.tsconfigDev?.addInclude('bench/**/*.ts');
project.tsconfigDev?.addInclude('scripts/**/*.ts');

project.addTask('example', {
  description: 'Synthesize the example app (examples/app.ts) with the real cdk CLI and print its template',
  exec: 'cdk synth --app "ts-node --prefer-ts-exts examples/app.ts" --output cdk.out/example --no-notices --no-version-reporting --quiet=false',
});

project.addTask('test:newest', {
  description: `Run the Jest suite again with aws-cdk-lib ${CDK_NEWEST}, the newest release (the floor is ${CDK_FLOOR})`,
  exec: 'jest --config jest.newest.config.js',
  env: { EXPECTED_AWS_CDK_LIB: CDK_NEWEST },
});
project.testTask.env('EXPECTED_AWS_CDK_LIB', CDK_FLOOR);

project.addTask('docs:rules', {
  description: 'Generate docs/rules.md from the rule metadata',
  exec: 'ts-node --project tsconfig.dev.json scripts/rules-doc.ts',
});

// What the checks know of Cognito's API comes from botocore's service model (the pin in
// requirements-dev.txt, installed into .venv): generated, never typed by hand.
project.addTask('model:generate', {
  description: 'Generate src/checks/cognito-model/generated.ts from the cognito-idp service model of the pinned botocore',
  exec: '.venv/bin/python scripts/cognito-model.py generate > src/checks/cognito-model/generated.ts',
});
project.addTask('model:drift', {
  description: 'List what the newest botocore on PyPI adds to or removes from the Cognito fields the checks read (a notice, never a failure)',
  exec: '.venv/bin/python scripts/cognito-model.py drift',
});
project.eslint?.addIgnorePattern('src/checks/cognito-model/generated.ts');

project.addTask('test:python', {
  description: 'Build the Python wheel, check template parity with TypeScript and run the Python tests',
  exec: 'bash scripts/test-python.sh',
});

project.addTask('docs:readme', {
  description: 'Regenerate the preset, rules and benchmark tables of README.md',
  exec: 'ts-node --project tsconfig.dev.json scripts/update-readme.ts',
});

project.addTask('bench:cli', {
  description: 'Measure the command line on a 450-client cloud assembly and the corpus, beside cdk synth (writes bench/cli-results.md), then refresh the README',
  steps: [
    { spawn: 'compile' },
    { exec: 'ts-node --project tsconfig.dev.json --transpile-only bench/cli.ts' },
    { spawn: 'docs:readme' },
  ],
});

project.addTask('bench:live', {
  description: 'Measure check --user-pool-id on pools of 100 and 1,000 clients served by moto (writes bench/live-results.md), then refresh the README',
  steps: [
    { spawn: 'compile' },
    { exec: 'ts-node --project tsconfig.dev.json --transpile-only bench/live.ts' },
    { spawn: 'docs:readme' },
  ],
});

project.addTask('bench', {
  description: 'Measure synth time and template footprint against aws-cdk-lib (writes bench/results.md), then refresh the README',
  steps: [
    // The whole-process runs load the compiled library (lib/), as an installed package would be.
    { spawn: 'compile' },
    { exec: 'ts-node --project tsconfig.dev.json --transpile-only bench/run.ts' },
    { spawn: 'docs:readme' },
  ],
});

// projen packages only JavaScript when CI is set (its GitHub workflows package each language in a
// job of its own); a release here is one process, so it always packages every language.
project.packageTask.reset();
project.packageTask.spawn(project.tasks.tryFind('package-all')!);

// The README's TypeScript samples are translated into Python, Java and Go for each package's docs
// (and Construct Hub): in strict mode every sample must compile, or the release fails.
project.package.file.addOverride('jsii.metadata.jsii.rosetta.strict', true);
const rosetta = project.addTask('rosetta:extract', {
  description: 'Compile and translate the README samples with jsii-rosetta in strict mode (.jsii.tabl.json)',
  exec: 'jsii-rosetta extract --strict',
});
project.tasks.tryFind('package-all')!.prependSpawn(rosetta);

// jsii-pacmak builds the Java package with Maven, whose `deploy` also installs it into the local
// repository: a project folder, so that a test build never lands in the user's ~/.m2 (where it would
// shadow the published release of the same version).
project.tasks.tryFind('package:java')!.reset('jsii-pacmak -v --target java --maven-local-repository .tmp/maven-repository');
// Go: generated by jsii-pacmak, compiled against the newest aws-cdk-go (see the script for why).
project.tasks.tryFind('package:go')!.reset('bash scripts/package-go.sh');

// The command line is run as a file by jsii's Python console script (invokeBinScript): it must be
// executable after every compile (`npx projen compile` runs no post-compile task).
project.compileTask.exec('chmod +x lib/cli/main.js');
// `check --user-pool-id` needs the AWS SDK's Cognito client, and only that: the compiled re-export
// becomes one minified file with the client, its credential chain and retries, so the package
// depends on no SDK package (README, "Package size").
project.compileTask.exec('esbuild lib/cli/aws-sdk.js --bundle --platform=node --target=node22 --minify --legal-comments=none --log-level=warning --allow-overwrite --outfile=lib/cli/aws-sdk.js');

// `make test` runs the Jest suites (and eslint) on the commit before it releases it in publish-local;
// the release build then skips them for that commit (RELEASE_TESTED_COMMIT) instead of running them
// a fifth time. A release of any other commit, or by hand, runs them.
project.testTask.addCondition('bash scripts/tests-needed.sh');

// A release is built from a commit: refuse uncommitted changes before anything is built.
project.tasks.tryFind('release')?.prependExec('bash scripts/require-clean-tree.sh');

project.synth();
