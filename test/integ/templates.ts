import { App, Stack } from 'aws-cdk-lib';
import { ExampleStack } from '../../examples/example-stack';
import { AppClient } from '../../src';
import { Fixture, fullAppClient, presetFixture, PRESETS } from '../client-cases';

/** A synthesized client: its stack's template and the client construct. */
export interface SynthesizedClient {
  readonly name: string;
  readonly stack: Stack;
  readonly client: AppClient;
  readonly template: any;
}

/** Every preset (typical and maximal) and the fully configured AppClient, each in its own stack. */
export function synthesizedClients(): SynthesizedClient[] {
  const builders: Array<[string, (f: Fixture) => AppClient]> = [
    ...Object.entries(PRESETS).flatMap(([name, variants]) => [
      [`${name}-typical`, variants.typical] as [string, (f: Fixture) => AppClient],
      [`${name}-maximal`, variants.maximal] as [string, (f: Fixture) => AppClient],
    ]),
    ['AppClient-full', fullAppClient],
  ];
  return builders.map(([name, build]) => {
    const f = presetFixture();
    const client = build(f);
    const template = (f.stack.node.root as App).synth().getStackByName(f.stack.stackName).template;
    return { name, stack: f.stack, client, template };
  });
}

/** The example app's template. */
export function exampleTemplate(): any {
  const app = new App();
  const stack = new ExampleStack(app, 'CognitoAppClientExample');
  return app.synth().getStackByName(stack.stackName).template;
}
