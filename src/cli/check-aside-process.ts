// The child process of `checkAndWriteDataFilesAside` (check-aside.ts): it checks the content, sends it to the build,
// and then writes the data files from it.
import { checkAndReport } from './check.ts';
import { siteOverrides } from '../content-model/site-config.ts';
import type { ContentEntry } from '../content-model/load-content.ts';
import { checkedEntryOf } from '../content-model/astro-loader.ts';
import { siteContentFrom, unknownHome } from '../site/site-content.ts';
import { writeDataFiles } from '../open-data/write-files.ts';
import type { AsideMessage, CheckedContent } from './check-aside.ts';

interface Job {
  contentDir: string;
  siteDir: string;
  builtAt: string;
}

const send = (message: AsideMessage) => new Promise<void>((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));

/**
 * Checks the content (printing every problem); when it has no errors, returns its collections as lists of entries
 * and the site's settings. Nothing else of the check is kept: the file texts and the data as read.
 */
function checkedContent(contentDir: string): CheckedContent | undefined {
  const content = checkAndReport(contentDir);
  if (!content) return undefined;
  const entries = <T>(map: Map<string, ContentEntry<T>>) => [...map.values()].map(checkedEntryOf);
  return {
    collections: {
      organizations: entries(content.organizations),
      people: entries(content.people),
      riskFactors: entries(content.riskFactors),
      glossary: entries(content.glossary),
      roadmaps: entries(content.roadmaps),
    },
    site: { ...content.site, ...siteOverrides() },
  };
}

process.once('message', async (job: Job) => {
  try {
    const started = performance.now();
    const content = checkedContent(job.contentDir);
    // Sent whole before the files are written: writing them keeps this process busy.
    await send({ kind: 'checked', content, seconds: (performance.now() - started) / 1000 });
    if (content && !unknownHome(content.collections, content.site)) {
      const writing = performance.now();
      writeDataFiles(job.siteDir, { ...siteContentFrom(content.collections, content.site), builtAt: job.builtAt });
      await send({ kind: 'written', seconds: (performance.now() - writing) / 1000 });
    }
  } catch (error) {
    process.exitCode = 1;
    await send({ kind: 'failed', error: error instanceof Error ? error.message : String(error) }).catch(() => {});
  }
  process.disconnect();
});
