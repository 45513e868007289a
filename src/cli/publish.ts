// Building into a fresh folder and putting it in place only when it is complete: a failed build never publishes
// a half-built site and never touches the previous one.
//
// The site before the previous one is kept beside it as a spare, and the next build is written into it: on some file
// systems (ext4 without a journal, as on these build machines) creating ten thousand files soon after deleting ten
// thousand costs seconds more than rewriting them in place, because every new file skips the recently freed ones.
// What the build did not rewrite is removed before the folder is put in place, so the result is the same as from an
// empty folder.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Published {
  /** Settles when folders left by builds that were killed (or an extra previous site) are removed. */
  previousRemoved: Promise<void>;
  /** Whether the build was written into the spare (the site before the previous one) rather than an empty folder. */
  recycled: boolean;
}

export interface PublishOptions {
  /**
   * Folders of the site whose writer does not write a file that is already there (Pagefind: its file names are
   * hashes of their contents, short enough for an old file to have the name of a new one): they start empty.
   */
  writtenAfresh?: string[];
}

/** Thrown by `fill` when it failed before anything was written (the content was refused): the spare stays the spare. */
export class NothingWritten extends Error {}

/**
 * Runs `fill` on a staging folder beside `target` (the spare, or a new empty one); on success the staging folder,
 * without the old files `fill` did not write, replaces `target`, and the previous site becomes the spare. On failure
 * `target` is left as it was.
 */
export async function publishDirectory(target: string, fill: (staging: string) => Promise<void>, options: PublishOptions = {}): Promise<Published> {
  // Beside the target, so that putting it in place is a rename on the same file system.
  const staging = ourFolder(target, 'building', process.pid);
  rmSync(staging, { recursive: true, force: true });
  const recycled = await takeSpare(target, staging, options.writtenAfresh ?? []);
  if (!recycled) mkdirSync(staging, { recursive: true });
  try {
    await fill(staging);
    if (recycled) removeNotRewritten(recycled);
  } catch (error) {
    // A spare nothing was written into can be one again; what a failed build wrote into goes, and so does a new folder.
    if (!(recycled && error instanceof NothingWritten && putBack(staging, spareFolder(target)))) rmSync(staging, { recursive: true, force: true });
    rmSync(ourFolder(target, 'trash', process.pid), { recursive: true, force: true });
    throw error;
  }
  const old = ourFolder(target, 'old', process.pid);
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (existsSync(old)) renameSync(old, target);
    throw error;
  }
  // The new site is in place: what happens to the old one is not the build's concern. Only a real folder becomes
  // the spare (a link to a folder elsewhere would have the next build write there).
  try {
    if (isFolder(old) && !existsSync(spareFolder(target))) renameSync(old, spareFolder(target));
  } catch {
    // removed below instead
  }
  try {
    const leftovers = leftoverFolders(target);
    return { recycled: Boolean(recycled), previousRemoved: leftovers.length ? removeInBackground(leftovers) : Promise.resolve() };
  } catch (error) {
    console.warn(`Прежнюю сборку удалить не удалось: ${error instanceof Error ? error.message : String(error)}`);
    return { recycled: Boolean(recycled), previousRemoved: Promise.resolve() };
  }
}

