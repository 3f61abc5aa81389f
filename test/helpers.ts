import { App, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** A stack in a fresh app with a fixed environment, so templates are deterministic. */
export function newStack(id = 'Stack'): Stack {
  return new Stack(new App(), id, { env: { account: '123456789012', region: 'eu-west-1' } });
}

/** A user pool with a domain and a resource server `api` with scopes `read` and `write`. */
export function poolWithDomain(scope: Construct, id = 'Pool'): { pool: cognito.UserPool; server: cognito.UserPoolResourceServer; read: cognito.ResourceServerScope; write: cognito.ResourceServerScope } {
  const pool = new cognito.UserPool(scope, id);
  pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-app' } });
  const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' });
  const write = new cognito.ResourceServerScope({ scopeName: 'write', scopeDescription: 'Write' });
  const server = pool.addResourceServer('Api', { identifier: 'api', scopes: [read, write] });
  return { pool, server, read, write };
}

/** The synthesized properties of the single resource of `type` under `scope`. */
export function propsOf(stack: Stack, path: string): Record<string, any> {
  const resource = stack.node.findChild(path).node.defaultChild as any;
  const logicalId = stack.resolve(resource.logicalId);
  const template = synthTemplate(stack);
  return template.Resources[logicalId].Properties;
}

/** The stack's template after a full synthesis (aspects applied). */
export function synthTemplate(stack: Stack): any {
  const app = stack.node.root as App;
  return app.synth().getStackByName(stack.stackName).template;
}

/** A finding reported for the stack: severity and message. */
export interface Finding {
  readonly level: 'error' | 'warning' | 'info';
  readonly path: string;
  readonly message: string;
}

/** Every rule finding (messages that start with a rule id) the synthesis of `stack` reports. */
export function findingsOf(stack: Stack): Finding[] {
  const app = stack.node.root as App;
  const artifact = app.synth().getStackByName(stack.stackName);
  return artifact.messages
    .map(m => ({ level: m.level as Finding['level'], path: m.id, message: String(m.entry.data) }))
    .filter(f => /^\[UP[CB]\d\d\]/.test(f.message));
}

/** The rule ids of the findings, with their level, e.g. `error UPC11`. */
export function ruleIdsOf(stack: Stack): string[] {
  return findingsOf(stack).map(f => `${f.level} ${f.message.slice(1, 6)}`);
}
