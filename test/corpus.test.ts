import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, CfnParameter, CfnResource, Stack } from 'aws-cdk-lib';
import { RuleSeverity, UserPoolClientChecks } from '../src';
import { corpusTemplate } from './corpus/template';
import { synthApp } from './helpers';
import { check } from '../src/cli/command';

/** An app client from a public template, as facts (see test/corpus/README.md). */
interface CorpusEntry {
  readonly source: { readonly repository: string; readonly path?: string; readonly commit?: string; readonly thread?: string };
  readonly status: 'deployed' | 'rejected';
  readonly rejectedBy?: string;
  readonly why: string;
  /** Template parameters the resources refer to, by name and type. */
  readonly parameters?: Record<string, string>;
  readonly resources: Record<string, { Type: string; Properties?: Record<string, unknown>; DependsOn?: string[] }>;
}

const DIR = path.join(__dirname, 'corpus');
const entries = fs.readdirSync(DIR).filter(f => f.endsWith('.json')).sort().flatMap(file =>
  (JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as CorpusEntry[]).map((entry, i) => ({ name: `${file.replace(/\.json$/, '')} #${i + 1}`, file, entry })));

/** The findings of the checks for the entry's template, as `error UPC11` / `warning UPB02`. */
function judge(entry: CorpusEntry): string[] {
  const app = new App();
  const stack = new Stack(app, 'Corpus');
  for (const [name, type] of Object.entries(entry.parameters ?? {})) {
    new CfnParameter(stack, name, { type }).overrideLogicalId(name);
  }
  const byId = new Map<string, CfnResource>();
  for (const [logicalId, resource] of Object.entries(entry.resources)) {
    const cfn = new CfnResource(stack, logicalId, { type: resource.Type, properties: resource.Properties });
    cfn.overrideLogicalId(logicalId);
    byId.set(logicalId, cfn);
  }
  for (const [logicalId, resource] of Object.entries(entry.resources)) {
    for (const target of resource.DependsOn ?? []) byId.get(logicalId)!.node.addDependency(byId.get(target)!);
  }
  Aspects.of(app).add(new UserPoolClientChecks());
  synthApp(app);
  return UserPoolClientChecks.findings(app).map(f => `${f.severity === RuleSeverity.ERROR ? 'error' : 'warning'} ${f.ruleId}`);
}

describe('the real-world corpus', () => {
  test('every entry names its source and why it is believed deployed or rejected', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const { name, file, entry } of entries) {
      const { repository, path: where, commit, thread } = entry.source;
      expect({ name, repository: file.startsWith(repository.replace('/', '__')) }).toEqual({ name, repository: true });
      expect({ name, located: Boolean(thread?.startsWith(`https://github.com/${repository}/`) || (where && commit?.match(/^[0-9a-f]{40}$/))) }).toEqual({ name, located: true });
      expect({ name, status: ['deployed', 'rejected'].includes(entry.status), why: entry.why.length > 20 }).toEqual({ name, status: true, why: true });
      expect({ name, hasRule: entry.status === 'rejected' ? /^UPC\d\d$/.test(entry.rejectedBy ?? '') : entry.rejectedBy === undefined }).toEqual({ name, hasRule: true });
    }
  });

  test('it holds at least 40 deployed clients from at least 15 projects, and rejected ones', () => {
    const clientsOf = (entry: CorpusEntry) => Object.values(entry.resources).filter(r => r.Type === 'AWS::Cognito::UserPoolClient').length;
    const deployedEntries = entries.filter(e => e.entry.status === 'deployed').map(e => e.entry);
    expect({
      deployedClients: deployedEntries.reduce((n, entry) => n + clientsOf(entry), 0) >= 40,
      projects: new Set(deployedEntries.map(entry => entry.source.repository)).size >= 15,
      rejectedClients: entries.filter(e => e.entry.status === 'rejected').length >= 5,
    }).toEqual({ deployedClients: true, projects: true, rejectedClients: true });
  });

  const deployed = entries.filter(e => e.entry.status === 'deployed');
  test.each(deployed.map(e => [e.name, e.entry] as const))('%s: deployed, so no error', (_name, entry) => {
    expect(judge(entry).filter(f => f.startsWith('error'))).toEqual([]);
  });

  const rejected = entries.filter(e => e.entry.status === 'rejected');
  test.each(rejected.map(e => [e.name, e.entry] as const))('%s: rejected, so an error', (_name, entry) => {
    expect(judge(entry)).toContain(`error ${entry.rejectedBy}`);
  });
});

describe('the corpus as plain templates, through the command line', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-cognito-corpus-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test.each(entries.map((e, i) => [e.name, e.entry, i] as const))('%s: the same findings as at synth', (_name, entry, i) => {
    const file = path.join(root, `entry${i}.template.json`);
    fs.writeFileSync(file, JSON.stringify(corpusTemplate(entry)));
    const findings = check([file], false).findings.map(f => `${f.severity === RuleSeverity.ERROR ? 'error' : 'warning'} ${f.ruleId}`);
    expect(findings).toEqual(judge(entry));
    if (entry.status === 'rejected') expect(findings).toContain(`error ${entry.rejectedBy}`);
  });
});
