// Turns at building the site, between the test files that run side by side (`--test-concurrency` in package.json).
// A project builds one site at a time (src/build/build-lock.ts refuses a second build), so every test that builds,
// or renders pages with Astro in the project's working folder, takes its turn here first; the others run meanwhile.
// The turn is a file holding the process that has it; the turn of a process that has ended is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isRunning } from '../../src/build/publish.ts';
import { projectRoot } from '../../src/build/paths.ts';

const turnFile = path.join(projectRoot, '.karta', 'test-build-turn');
const pause = new Int32Array(new SharedArrayBuffer(4));
/** How many calls of this process are inside their turn: a build inside a shared site's turn is in it already. */
let depth = 0;
process.on('exit', release);

function take(): void {
  mkdirSync(path.dirname(turnFile), { recursive: true });
  for (;;) {
    try {
      writeFileSync(turnFile, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readOr(turnFile, ''));
    if (Number.isInteger(holder) && holder > 0 && !isRunning(holder)) rmSync(turnFile, { force: true });
    // The test files that wait have nothing else to do: a synchronous wait, as the builds are synchronous.
    else Atomics.wait(pause, 0, 0, 100);
  }
}

function release(): void {
  if (readOr(turnFile, '') === String(process.pid)) rmSync(turnFile, { force: true });
}

function readOr(file: string, otherwise: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return otherwise;
  }
}

/** Takes this process's turn at building, waiting for it; returns what gives it back. */
export function takeBuildTurn(): () => void {
  if (depth++ === 0) take();
  let given = false;
  return () => {
    if (given) return;
    given = true;
    if (--depth === 0) release();
  };
}

/** Runs `build` in this process's turn at building. */
export function inBuildTurn<T>(build: () => T): T {
  const giveBack = takeBuildTurn();
  try {
    return build();
  } finally {
    giveBack();
  }
}
