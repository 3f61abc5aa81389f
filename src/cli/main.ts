#!/usr/bin/env node
import { runCommandAsync } from './command';

/** The `cdk-cognito-app-client` executable of the npm package (and, through jsii, of the Python one). */
runCommandAsync(process.argv.slice(2)).then(result => {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.status;
}, e => {
  // Never a stack trace: an unexpected failure is reported as such, with exit status 2.
  process.stderr.write(`cdk-cognito-app-client: unexpected failure (${(e as Error).message}); please report it\n`);
  process.exitCode = 2;
});
