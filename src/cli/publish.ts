// Building into a fresh folder and putting it in place only when it is complete: a failed build never publishes
// a half-built site and never touches the previous one.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Runs `fill` on an empty staging folder beside `target`; on success the staging folder replaces `target`. */
export async function publishDirectory(target: string, fill: (staging: string) => Promise<void>): Promise<void> {
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
  rmSync(old, { recursive: true, force: true });
}
