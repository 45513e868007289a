// The data-files process of `checkAndWriteDataFilesAside` (check-aside.ts): it writes the open data and iCalendar
// files of the checked content it is sent, while the pages are rendered.
// Its modules are loaded when the job comes: until then the check has the second core.
import { contentFromBytes } from './content-bytes.ts';
import type { DataFilesJob, DataFilesMessage } from './protocol.ts';

const send = (message: DataFilesMessage) =>
  new Promise<void>((resolve, reject) =>
    process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())),
  );

process.once('message', async (job: DataFilesJob) => {
  try {
    const started = performance.now();
    const [{ siteContentFrom }, { writeDataFiles }, { documentJobs, writeOfficeDocuments }] = await Promise.all([
      import('../site/site-content.ts'),
      import('./write-data-files.ts'),
      import('./make-documents.ts'),
    ]);
    const { collections, site, attachments } = contentFromBytes(job.content);
    const content = siteContentFrom(collections, site, job.builtAt);
    // First what the roadmap pages link to: the sizes of their documents in the cache.
    const { jobs, sizes } = documentJobs(content, job.documents);
    await send({ kind: 'document-sizes', sizes });
    writeDataFiles(job.siteDir, content, attachments);
    // The Word and Excel copies need only the content (src/build/make-documents.ts); the PDFs come after the pages.
    const office = await writeOfficeDocuments(job.siteDir, content, job.documents.documentsCache, jobs);
    await send({ kind: 'written', seconds: (performance.now() - started) / 1000, office });
  } catch (error) {
    process.exitCode = 1;
    await send({ kind: 'failed', error: error instanceof Error ? error.message : String(error) }).catch(() => {});
  }
  process.disconnect();
});
