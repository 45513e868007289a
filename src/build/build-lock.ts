// One build at a time in a project: Astro keeps its state in the project's .astro folder whatever the content and
// output folders are, and two builds at once break each other there. The lock is a file holding the machine and the
// process that builds; a lock whose process has ended is stale and taken over.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { isRunning } from './publish.ts';

export type Lock = { release(): void } | { heldBy: { host: string; pid: number } };

export function takeBuildLock(projectRoot: string): Lock {
  return takeLockFile(path.join(projectRoot, '.karta', 'build.lock'));
}

/** The lock that `file` is, taken by this process unless a running one holds it. */
export function takeLockFile(file: string): Lock {
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${hostname()}\n${process.pid}\n`, { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const written = readWritten(file);
    if (!written) continue; // released meanwhile: tried again
    const [host = '', pidText = ''] = written.text.split('\n');
    const pid = Number(pidText);
    if (host && Number.isInteger(pid) && pid > 0) {
      if (host !== hostname() || isRunning(pid)) return { heldBy: { host, pid } };
    } else if (Date.now() - written.mtimeMs < beingWrittenMs) {
      // Created by another process that has not written into it yet: held, not taken over from under it.
      return { heldBy: { host: hostname(), pid: 0 } };
    }
    rmSync(file, { force: true }); // stale, or left written in part: taken over
  }
  return { heldBy: { host: hostname(), pid: 0 } };
}

/** How long a lock file may stay empty while the process that created it writes into it. */
const beingWrittenMs = 5000;

function readWritten(file: string): { text: string; mtimeMs: number } | undefined {
  try {
    return { mtimeMs: statSync(file).mtimeMs, text: readFileSync(file, 'utf8') };
  } catch {
    return undefined;
  }
}
