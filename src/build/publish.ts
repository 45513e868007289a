// Building into a fresh folder and putting it in place only when it is complete: a failed build never publishes
// a half-built site and never touches the previous one.
//
// Putting it in place takes two renames (the previous site aside, the new one in its place): a build killed between
// them leaves no site folder, only the previous site aside. So before anything else, every start looks for that
// state and puts the previous site back; at every instant a complete site is either in place or aside, to be
// restored. Folders of builds that were killed are removed only once a site is in place.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export interface Published {
  /** Settles when the previous site (and any folders left by builds that were killed) is removed. */
  previousRemoved: Promise<void>;
}

/** The steps of putting a site in place, for tests that stop a build at each of them. */
export type PublishStep = 'filled' | 'previous-aside' | 'new-in-place';

/**
 * Runs `fill` on an empty staging folder beside `target`; on success the staging folder replaces `target`. The
 * previous site is then removed by a separate process: deleting a region's ten thousand files takes seconds, and
 * the new site is already in place.
 */
export async function publishDirectory(
  target: string,
  fill: (staging: string) => Promise<void>,
  onStep: (step: PublishStep) => void = () => {},
): Promise<Published> {
  restoreInterrupted(target);
  // Beside the target, so that putting it in place is a rename on the same file system.
  const staging = ourFolder(target, 'building', process.pid);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await fill(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  onStep('filled');
  const old = ourFolder(target, 'old', process.pid);
  if (existsSync(target)) renameSync(target, old);
  onStep('previous-aside');
  try {
    renameSync(staging, target);
  } catch (error) {
    if (existsSync(old)) renameSync(old, target);
    throw error;
  }
  onStep('new-in-place');
  // The new site is in place: a problem with removing the old one is not the build's.
  try {
    const leftovers = leftoverFolders(target);
    return { previousRemoved: leftovers.length ? removeInBackground(leftovers) : Promise.resolve() };
  } catch (error) {
    console.warn(`Прежнюю сборку удалить не удалось: ${error instanceof Error ? error.message : String(error)}`);
    return { previousRemoved: Promise.resolve() };
  }
}

/**
 * When `target` is missing and a build that was putting a new site in place was killed between its two renames,
 * its previous site (set aside, complete) goes back in place. Returns whether it did.
 */
export function restoreInterrupted(target: string): boolean {
  if (existsSync(target)) return false;
  let entries: string[];
  try {
    entries = readdirSync(path.dirname(target));
  } catch {
    return false;
  }
  const prefix = `.${path.basename(target)}.karta-old-${hostname()}-`;
  const aside = entries
    .filter((entry) => entry.startsWith(prefix))
    .map((entry) => ({ folder: path.join(path.dirname(target), entry), pid: Number(entry.slice(prefix.length)) }))
    .filter(({ pid }) => Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid))
    .sort((a, b) => statSync(b.folder).mtimeMs - statSync(a.folder).mtimeMs);
  const latest = aside[0];
  if (!latest) return false;
  renameSync(latest.folder, target);
  console.warn(
    `Прошлая сборка была прервана, когда ставила сайт на место: прежний сайт возвращён в ${path.basename(target)}.`,
  );
  return true;
}

/**
 * A folder of a build of `target` by process `pid` of this machine, beside it: names no one else would give, so that
 * the folders of killed builds can be recognised and removed.
 */
function ourFolder(target: string, kind: 'building' | 'old', pid: number): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.karta-${kind}-${hostname()}-${pid}`);
}

/**
 * This build's previous site, the staging or previous folders of builds of `target` whose process no longer runs,
 * and the spare site earlier versions kept beside it.
 */
function leftoverFolders(target: string): string[] {
  const prefix = `.${path.basename(target)}.karta-`;
  const host = `-${hostname()}-`;
  const entries = readdirSync(path.dirname(target));
  const ofBuilds = entries
    .filter((entry) => entry.startsWith(`${prefix}building${host}`) || entry.startsWith(`${prefix}old${host}`))
    .map((entry) => ({ entry, pid: Number(entry.slice(entry.lastIndexOf('-') + 1)) }))
    .filter(
      ({ entry, pid }) =>
        Number.isInteger(pid) &&
        pid > 0 &&
        (entry === path.basename(ourFolder(target, 'old', process.pid)) || (pid !== process.pid && !isRunning(pid))),
    )
    .map(({ entry }) => entry);
  const spare = entries.filter((entry) => entry === `${prefix}spare`);
  return [...ofBuilds, ...spare].map((entry) => path.join(path.dirname(target), entry));
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the folders in a detached process that outlives this one; removes them here if it cannot start. */
function removeInBackground(folders: string[]): Promise<void> {
  const script =
    'for (const f of process.argv.slice(1)) ' +
    'require("node:fs").rmSync(f, { recursive: true, force: true, maxRetries: 3 })';
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script, ...folders], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
    });
    child.once('error', () => {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
      resolve();
    });
    child.once('close', () => resolve());
    child.unref();
  });
}
