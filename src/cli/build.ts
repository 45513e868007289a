// `karta build`: check the content, build the site into a fresh folder, and only when everything succeeded put it
// in place of the previous build. A failed build leaves the previous site exactly as it was.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkAndReport } from './check.ts';
import { dataById } from '../content-model/load-content.ts';
import { searchRecords } from '../search/records.ts';
import { writeSearchIndex } from '../search/write-index.ts';
import { defaultContentDir, defaultOutDir, projectRoot } from './paths.ts';

export interface BuildOptions {
  contentDir?: string;
  outDir?: string;
}

export async function runBuild(options: BuildOptions): Promise<number> {
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir);
  const outDir = path.resolve(options.outDir ?? defaultOutDir);

  const content = checkAndReport(contentDir);
  if (!content) {
    console.error('Сайт не собран: предыдущая сборка оставлена без изменений.');
    return 1;
  }

  const workDir = path.join(projectRoot, '.karta');
  // Beside the target, so that putting it in place is a rename on the same file system.
  const stagingDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}.building-${process.pid}`);
  rmSync(stagingDir, { recursive: true, force: true });

  // content.config.ts reads the content folder from here; Astro's content cache is kept per content folder, so that
  // building another folder never serves entries cached from the previous one.
  process.env.KARTA_CONTENT_DIR = contentDir;
  const cacheKey = createHash('sha1').update(contentDir).digest('hex').slice(0, 12);

  try {
    const { build } = await import('astro');
    await build({
      root: projectRoot,
      outDir: stagingDir,
      cacheDir: path.join(workDir, 'cache', cacheKey),
      logLevel: process.env.KARTA_LOG_LEVEL === 'info' ? 'info' : 'warn',
    });
    const data = dataById(content);
    await writeSearchIndex(
      searchRecords({ ...data, base: content.site.base, home: content.site.home }),
      path.join(stagingDir, 'pagefind'),
    );
  } catch (error) {
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(`\nСборка сайта не удалась: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Предыдущая сборка оставлена без изменений.');
    return 1;
  }

  replaceDirectory(stagingDir, outDir);
  console.log(`Сайт собран: ${path.relative(process.cwd(), outDir) || outDir}`);
  return 0;
}

/** Puts `fresh` where `target` is with two renames, so the target is never half-written. */
function replaceDirectory(fresh: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (existsSync(old)) renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
