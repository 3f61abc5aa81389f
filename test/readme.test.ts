import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { generatedSections, README, section } from '../scripts/update-readme';

const ROOT = path.join(__dirname, '..');
const readme = fs.readFileSync(README, 'utf8');

describe('README', () => {
  test('every TypeScript example compiles against the package', () => {
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map(m => m[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const dir = path.join(ROOT, '.tmp', 'readme');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const files = blocks.map((code, i) => {
      const file = path.join(dir, `example-${i}.ts`);
      // Each block is a module of its own; the package name resolves to this checkout's src.
      fs.writeFileSync(file, `${code.replace(/'cdk-cognito-app-client'/g, `'${path.join(ROOT, 'src')}'`)}\nexport {};\n`);
      return file;
    });
    const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.dev.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const program = ts.createProgram(files, { ...config.options, noEmit: true, noUnusedLocals: false });
    const diagnostics = ts.getPreEmitDiagnostics(program).filter(d => d.file && files.includes(path.normalize(d.file.fileName)));
    expect(diagnostics.map(d => `${path.basename(d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)).toEqual([]);
  }, 60_000);

  test.each([
    ['java', 'consumer-apps/java/src/main/java/com/example/orders/OrdersStack.java'],
    ['go', 'consumer-apps/go/orders_stack.go'],
  ])('every %s sample is an excerpt of %s, which make publish-local compiles and runs', (language, source) => {
    // Compared with runs of white space as one space, as the README indents a sample by its own margin.
    const flat = (code: string) => code.replace(/\s+/g, ' ').trim();
    const samples = [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(m => m[1]);
    expect(samples.length).toBeGreaterThan(0);
    const code = flat(fs.readFileSync(path.join(ROOT, source), 'utf8'));
    expect(samples.filter(sample => !code.includes(flat(sample)))).toEqual([]);
  });

  test.each(Object.keys(generatedSections()))('the %s section is generated from the code and up to date', name => {
    expect(section(readme, name)).toEqual(generatedSections()[name]);
  });
});
