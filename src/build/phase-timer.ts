// Wall time of each phase of `karta build` and a few counts; with `--timings <file>` the build writes them there as
// JSON (`npm run bench` reads them). The process that renders the pages keeps its own and hands them over.
import { writeFileSync } from 'node:fs';

export interface Timings {
  phases: Record<string, number>;
  counts: Record<string, number>;
}

export function phaseTimer() {
  const phases: Record<string, number> = {};
  const counts: Record<string, () => number> = {};
  const started = performance.now();
  return {
    measure<T>(name: string, run: () => T): T {
      const t = performance.now();
      try {
        return run();
      } finally {
        phases[name] = (phases[name] ?? 0) + (performance.now() - t) / 1000;
      }
    },
    async measureAsync<T>(name: string, run: () => Promise<T>): Promise<T> {
      const t = performance.now();
      try {
        return await run();
      } finally {
        phases[name] = (phases[name] ?? 0) + (performance.now() - t) / 1000;
      }
    },
    /** A phase that ran beside the others (its time is not part of the total). */
    record(name: string, seconds: number) {
      phases[name] = seconds;
    },
    /** A number the report gives as it is when written. */
    count(name: string, value: () => number) {
      counts[name] = value;
    },
    /** What another process measured. */
    add(other: Timings) {
      Object.assign(phases, other.phases);
      for (const [name, value] of Object.entries(other.counts)) counts[name] = () => value;
    },
    timings(): Timings {
      return {
        phases: { ...phases },
        counts: Object.fromEntries(Object.entries(counts).map(([name, value]) => [name, value()])),
      };
    },
    /**
     * The report of `--timings`: the way the site was built (src/build/build.ts), phases, total, counts, and the
     * resident memory of the largest process.
     */
    report(file: string, way: string, peakRssBytes: number) {
      const total = (performance.now() - started) / 1000;
      writeFileSync(file, JSON.stringify({ way, ...this.timings(), total, peakRssBytes }, null, 1));
    },
  };
}

export type PhaseTimer = ReturnType<typeof phaseTimer>;
