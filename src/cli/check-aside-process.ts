// The check process of `checkAndWriteDataFilesAside` (check-aside.ts): it checks the content, printing every
// problem, and sends it on as bytes; then it ends, and with it the heap the check took.
import { serialize } from 'node:v8';
import { checkAndReport } from './check.ts';
import { siteOverrides } from '../content-model/site-config.ts';
import type { ContentEntry } from '../content-model/load-content.ts';
import { checkedEntryOf } from '../content-model/astro-loader.ts';
import type { CheckMessage, CheckedContent } from './check-aside.ts';

const send = (message: CheckMessage) => new Promise<void>((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));

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
      reports: entries(content.reports),
    },
    site: { ...content.site, ...siteOverrides() },
    attachments: new Map([...content.attachments].map(([file, { absoluteFile }]) => [file, absoluteFile])),
  };
}

process.once('message', async ({ contentDir }: { contentDir: string }) => {
  try {
    const started = performance.now();
    const content = checkedContent(contentDir);
    await send({ kind: 'checked', content: content && serialize(content), seconds: (performance.now() - started) / 1000 });
  } catch (error) {
    process.exitCode = 1;
    await send({ kind: 'failed', error: error instanceof Error ? error.message : String(error) }).catch(() => {});
  }
  process.disconnect();
});
