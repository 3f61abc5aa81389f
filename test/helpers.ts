import { App, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct, IConstruct } from 'constructs';
import { RuleSeverity, UserPoolClientChecks } from '../src';

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
  readonly level: 'error' | 'warning';
  readonly path: string;
  readonly message: string;
}

/**
 * Synthesizes the app of `scope` as a user's test does. A finding that is an error makes CDK
 * throw its validation report, which must then hold that finding; anything else is rethrown.
 */
export function synthApp(scope: IConstruct): void {
  try {
    (scope.node.root as App).synth({ force: true });
  } catch (e) {
    const errors = UserPoolClientChecks.findings(scope.node.root).filter(f => f.severity === RuleSeverity.ERROR);
    if (errors.length === 0 || !errors.every(f => String((e as Error).message).includes(f.message))) throw e;
  }
}

/** Every finding of the checks in the last synthesis of `scope`'s app, for clients in `scope`. */
export function findingsOf(scope: IConstruct): Finding[] {
  synthApp(scope);
  return UserPoolClientChecks.findings(scope)
    .map(f => ({ level: f.severity === RuleSeverity.ERROR ? 'error' as const : 'warning' as const, path: f.path, message: f.message }));
}

/** The rule ids of the findings, with their level, e.g. `error UPC11`. */
export function ruleIdsOf(scope: IConstruct): string[] {
  return findingsOf(scope).map(f => `${f.level} ${f.message.slice(1, 6)}`);
}
