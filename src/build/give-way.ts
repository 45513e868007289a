// Pagefind, which indexes the pages beside their rendering, runs at a lower priority: on two cores the rendering is
// the longest path, and Pagefind gets the time it leaves (on a machine with cores to spare it gets a core of its own
// all the same). The check and the data files keep the normal priority: they must be done before the rendering is,
// and lowering the data files does not make the build faster (docs/benchmark.md).
import { constants, setPriority } from 'node:os';

/** Lowers the priority of the process `pid` (this one when none is given); where that is not allowed, nothing. */
export function giveWay(pid?: number): void {
  try {
    if (pid === undefined) setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
    else setPriority(pid, constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // not allowed here: the build is as fast, only less evenly shared
  }
}
