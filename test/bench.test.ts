import { CONFIGURATIONS, synthesize } from '../bench/scenario';

/** The benchmark's floor is only a floor if it synthesizes what our construct does. */
describe('benchmark scenarios', () => {
  const clientOf = (template: any) => Object.values<any>(template.Resources).find(r => r.Type === 'AWS::Cognito::UserPoolClient');

  test('(1) raw CfnUserPoolClient has exactly the client properties of (3) MachineToMachineClient', () => {
    const raw = clientOf(synthesize('raw-l1', 1)).Properties;
    const ours = clientOf(synthesize('ours', 1)).Properties;
    expect(raw).toEqual(ours);
  });

  test.each(CONFIGURATIONS.map(c => [c]))('%s synthesizes one client per requested client', configuration => {
    const template = synthesize(configuration, 3);
    const clients = Object.values<any>(template.Resources).filter(r => r.Type === 'AWS::Cognito::UserPoolClient');
    expect(clients).toHaveLength(3);
  });
});
