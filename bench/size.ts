// `npm run size`: builds the site and weighs it against the budgets of a roadmap page (largest seed roadmap, Krasnodar,
// 156 items): its HTML ≤ 60 KB gzip, all CSS ≤ 15 KB gzip, no JavaScript needed to read it. Prints figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = path.join(root, 'dist');
const pagePath = process.argv[2] ?? 'roadmaps/krasnodar-krai-2023/index.html';

// Always from a fresh build: an old dist/ would report old figures.
const build = spawnSync(process.execPath, [path.join(root, 'bin', 'karta.mjs'), 'build'], { stdio: 'inherit' });
if (build.status !== 0) throw new Error(`the build failed (exit code ${build.status ?? 'none'}): see above`);
if (!existsSync(path.join(dist, pagePath))) throw new Error(`no page ${pagePath} in the build`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (data: Buffer) => gzipSync(data, { level: 9 }).length;
const html = readFileSync(path.join(dist, pagePath));
const page = html.toString('utf8');
const cssFiles = readdirSync(path.join(dist, '_astro')).filter((f) => f.endsWith('.css'));
const css = Buffer.concat(cssFiles.map((f) => readFileSync(path.join(dist, '_astro', f))));
const scripts = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
const scriptBytes = scripts.map(
  (src) => readFileSync(path.join(dist, src.replace(/^.*?(_astro\/|a11y\.js)/, '$1'))).length,
);

const rows: [string, string, string, string][] = [
  ['page HTML', `${kb(html.length)} raw, ${kb(gz(html))} gzip`, '≤ 60 KB gzip', gz(html) <= 60 * 1024 ? 'ok' : 'OVER'],
  [
    'all CSS',
    `${kb(css.length)} raw, ${kb(gz(css))} gzip (${cssFiles.length} file)`,
    '≤ 15 KB gzip',
    gz(css) <= 15 * 1024 ? 'ok' : 'OVER',
  ],
  ['JavaScript needed to read', '0 bytes (the page is complete HTML; tests read it with JavaScript off)', '0', 'ok'],
  [
    'JavaScript on the page',
    `${scripts.join(', ') || 'none'}: ${scriptBytes.reduce((a, b) => a + b, 0)} bytes ` +
      '(settings of the version for the visually impaired)',
    '—',
    '',
  ],
  ['items on the page', String((page.match(/<tr id="p-/g) ?? []).length), '', ''],
];
console.log(`Page: ${pagePath}`);
for (const [what, value, budget, verdict] of rows)
  console.log(`${what.padEnd(28)} ${value.padEnd(70)} ${budget.padEnd(14)} ${verdict}`);
if (rows.some((r) => r[3] === 'OVER')) process.exitCode = 1;