function isFolder(folder: string): boolean {
  try {
    return lstatSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** What a recycled staging folder held before the build: each file's inode and change time, and the folders. */
interface Recycled {
  files: Map<string, string>;
  folders: string[];
}

/** Timestamps of some file systems are this coarse (FAT: 2 s); ext4 and most others count nanoseconds. */
const timestampResolutionMs = 2000;

/**
 * Makes the spare the staging folder, if there is one, and notes what is in it. The folders to be written afresh
 * are moved out (and removed with the leftovers); so are files linked from elsewhere, which writing in place would
 * change there too.
 */
async function takeSpare(target: string, staging: string, writtenAfresh: string[]): Promise<Recycled | undefined> {
  const spare = spareFolder(target);
  if (!isFolder(spare)) return undefined;
  try {
    renameSync(spare, staging);
  } catch {
    return undefined; // another build took it
  }
  const trash = ourFolder(target, 'trash', process.pid);
  rmSync(trash, { recursive: true, force: true });
  mkdirSync(trash);
  writtenAfresh.forEach((folder, i) => {
    if (existsSync(path.join(staging, folder))) renameSync(path.join(staging, folder), path.join(trash, String(i)));
  });
  const files = new Map<string, string>();
  const folders: string[] = [];
  let newest = 0;
  for (const entry of readdirSync(staging, { recursive: true, withFileTypes: true })) {
    const entryPath = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) {
      folders.push(entryPath);
      continue;
    }
    const stats = lstatSync(entryPath, { bigint: true });
    if (stats.nlink > 1n) {
      unlinkSync(entryPath);
      continue;
    }
    files.set(entryPath, signature(stats));
    newest = Math.max(newest, Number(stats.ctimeMs));
  }
  // A file the build rewrites must get a change time none of the old files had: in a real rebuild the spare is long
  // older than that; only right after it was written (tests) is there something to wait for. A change time in the
  // future (a clock put back) cannot equal that of a file written now.
  const wait = Math.min(newest + timestampResolutionMs - Date.now(), timestampResolutionMs);
  if (wait > 0) await sleep(wait);
  return { files, folders };
}

function putBack(staging: string, spare: string): boolean {
  try {
    renameSync(staging, spare);
    return true;
  } catch {
    return false; // another build made one meanwhile
  }
}

/** Writing a file in place changes its change time; writing a new one in its place, its inode. */
const signature = (stats: { ino: bigint; ctimeNs: bigint }) => `${stats.ino}:${stats.ctimeNs}`;

/** Removes the files of the spare the build did not write, then the folders left empty. */
function removeNotRewritten({ files, folders }: Recycled): void {
  for (const [file, before] of files) {
    let now;
    try {
      now = lstatSync(file, { bigint: true });
    } catch {
      continue; // removed by the build
    }
    if (signature(now) === before) unlinkSync(file);
  }
  // Deepest first: a folder's path is longer than its parent's.
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder);
    } catch {
      // not empty: the build wrote into it
    }
  }
}

/**
 * A folder of a build of `target` by process `pid` of this machine, beside it: names no one else would give, so that
 * the folders of killed builds can be recognised and removed.
 */
function ourFolder(target: string, kind: 'building' | 'old' | 'trash', pid: number): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.karta-${kind}-${hostname()}-${pid}`);
}

/** The site before the previous one, kept for the next build of `target` to write into. */
export function spareFolder(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.karta-spare`);
}

/** This build's previous site (when not kept as the spare) and trash, and the folders of builds of `target` whose process no longer runs. */
function leftoverFolders(target: string): string[] {
  const prefix = `.${path.basename(target)}.karta-`;
  const host = `-${hostname()}-`;
  const mine = new Set((['old', 'trash'] as const).map((kind) => path.basename(ourFolder(target, kind, process.pid))));
  return readdirSync(path.dirname(target))
    .filter((entry) => ['building', 'old', 'trash'].some((kind) => entry.startsWith(`${prefix}${kind}${host}`)))
    .map((entry) => ({ entry, pid: Number(entry.slice(entry.lastIndexOf('-') + 1)) }))
    .filter(({ entry, pid }) => Number.isInteger(pid) && pid > 0 && (mine.has(entry) || (pid !== process.pid && !isRunning(pid))))
    .map(({ entry }) => path.join(path.dirname(target), entry));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the folders in a detached process that outlives this one; removes them here if it cannot start. */
function removeInBackground(folders: string[]): Promise<void> {
  const script = 'for (const f of process.argv.slice(1)) require("node:fs").rmSync(f, { recursive: true, force: true, maxRetries: 3 })';
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script, ...folders], { detached: true, stdio: 'ignore', windowsHide: true });
    child.once('error', () => {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
      resolve();
    });
    child.once('close', () => resolve());
    child.unref();
  });
}
