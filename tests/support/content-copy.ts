// Real content files, copied to a temporary folder so a test can break them without touching src/content.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-dir.ts';
import { inBuildTurn } from './build-turn.ts';

export const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const realContent = path.join(projectRoot, 'src', 'content');

/**
 * A made-up amendment of a real roadmap, with its signed file: the tests of editions need one, and the demo portal
 * publishes no invented order of a real organisation.
 */
const exampleEdition = path.join(projectRoot, 'tests', 'fixtures', 'example-edition');

/** `withExampleEdition`: the copy has the made-up amendment too. */
export function copyContent(withExampleEdition = false, dir = tempDir('karta-content-')): string {
  cpSync(realContent, dir, { recursive: true });
  if (withExampleEdition) cpSync(exampleEdition, dir, { recursive: true });
  return dir;
}

/** Replaces the first occurrence of `from` in a content file; fails loudly when the text is not there. */
export function edit(contentDir: string, file: string, from: string, to: string): void {
  const full = path.join(contentDir, file);
  const text = readFileSync(full, 'utf8');
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`«${from}» not found in ${file}`);
  writeFileSync(full, text.slice(0, at) + to + text.slice(at + from.length));
}

/** 1-based line and column of the first occurrence of `needle` in a file (computed from the text alone). */
export function positionOf(contentDir: string, file: string, needle: string): { line: number; column: number } {
  const text = readFileSync(path.join(contentDir, file), 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`«${needle}» not found in ${file}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * How long a command may take before it is stopped and its test fails, rather than the suite waiting for ever on a
 * process that hangs, as one can at its exit (src/build/render-pages-process.ts, endNow). Far above what the slowest
 * takes: the region-sized build of the browser tests, some 30 s. The tests' other processes (`karta serve`, Node,
 * pdftotext) have the limit of `other` (their `timeout`).
 */
export const commandLimitMs = { build: 600_000, other: 180_000 };

/** Runs the real command-line tool, as a user would (from the project's folder, or from `cwd`). */
export function karta(args: string[], env: Record<string, string> = {}, cwd = projectRoot) {
  const limitMs = args[0] === 'build' ? commandLimitMs.build : commandLimitMs.other;
  const run = () =>
    spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'karta.mjs'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ...env },
      timeout: limitMs,
    });
  // A build waits for its turn (build-turn.ts); the other commands run at once.
  const result = args[0] === 'build' ? inBuildTurn(run) : run();
  const stopped =
    (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT'
      ? `\nkarta ${args[0]}: not ended within ${limitMs / 1000} s, stopped by the test\n`
      : '';
  const stderr = result.stderr + stopped;
  return { code: result.status, stdout: result.stdout, stderr, output: result.stdout + stderr };
}
