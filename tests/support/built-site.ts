// Real builds of the site for the tests. `buildSite` builds into a folder of the test file's own (each test file
// runs in its own process). `sharedSite` builds the project's own content, with the editions' example, once for
// every test file that only reads the site it asks for: kept in the system's temporary folder under a key of the
// build's arguments and of every file the build is made of (sources, content, packages), so that a change to any
// of them makes a new build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyContent, karta, projectRoot } from './content-copy.ts';
import { tempDir } from './temp-dir.ts';
import { inBuildTurn } from './build-turn.ts';

/** `env`: variables for the build, e.g. KARTA_BUILD_DATE for a fixed «по состоянию на». */
export function buildSite(args: string[] = [], env: Record<string, string> = {}): string {
  const outDir = path.join(tempDir('karta-site-'), 'dist');
  const result = karta(['build', '--out', outDir, ...args], env);
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
  return outDir;
}

const sharedRoot = path.join(tmpdir(), 'karta-shared-sites');
const madeOf = ['src', 'public', 'bin', 'astro.config.mjs', 'package-lock.json', 'tests/fixtures/example-edition'];

/** A digest of every file the build is made of. */
function sourcesDigest(): string {
  const hash = createHash('sha256');
  const add = (at: string) => {
    const full = path.join(projectRoot, at);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(path.join(at, name));
    } else {
      hash.update(at);
      hash.update(readFileSync(full));
    }
  };
  for (const at of madeOf) add(at);
  return hash.digest('hex');
}

/**
 * The project's content with the made-up amendment of the editions' tests (content-copy.ts), built as of `date`
 * (KARTA_BUILD_DATE), once per change of the project: do not write into it. The test files that share it run side by
 * side: the first one builds it in its turn at building (build-turn.ts), and the others wait for it.
 */
export function sharedSite(date: string): string {
  const key = createHash('sha256').update(date).update(sourcesDigest()).digest('hex').slice(0, 20);
  const dir = path.join(sharedRoot, key);
  const done = path.join(dir, 'built');
  if (!existsSync(done))
    inBuildTurn(() => {
      if (!existsSync(done)) buildShared(dir, date);
    });
  return path.join(dir, 'dist');
}

/** Builds the shared site into `dir` (named by its key), marking it built once it is. */
function buildShared(dir: string, date: string): void {
  const key = path.basename(dir);
  mkdirSync(sharedRoot, { recursive: true });
  // Builds of other versions of the project, a day old or more, go.
  for (const other of readdirSync(sharedRoot)) {
    const at = path.join(sharedRoot, other);
    if (other !== key && Date.now() - statSync(at).mtimeMs > 86_400_000) rmSync(at, { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
  const content = copyContent(true, path.join(dir, 'content'));
  const result = karta(['build', '--content', content, '--out', path.join(dir, 'dist')], { KARTA_BUILD_DATE: date });
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
  writeFileSync(path.join(dir, 'built'), '');
}
