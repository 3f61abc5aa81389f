import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { AppIndex } from '../../src/checks/app-index';
import { clientsOf, judge, SuppressionIndex } from '../../src/checks/engine';
import { AppModel } from '../../src/checks/model';
import { E, rule } from '../../src/checks/rule';

/** The engine never skips in silence: what it cannot judge is a UPC00 finding that says why. */

function synthesizedApp(): { app: App; templatePaths: string[] } {
  const app = new App();
  const stack = new Stack(app, 'S');
  const pool = new cognito.UserPool(stack, 'Pool');
  new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED' });
  const assembly = app.synth();
  return { app, templatePaths: assembly.stacks.map(s => s.templateFullPath) };
}

const THROWS = rule({ id: 'UPC99', severity: E, source: 'test', summary: 'a rule that fails', explanation: 'test' }, () => {
  throw new Error('cannot read this');
});
const FINDS = rule({ id: 'UPC98', severity: E, source: 'test', summary: 'a rule that finds', explanation: 'test' }, () => 'found');

test('a rule that throws is reported on the client with UPC00, and the other rules still run', () => {
  const { app, templatePaths } = synthesizedApp();
  const index = new AppIndex(AppModel.read(templatePaths, app));
  const clients = clientsOf(index, new Set(templatePaths)).map(client => ({ client, strict: false }));
  const findings = judge(index, clients, SuppressionIndex.of(app), undefined, [THROWS, FINDS]);
  expect(findings.map(f => `${f.severity} ${f.path} ${f.message}`)).toEqual([
    'warning S/Client [UPC00] rule UPC99 could not be applied to this client (cannot read this)',
    'error S/Client [UPC98] found',
  ]);
  // Strict checks make it an error.
  expect(judge(index, clients.map(c => ({ ...c, strict: true })), SuppressionIndex.of(app), undefined, [THROWS])[0].severity).toBe('error');
});

test('a template that cannot be read is reported with UPC00', () => {
  const { app, templatePaths } = synthesizedApp();
  const missing = path.join(path.dirname(templatePaths[0]), 'Gone.template.json');
  const index = new AppIndex(AppModel.read([...templatePaths, missing], app));
  const findings = judge(index, [], SuppressionIndex.of(app), false);
  expect(findings.map(f => `${f.severity} ${f.message}`)).toEqual([
    expect.stringMatching(/^warning \[UPC00\] the template .*Gone\.template\.json could not be read \(ENOENT.*\); no client in it was checked$/),
  ]);
});
