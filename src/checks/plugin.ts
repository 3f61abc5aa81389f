import * as path from 'path';
import { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport, PolicyViolation } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { AppIndex } from './app-index';
import { clientsOf, ClientToJudge, judge, PLUGIN_NAME, SuppressionIndex } from './engine';
import { Finding } from './finding';
import { AppModel } from './model';
import { RuleSeverity } from './rule-info';
import { ALL_RULES } from './rules';
import { Stage, Validations } from '../private/cdk-core';

/**
 * The CDK validation plugin behind every front door. CDK calls it after synthesis with the
 * templates of every stack (every Stage, nested Stages and nested stacks included), prints its
 * report, and fails `cdk synth` when the report has an error.
 */

/**
 * The scopes whose clients the checks judge (an Aspect's scope, an `AppClient`), by construct
 * path, and whether their findings are strict.
 */
export type Registrations = ReadonlyMap<string, boolean>;

/** What the checks know of one app (the root App or Stage of a construct tree). */
class AppChecks {
  public readonly registrations = new Map<string, boolean>();
  /** The findings of the last run of each plugin on this app; plugins report disjoint clients. */
  public readonly findings = new Map<IPolicyValidationPlugin, Finding[]>();
}

const APPS = new WeakMap<IConstruct, AppChecks>();

/**
 * Asks for every client in `scope` to be judged when its app is synthesized. The first request of
 * an app registers the plugin with `Validations.of(app).addPlugins`; the outermost scope decides
 * whether a client's findings are strict.
 */
export function registerChecks(scope: IConstruct, strict: boolean): void {
  const root = scope.node.root;
  if (!Stage.isStage(root)) return; // a tree without an App or Stage at its root is never synthesized
  const app = appOf(root);
  if (app.registrations.size === 0) Validations.of(root).addPlugins(new RegisteredScopesPlugin());
  const scopePath = scope.node.path;
  app.registrations.set(scopePath, strict || (app.registrations.get(scopePath) ?? false));
}

/** The findings of the last synthesis of `scope`'s app, for clients in `scope`. */
export function lastFindings(scope: IConstruct): Finding[] {
  const app = APPS.get(scope.node.root);
  if (!app) return [];
  const prefix = scope.node.path;
  return [...app.findings.values()].flat().filter(f => within(f.path, prefix));
}

/**
 * Runs the checks for one plugin: reads the templates, judges the clients `select` picks and
 * returns CDK's report. A plugin that directly registered with `Validations` picks what no
 * registered scope covers, so that no client is reported twice.
 */
export function validate(
  plugin: IPolicyValidationPlugin,
  context: IPolicyValidationContext,
  select: (clientPath: string, registrations: Registrations) => boolean | undefined,
  reportsUnreadable: (registrations: Registrations) => boolean,
): PolicyValidationPluginReport {
  const root = context.appConstruct;
  const app = appOf(root);
  const index = new AppIndex(AppModel.read(context.templatePaths, root));
  const stacks = new Set(context.templatePaths.map(p => path.resolve(p)));
  const clients: ClientToJudge[] = [];
  let strictest = false;
  for (const client of clientsOf(index, stacks)) {
    const strict = select(client.path, app.registrations);
    if (strict === undefined) continue;
    strictest ||= strict;
    clients.push({ client, strict });
  }
  const findings = judge(index, clients, SuppressionIndex.of(root), reportsUnreadable(app.registrations) ? strictest : undefined);
  app.findings.set(plugin, findings);
  return toReport(findings);
}

/**
 * Whether a registered scope covers the client, and if so whether the outermost one is strict:
 * the client's own path and each scope above it are looked up, from the root down.
 */
export function registeredStrictness(clientPath: string, registrations: Registrations): boolean | undefined {
  if (registrations.has('')) return registrations.get('');
  const parts = clientPath.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const strict = registrations.get(parts.slice(0, i).join('/'));
    if (strict !== undefined) return strict;
  }
  return undefined;
}

function appOf(root: IConstruct | undefined): AppChecks {
  if (!root) return new AppChecks();
  let app = APPS.get(root);
  if (!app) {
    app = new AppChecks();
    APPS.set(root, app);
  }
  return app;
}

function within(childPath: string, scopePath: string): boolean {
  return scopePath === '' || childPath === scopePath || childPath.startsWith(`${scopePath}/`);
}

function toReport(findings: Finding[]): PolicyValidationPluginReport {
  const explanations = new Map(ALL_RULES.map(r => [r.id, r.explanation]));
  const violations: PolicyViolation[] = findings.map(f => ({
    ruleName: f.ruleId,
    description: f.message,
    fix: explanations.get(f.ruleId),
    severity: f.severity,
    violatingResources: [{ resourceLogicalId: f.logicalId, templatePath: f.templatePath, locations: ['Properties'] }],
  }));
  return { success: !findings.some(f => f.severity === RuleSeverity.ERROR), violations };
}

/** The plugin that judges the clients of the scopes registered by Aspects and `AppClient`s. */
class RegisteredScopesPlugin implements IPolicyValidationPlugin {
  public readonly name = PLUGIN_NAME;
  public readonly ruleIds = ALL_RULES.map(r => r.id);

  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    return validate(this, context, registeredStrictness, () => true);
  }
}
