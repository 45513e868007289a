// One build at a time in a project: Astro keeps its state in the project's .astro folder whatever the content and
// output folders are, and two builds at once break each other there. The lock is a file holding the machine and the
// process that builds; a lock whose process has ended is stale and taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { isRunning } from './publish.ts';

export type Lock = { release(): void } | { heldBy: { host: string; pid: number } };

export function takeBuildLock(projectRoot: string): Lock {
  const file = path.join(projectRoot, '.karta', 'build.lock');
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
    const [host = '', pidText = ''] = readOrEmpty(file).split('\n');
    const pid = Number(pidText);
    const stale = host === hostname() && Number.isInteger(pid) && pid > 0 && !isRunning(pid);
    if (!stale && host && pid) return { heldBy: { host, pid } };
    rmSync(file, { force: true }); // stale, or written only in part: taken over
  }
  return { heldBy: { host: hostname(), pid: 0 } };
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
