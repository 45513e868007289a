// The check process of `checkAndWriteDataFilesAside` (check-aside.ts): it checks the content, printing every
// problem, and sends it on as bytes; then it ends, and with it the heap the check took.
import { checkAndReport } from './check-and-report.ts';
import { checkedContentOf } from './build-inputs.ts';
import { contentToBytes } from './content-bytes.ts';
import type { CheckJob, CheckMessage, CheckedContent } from './protocol.ts';

const send = (message: CheckMessage) =>
  new Promise<void>((resolve, reject) =>
    process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())),
  );

/**
 * Checks the content (printing every problem); when it has no errors, returns its collections as lists of entries
 * and the site's settings. Nothing else of the check is kept: the file texts and the data as read.
 */
function checkedContent({ contentDir, overrides, builtAt }: CheckJob): CheckedContent | undefined {
  const content = checkAndReport(contentDir, builtAt);
  return content && checkedContentOf(content, overrides);
}

process.once('message', async (job: CheckJob) => {
  try {
    const started = performance.now();
    const content = checkedContent(job);
    await send({
      kind: 'checked',
      content: content && contentToBytes(content),
      seconds: (performance.now() - started) / 1000,
    });
  } catch (error) {
    process.exitCode = 1;
    await send({ kind: 'failed', error: error instanceof Error ? error.message : String(error) }).catch(() => {});
  }
  process.disconnect();
});
