import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Jest's global setup and teardown: every App synthesized without an `outdir` writes a `cdk.out*`
 * folder into the system temp folder, and so do the tools the tests start. The run gets a temp root
 * of its own (TMPDIR, which Jest's workers and their children inherit), removed when the run ends,
 * so a test run leaves nothing behind.
 */
const ROOT_VARIABLE = 'CDK_COGNITO_TEST_TEMP_ROOT';

export function setup(): void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-cognito-test-'));
  process.env[ROOT_VARIABLE] = root;
  process.env.TMPDIR = root;
}

export function teardown(): void {
  const root = process.env[ROOT_VARIABLE];
  if (root) fs.rmSync(root, { recursive: true, force: true });
}
