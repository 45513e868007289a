// Building into a fresh folder and putting it in place only when it is complete: a failed build never publishes
// a half-built site and never touches the previous one.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface Published {
  /** Settles when the previous site (and any folders left by builds that were killed) is removed. */
  previousRemoved: Promise<void>;
}

/**
 * Runs `fill` on an empty staging folder beside `target`; on success the staging folder replaces `target`. The
 * previous site is then removed by a separate process: deleting a region's ten thousand files takes seconds, and
 * the new site is already in place.
 */
export async function publishDirectory(target: string, fill: (staging: string) => Promise<void>): Promise<Published> {
  // Beside the target, so that putting it in place is a rename on the same file system.
  const staging = path.join(path.dirname(target), `.${path.basename(target)}.building-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await fill(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (existsSync(old)) renameSync(old, target);
    throw error;
  }
  const leftovers = leftoverFolders(target);
  return { previousRemoved: leftovers.length ? removeInBackground(leftovers) : Promise.resolve() };
}

/** The previous site and the staging or previous folders of builds of `target` whose process no longer runs. */
function leftoverFolders(target: string): string[] {
  const name = path.basename(target);
  const parent = path.dirname(target);
  const ours = new RegExp(`^(?:\\.${escapeRegExp(name)}\\.building|${escapeRegExp(name)}\\.old)-(\\d+)$`);
  return readdirSync(parent)
    .map((entry) => ({ entry, pid: Number(ours.exec(entry)?.[1]) }))
    .filter(({ pid }) => pid === process.pid || (pid > 0 && !isRunning(pid)))
    .map(({ entry }) => path.join(parent, entry));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes the folders in a detached process that outlives this one; removes them here if it cannot start. */
function removeInBackground(folders: string[]): Promise<void> {
  const script = 'for (const f of process.argv.slice(1)) require("node:fs").rmSync(f, { recursive: true, force: true, maxRetries: 3 })';
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script, ...folders], { detached: true, stdio: 'ignore' });
    child.once('error', () => {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
      resolve();
    });
    child.once('exit', () => resolve());
    child.unref();
  });
}
