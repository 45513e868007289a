// One real build of the real content, shared by the tests of a file (each test file runs in its own process).
import path from 'node:path';
import { karta } from './content-copy.ts';
import { tempDir } from './temp-dir.ts';

/** `env`: variables for the build, e.g. KARTA_BUILD_DATE for a fixed «по состоянию на». */
export function buildSite(args: string[] = [], env: Record<string, string> = {}): string {
  const outDir = path.join(tempDir('karta-site-'), 'dist');
  const result = karta(['build', '--out', outDir, ...args], env);
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
  return outDir;
}
