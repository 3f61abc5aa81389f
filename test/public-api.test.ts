import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The library uses aws-cdk-lib's public API only: members that are `_`-prefixed, `@internal` or
 * missing from its `.d.ts` change without notice between minor releases (that is how the checks
 * once went silent). The compiler holds the code to the floor's `.d.ts`; these tests close the
 * ways around it and type-check the code against the newest release as well.
 */
const ROOT = path.join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const ESCAPES: Array<[string, RegExp]> = [
  ['a cast to any', /\bas any\b/],
  ['a double cast', /\bas unknown as\b/],
  ['a member whose name starts with _', /\.\s*_[A-Za-z]\w*/],
  ['a bracketed member whose name starts with _', /\[\s*['"`]_[A-Za-z]/],
  ['a known aws-cdk-lib internal', /\b(obtainResourceDependencies|obtainDependencies|rawOverrides|cfnProperties|renderProperties|toCloudFormation|_validationPlugins)\b/],
];

test.each(ESCAPES)('src/ has no %s', (_what, pattern) => {
  const hits = sourceFiles(path.join(ROOT, 'src')).flatMap(file => fs.readFileSync(file, 'utf8').split('\n')
    .map((line, i) => ({ where: `${path.relative(ROOT, file)}:${i + 1}`, line }))
    .filter(({ line }) => pattern.test(line.replace(/\/\/.*$|^\s*\*.*$/, ''))));
  expect(hits).toEqual([]);
});

test('the library type-checks against the newest aws-cdk-lib .d.ts as well as the floor', () => {
  const config = path.join(ROOT, '.tmp', 'tsconfig.newest.json');
  fs.mkdirSync(path.dirname(config), { recursive: true });
  fs.writeFileSync(config, JSON.stringify({
    extends: '../tsconfig.json',
    compilerOptions: {
      noEmit: true,
      rootDir: '../src',
      baseUrl: '..',
      paths: { 'aws-cdk-lib': ['node_modules/aws-cdk-lib-newest'], 'aws-cdk-lib/*': ['node_modules/aws-cdk-lib-newest/*'] },
    },
    include: ['../src/**/*.ts'],
  }));
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', config], { cwd: ROOT, encoding: 'utf8' });
  expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
  expect(tsc.status).toBe(0);
}, 120_000);
