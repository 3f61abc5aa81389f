import { spawnSync } from 'child_process';
import * as path from 'path';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { ResourceType } from '../../src/private/cdk-core';

test('the resource types written out are the L1 classes\' names', () => {
  expect([ResourceType.LAMBDA_FUNCTION, ResourceType.ECS_TASK_DEFINITION])
    .toEqual([lambda.CfnFunction.CFN_RESOURCE_TYPE_NAME, ecs.CfnTaskDefinition.CFN_RESOURCE_TYPE_NAME]);
});

test('loading the compiled library loads no Lambda or ECS code', () => {
  const lib = path.join(__dirname, '..', '..', 'lib');
  const probe = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(lib)}); console.log(Object.keys(require.cache).filter(k => /aws-(lambda|ecs)\\/lib\\//.test(k)).join(','))`], { encoding: 'utf8' });
  expect(probe.status).toBe(0);
  expect(probe.stdout.trim()).toBe('');
});
