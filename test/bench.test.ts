import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CONFIGURATIONS, synthesize } from '../bench/scenario';

/** The benchmark's floor is only a floor if it synthesizes what our construct does. */
describe('benchmark scenarios', () => {
  const clientOf = (template: any) => Object.values<any>(template.Resources).find(r => r.Type === 'AWS::Cognito::UserPoolClient');

  test('(1) raw CfnUserPoolClient has exactly the client properties of (3) MachineToMachineClient', () => {
    const raw = clientOf(synthesize('raw-l1', 1)).Properties;
    const ours = clientOf(synthesize('ours', 1)).Properties;
    expect(raw).toEqual(ours);
  });

  // (0), the raw L1 inside a plain construct, is the floor of any construct library: the same client too.
  test.each([['raw-l1'], ['raw-l1-wrapped']])('the whole-process %s (bench/process.js) has exactly the client properties of (3) MachineToMachineClient', configuration => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-process-test-'));
    try {
      const child = spawnSync(process.execPath, [path.join(__dirname, '..', 'bench', 'process.js'), configuration, '1'], {
        encoding: 'utf8', env: { ...process.env, BENCH_KEEP_TEMPLATES: out, CDK_VALIDATION: 'false' },
      });
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      const raw = clientOf(JSON.parse(fs.readFileSync(path.join(out, 'Bench0.template.json'), 'utf8'))).Properties;
      expect(raw).toEqual(clientOf(synthesize('ours', 1)).Properties);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test.each(CONFIGURATIONS.map(c => [c]))('%s synthesizes one client per requested client', configuration => {
    const template = synthesize(configuration, 3);
    const clients = Object.values<any>(template.Resources).filter(r => r.Type === 'AWS::Cognito::UserPoolClient');
    expect(clients).toHaveLength(3);
  });
});
