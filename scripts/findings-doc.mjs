// Rewrites docs/findings.md from the rule data (src/lib/analyses/findings/rules.ts).
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const code = `
import { findingsMarkdown } from './src/lib/analyses/findings/docs.ts';
import { ALL_RULES } from './src/lib/analyses/findings/rules.ts';
process.stdout.write(findingsMarkdown(ALL_RULES));
`;
const run = spawnSync('npx', ['tsx', '--input-type=module', '-e', code], {
  cwd: root,
  encoding: 'utf8',
});
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(run.status ?? 1);
}
mkdirSync(path.join(root, 'docs'), { recursive: true });
writeFileSync(path.join(root, 'docs/findings.md'), run.stdout);
