// The data files of a build written in a child process (see `writeDataFilesAside` in write-files.ts): it gets the
// checked content as one message, writes the files and exits.
import { siteContentFrom, type Collections } from '../site/site-content.ts';
import type { SiteConfig } from '../content-model/schemas.ts';
import { writeDataFiles } from './write-files.ts';

interface Job {
  siteDir: string;
  collections: Collections;
  site: SiteConfig;
  builtAt: string;
}

process.once('message', (job: Job) => {
  try {
    writeDataFiles(job.siteDir, { ...siteContentFrom(job.collections, job.site), builtAt: job.builtAt });
  } catch (error) {
    process.exitCode = 1;
    process.send!({ error: error instanceof Error ? error.message : String(error) });
  }
  process.disconnect();
});
