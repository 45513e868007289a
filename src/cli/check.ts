// `karta check`: validate all content and print every problem with its place.
import { checkAndReport } from '../build/check-and-report.ts';

export function runCheck(options: { contentDir?: string }): number {
  return checkAndReport(options.contentDir) ? 0 : 1;
}
