// The process that renders the pages (render-pages-process.ts) has the content checked in a child process while it
// starts Astro, which needs the content only when the first page asks for it, a second or so later; another child
// process then writes the data files (open data and iCalendar, src/build/write-data-files.ts) from what was checked,
// while the pages are rendered. Two processes rather than one: the check reads and parses every file and leaves a
// heap several times the size of the content, which its process keeps until it ends; the writer starts with
// only the content. The checked content travels as bytes (v8.serialize): this process passes them on unread.
import { startChild } from './child-process.ts';
import { contentFromBytes } from './content-bytes.ts';
import type { CheckedContent, CheckJob, CheckMessage, DataFilesJob, DataFilesMessage } from './protocol.ts';
import type { DocumentsSettings, OfficeOutcome } from './make-documents.ts';
import type { DocumentSizes } from '../site/document-files.ts';

export interface Aside {
  /** The checked content; undefined when the check found errors (the child has printed them). */
  checked: Promise<CheckedContent | undefined>;
  /** Seconds the check took in the child (once it has sent the content). */
  checkSeconds: () => number;
  /**
   * The sizes of the roadmaps' documents already in the cache, which the data-files process sends first; undefined
   * when it ends without.
   */
  documentSizes: Promise<DocumentSizes | undefined>;
  /** Settles when the data files are written (with the seconds it took and the office documents) or could not be. */
  dataFiles: Promise<{ seconds: number; office: OfficeOutcome }>;
  /** Ends the processes early (after a failure) and waits for them to end. */
  stop: () => Promise<void>;
}

/**
 * Checks the content of `contentDir` in a child process; another then writes the data files into `siteDir` unless
 * the content has errors or an option instead of site.yaml does not fit it (the build stops then and reports it).
 */
export function checkAndWriteDataFilesAside(job: CheckJob, siteDir: string, documents: DocumentsSettings): Aside {
  const { builtAt } = job;
  // Both start at once; the writer loads its modules only when it has work. It lives beside the rendering, and
  // writing thousands of files leaves short-lived garbage that with V8's young generation for a machine with much
  // memory would take a heap half again as large: a smaller one, but not too small — at 4 MB a half its scavenges
  // cost more than twice as much as at 16 MB, for some 25 MB less; at 32 MB they would be cheaper still, but the
  // build's peak memory, taken beside the rendering, would rise by some 40 MB (docs/benchmark.md). What it writes
  // is garbage as soon as it is written, and V8 would let the old generation double before collecting it: held to
  // 30 % growth, the process stays some 100 MB smaller for the same time.
  const checker = startChild(new URL('./check-aside-process.ts', import.meta.url));
  const writer = startChild(new URL('./data-files-process.ts', import.meta.url), [
    '--max-semi-space-size=16',
    '--heap-growing-percent=30',
  ]);
  let checkSeconds = 0;
  let written: { seconds: number; office: OfficeOutcome } | undefined;
  const checked = new Promise<CheckedContent | undefined>((resolve, reject) => {
    checker.process.on('message', (message: CheckMessage) => {
      if (message.kind === 'failed') return checker.fail(message.error);
      checkSeconds = message.seconds;
      const bytes = message.content;
      const content = bytes && contentFromBytes(bytes);
      resolve(content);
      void import('./build-inputs.ts').then(({ settingsProblem }) => {
        if (bytes && content && settingsProblem(content) === undefined)
          writer.send({ siteDir, builtAt, content: bytes, documents } satisfies DataFilesJob);
        else writer.stop();
      });
    });
    // Without effect once the content has come.
    void checker.closed.then(() =>
      reject(
        new Error(`содержимое не проверено: ${checker.failure() || 'процесс проверки завершился раньше времени'}`),
      ),
    );
  });
  checked.catch(() => writer.stop()); // reported by whoever awaits `checked`
  let sizesCame!: (sizes: DocumentSizes | undefined) => void;
  const documentSizes = new Promise<DocumentSizes | undefined>((resolve) => {
    sizesCame = resolve;
  });
  void writer.closed.then(() => sizesCame(undefined)); // without effect once they have come
  writer.process.on('message', (message: DataFilesMessage) => {
    if (message.kind === 'document-sizes') sizesCame(message.sizes);
    else if (message.kind === 'written') written = { seconds: message.seconds, office: message.office };
    else writer.fail(message.error);
  });
  const dataFiles = writer.closed.then(({ code }) => {
    if (code !== 0 || written === undefined)
      throw new Error(`файлы данных не записаны: ${writer.failure() || `код завершения ${code}`}`);
    return written;
  });
  dataFiles.catch(() => {}); // reported by whoever awaits `dataFiles`
  const stop = async () => {
    checker.stop();
    writer.stop();
    await Promise.all([checker.closed, writer.closed]);
  };
  checker.send(job);
  return { checked, checkSeconds: () => checkSeconds, documentSizes, dataFiles, stop };
}
