import { spawnSync } from 'child_process';
import * as path from 'path';

/**
 * The real cdk CLI (aws-cdk from npm) fails `cdk synth` on an error finding and passes a valid
 * app, on the floor aws-cdk-lib and on the newest one (test/integ/newest-cdk.js).
 */
const ROOT = path.join(__dirname, '..', '..');
const LIBS = [['the floor', ''], ['the newest', '-r ./test/integ/newest-cdk.js']];

function cdkSynth(variant: string, preload: string) {
  const result = spawnSync('npx', [
    // The CLI shows the findings of the stacks it selects; Stage stacks are selected by pattern.
    'cdk', 'synth', 'CliTest', 'Prod/*', '--app', `npx ts-node ${preload} --prefer-ts-exts test/integ/apps/cli-app.ts`,
    '--output', `.tmp/cli/${variant}${preload ? '-newest' : ''}`, '--no-notices', '--no-version-reporting', '--quiet',
  ], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, VARIANT: variant, CDK_DISABLE_CLI_TELEMETRY: 'true' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.each(LIBS)('cdk CLI on %s aws-cdk-lib', (_which, preload) => {
  test('invalid clients fail cdk synth with the rule id, a Stage included', () => {
    const { status, output } = cdkSynth('invalid', preload);
    expect(status).not.toBe(0);
    expect(output).toContain('[UPC12] IdTokenValidity of 60 hours is outside 5 minutes to 1 day');
    expect(output).toContain('[UPC15] AuthSessionValidity 20 is not an integer number of minutes from 3 to 15');
  }, 180_000);

  test('a valid app synthesizes with exit code 0 and no finding', () => {
    const { status, output } = cdkSynth('valid', preload);
    expect(output).not.toMatch(/\[UP[CB]\d\d\]/);
    expect(status).toBe(0);
  }, 180_000);
});
