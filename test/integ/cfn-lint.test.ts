import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { exampleTemplate, synthesizedClients } from './templates';

/**
 * cfn-lint (pinned in requirements-dev.txt, installed into .venv by `make`) on every template the
 * example app and the preset and AppClient tests synthesize. Any error or warning fails, except
 * those listed with a reason in cfn-lint-exceptions.json.
 */
const CFN_LINT = path.join(__dirname, '..', '..', '.venv', 'bin', 'cfn-lint');
const OUT = path.join(__dirname, '..', '..', '.tmp', 'cfn-lint');

interface LintFinding {
  readonly Rule: { readonly Id: string };
  readonly Level: string;
  readonly Message: string;
  readonly Filename: string;
}

function lint(files: string[]): LintFinding[] {
  try {
    return JSON.parse(execFileSync(CFN_LINT, ['--format', 'json', '--', ...files], { encoding: 'utf8' }) || '[]');
  } catch (e: any) {
    if (typeof e.stdout === 'string' && e.stdout.trim().startsWith('[')) return JSON.parse(e.stdout);
    throw e;
  }
}

describe('cfn-lint', () => {
  const exceptions: Record<string, string> = JSON.parse(fs.readFileSync(path.join(__dirname, 'cfn-lint-exceptions.json'), 'utf8')).exceptions;
  let files: string[];

  beforeAll(() => {
    if (!fs.existsSync(CFN_LINT)) throw new Error(`${CFN_LINT} is missing: run \`make\` (it installs requirements-dev.txt into .venv)`);
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    const templates: Array<[string, any]> = [['example', exampleTemplate()], ...synthesizedClients().map(c => [c.name, c.template] as [string, any])];
    files = templates.map(([name, template]) => {
      const file = path.join(OUT, `${name}.template.json`);
      fs.writeFileSync(file, JSON.stringify(template, null, 1));
      return file;
    });
  });

  test('every template passes with no error or warning', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    // An exception names a rule id, or a rule id and a text of the message (`E3006 AWS::X::Y`).
    const excepted = (f: LintFinding) => Object.keys(exceptions).some(key => {
      const [id, ...text] = key.split(' ');
      return id === f.Rule.Id && f.Message.includes(text.join(' '));
    });
    const findings = lint(files).filter(f => !excepted(f));
    expect(findings.map(f => `${path.basename(f.Filename)} ${f.Level} ${f.Rule.Id} ${f.Message}`)).toEqual([]);
  });

  test('the linter does find a broken client (the test can fail)', () => {
    const template = exampleTemplate();
    const client = Object.values<any>(template.Resources).find(r => r.Type === 'AWS::Cognito::UserPoolClient');
    client.Properties.AccessTokenValidity = 'sixty';
    client.Properties.ExplicitAuthFlow = ['ALLOW_USER_SRP_AUTH'];
    const file = path.join(OUT, 'broken.template.json');
    fs.writeFileSync(file, JSON.stringify(template));
    const ids = lint([file]).map(f => f.Rule.Id);
    expect(ids).toEqual(expect.arrayContaining(['E3012', 'E3002']));
  });
});
