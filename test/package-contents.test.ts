import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** What `npm publish` ships: the compiled library, its jsii assembly, and every file the README links. */
const ROOT = path.join(__dirname, '..');

function packedFiles(): string[] {
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(pack.status).toBe(0);
  return JSON.parse(pack.stdout)[0].files.map((f: { path: string }) => f.path);
}

test('the npm package holds the library and every file the README links, and no development files', () => {
  const files = packedFiles();
  const linked = [...fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/\]\((?!https?:|#)([^)#]+)/g)].map(m => m[1]);
  expect(linked.length).toBeGreaterThan(0);
  expect(linked.filter(link => !files.includes(link))).toEqual([]);
  expect(files).toEqual(expect.arrayContaining(['.jsii', 'lib/index.js', 'lib/index.d.ts', 'API.md', 'LICENSE', 'package.json']));
  expect(files.filter(f => /^(src|test|tools|bench|scripts|python|examples|\.ci)\//.test(f) || f.startsWith('.venv'))).toEqual([]);
}, 60_000);
