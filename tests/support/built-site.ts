// One real build of the real content, shared by the tests of a file (each test file runs in its own process).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { karta } from './content-copy.ts';

export function buildSite(args: string[] = []): string {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'karta-site-')), 'dist');
  const result = karta(['build', '--out', outDir, ...args]);
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
  return outDir;
}
