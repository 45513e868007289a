// `karta build` checks the content in a child process while this one starts Astro, which needs the content only when
// its content loader runs, a second or so later; the same child then writes the data files (open data and iCalendar,
// src/open-data/write-files.ts) from what it checked, while the pages are rendered. A process rather than a worker
// thread, so that the memory it used is given back when it ends.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CheckedEntry } from '../content-model/astro-loader.ts';
import type { SiteConfig } from '../content-model/schemas.ts';
import type { Collections } from '../site/site-content.ts';

/** Each collection's entries with their files and MDX bodies (see src/content-model/astro-loader.ts). */
export type CheckedCollections = { [K in keyof Collections]: (Collections[K][number] & CheckedEntry)[] };

/** What the check gives the build: the content, and the site's settings with those of the command line. */
export interface CheckedContent {
  collections: CheckedCollections;
  site: SiteConfig;
}

/** The messages of the child process, in the order it sends them. */
export type AsideMessage =
  | { kind: 'checked'; content: CheckedContent | undefined; seconds: number }
  | { kind: 'written'; seconds: number }
  | { kind: 'failed'; error: string };

export interface Aside {
  /** The checked content; undefined when the check found errors (the child has printed them). */
  checked: Promise<CheckedContent | undefined>;
  /** Seconds the check took in the child (once it has sent the content). */
  checkSeconds: () => number;
  /** Settles when the data files are written (with the seconds it took) or could not be. */
  dataFiles: Promise<number>;
  /** Ends the process early (after a failure) and waits for it to end. */
  stop: () => Promise<void>;
}

/**
 * Checks the content of `contentDir` in a child process, which then writes the data files into `siteDir` unless the
 * content has errors or `site.home` names no organisation (the build stops then and reports it).
 */
export function checkAndWriteDataFilesAside(contentDir: string, siteDir: string, builtAt: string): Aside {
  const child = fork(fileURLToPath(new URL('./check-aside-process.ts', import.meta.url)), {
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Node's options of this process, but not a debugger's: its port is this process's.
    execArgv: process.execArgv.filter((option) => !option.startsWith('--inspect')),
  });
  let failure = '';
  let checkSeconds = 0;
  let written: number | undefined;
  child.on('error', (error) => (failure ||= error.message));
  // 'close' comes after the last message, and also when the process could not be started ('exit' does not then).
  const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const checked = new Promise<CheckedContent | undefined>((resolve, reject) => {
    child.on('message', (message: AsideMessage) => {
      if (message.kind === 'checked') {
        checkSeconds = message.seconds;
        resolve(message.content);
      } else if (message.kind === 'written') written = message.seconds;
      else failure = message.error;
    });
    // Without effect once the content has come.
    void closed.then(() => reject(new Error(`содержимое не проверено: ${failure || 'процесс проверки завершился раньше времени'}`)));
  });
  checked.catch(() => {}); // reported by whoever awaits `checked`
  const dataFiles = closed.then((code) => {
    if (code !== 0 || written === undefined) throw new Error(`файлы данных не записаны: ${failure || `код завершения ${code}`}`);
    return written;
  });
  dataFiles.catch(() => {}); // reported by whoever awaits `dataFiles`
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await closed;
  };
  try {
    child.send({ contentDir, siteDir, builtAt });
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
    void stop();
  }
  return { checked, checkSeconds: () => checkSeconds, dataFiles, stop };
}
