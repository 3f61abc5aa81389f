import { spawnSync } from 'child_process';
import * as path from 'path';

/** The real cdk CLI (aws-cdk from npm) fails `cdk synth` on an error finding, and passes a valid app. */
const ROOT = path.join(__dirname, '..', '..');

function cdkSynth(variant: string) {
  const result = spawnSync('npx', [
    'cdk', 'synth', '--app', 'npx ts-node --prefer-ts-exts test/integ/apps/cli-app.ts',
    '--output', `.tmp/cli/${variant}`, '--no-notices', '--no-version-reporting', '--quiet',
  ], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, VARIANT: variant, CDK_DISABLE_CLI_TELEMETRY: 'true' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('cdk CLI', () => {
  test('an invalid client fails cdk synth with the rule id', () => {
    const { status, output } = cdkSynth('invalid');
    expect(status).not.toBe(0);
    expect(output).toContain('[UPC12] IdTokenValidity of 60 hours is outside 5 minutes to 1 day');
  }, 120_000);

  test('a valid app synthesizes with exit code 0 and no finding', () => {
    const { status, output } = cdkSynth('valid');
    expect(output).not.toMatch(/\[UP[CB]\d\d\]/);
    expect(status).toBe(0);
  }, 120_000);
});
