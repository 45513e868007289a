// `npm run lint`: no line of code over 120 characters. Biome formats TypeScript to that width but leaves strings,
// regular expressions and comments as written, and does not format .astro or .css files; this catches what it
// leaves. Content (src/content, tests/fixtures) and the Markdown docs are prose and are not checked.
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const maxColumns = 120;
const checked = /\.(ts|mjs|cjs|js|astro|css|svg)$/;
const roots = ['src', 'tests', 'bench', 'dev', 'bin', 'public', 'astro.config.mjs', '.dependency-cruiser.cjs'];
const skipped = new Set(['src/content', 'tests/fixtures']);

function* files(at: string): Generator<string> {
  if (skipped.has(at)) return;
  let entries: Dirent[];
  try {
    entries = readdirSync(at, { withFileTypes: true });
  } catch {
    if (checked.test(at)) yield at;
    return;
  }
  for (const entry of entries) yield* files(path.posix.join(at, entry.name));
}

const projectRoot = path.join(import.meta.dirname, '..');
process.chdir(projectRoot);
const long: string[] = [];
for (const root of roots) {
  for (const file of files(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      // Characters, not UTF-16 units or bytes: a Russian letter is one column.
      .forEach((line, index) => {
        const columns = [...line].length;
        if (columns > maxColumns) long.push(`${file}:${index + 1}: ${columns} characters`);
      });
  }
}
if (long.length) {
  console.error(`Lines over ${maxColumns} characters (break the string, comment or markup):\n${long.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`✔ no line over ${maxColumns} characters`);
}
