// Turns at building the site, between the test files that run side by side (`--test-concurrency` in package.json).
// A project builds one site at a time (src/build/build-lock.ts refuses a second build), so every test that builds,
// or renders pages with Astro in the project's working folder, takes its turn here first; the others run meanwhile.
// The turn is a lock file as the build's own (src/build/build-lock.ts): the turn of a process that has ended is taken
// over.
import path from 'node:path';
import { takeLockFile } from '../../src/build/build-lock.ts';
import { projectRoot } from '../../src/build/paths.ts';

const turnFile = path.join(projectRoot, '.karta', 'test-build-turn');
const pause = new Int32Array(new SharedArrayBuffer(4));
/** How many calls of this process are inside their turn: a build inside a shared site's turn is in it already. */
let depth = 0;
let release = () => {};

function take(): void {
  for (;;) {
    const lock = takeLockFile(turnFile);
    if ('release' in lock) {
      release = lock.release;
      return;
    }
    // The test files that wait have nothing else to do: a synchronous wait, as the builds are synchronous.
    Atomics.wait(pause, 0, 0, 100);
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
