// The processes of `karta build` that work beside the rendering of the pages — the check, the data files, the search
// index — run at a lower priority: on two cores the rendering is the longest path, and they get the time it
// leaves (on a machine with cores to spare they get cores of their own all the same).
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
