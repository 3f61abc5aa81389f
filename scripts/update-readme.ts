/**
 * Rewrites the generated sections of README.md (between `<!-- name:start -->` and
 * `<!-- name:end -->`, on lines of their own or inside a sentence): the preset table, the rules
 * table and its count, and the benchmark table.
 * test/readme.test.ts fails when a committed section differs from what this renders.
 */
import * as fs from 'fs';
import * as path from 'path';
import { renderPresetTable } from './preset-table';
import { renderRuleCount, renderRulesTable } from './rules-doc';

export const README = path.join(__dirname, '..', 'README.md');
export const BENCH_TABLE = path.join(__dirname, '..', 'bench', 'results.md');
export const CLI_BENCH_TABLE = path.join(__dirname, '..', 'bench', 'cli-results.md');
export const LIVE_BENCH_TABLE = path.join(__dirname, '..', 'bench', 'live-results.md');

/** The generated sections, by marker name. */
export function generatedSections(): Record<string, string> {
  return {
    'preset-table': renderPresetTable(),
    'rules-table': renderRulesTable(),
    'rule-count': renderRuleCount(),
    'bench-table': fs.existsSync(BENCH_TABLE) ? fs.readFileSync(BENCH_TABLE, 'utf8').trim() : '_Run `make bench` to measure._',
    'cli-bench-table': fs.existsSync(CLI_BENCH_TABLE) ? fs.readFileSync(CLI_BENCH_TABLE, 'utf8').trim() : '_Run `npx projen bench:cli` to measure._',
    'live-bench-table': fs.existsSync(LIVE_BENCH_TABLE) ? fs.readFileSync(LIVE_BENCH_TABLE, 'utf8').trim() : '_Run `npx projen bench:live` to measure._',
  };
}

/** The text between the markers of `name` in `text`. */
export function section(text: string, name: string): string {
  const match = sectionPattern(name).exec(text);
  if (!match) throw new Error(`README.md has no ${name} section`);
  return match[2];
}

/** A section on lines of its own (the markers end and start a line) or inside a sentence. */
function sectionPattern(name: string): RegExp {
  return new RegExp(`(<!-- ${name}:start -->\\n?)([\\s\\S]*?)(\\n?<!-- ${name}:end -->)`);
}

if (require.main === module) {
  let text = fs.readFileSync(README, 'utf8');
  for (const [name, content] of Object.entries(generatedSections())) {
    section(text, name);
    text = text.replace(sectionPattern(name), (_m, start, _old, end) => `${start}${content}${end}`);
  }
  fs.writeFileSync(README, text);
}
