// The files of a built site that are data, not pages: open data (every roadmap in one JSON file and one file each,
// the format's JSON Schema) and iCalendar files (the portal's, each organisation's, each roadmap's). `karta build`
// writes them straight from the content it has checked, in a child process while the pages are rendered, instead of
// routing thousands of files through the page renderer: a region's portal has three of them per school.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { roadmapToOpenData } from './roadmap-json.ts';
import { roadmapJsonSchema } from './json-schema.ts';
import { calendarFor, icsOf, portalScope, roadmapsOf } from '../site/calendar.ts';
import type { Collections, SiteContent } from '../site/site-content.ts';
import type { SiteConfig } from '../content-model/schemas.ts';
import { files } from '../site/urls.ts';
import { ui } from '../ui/strings.ts';

/** Writes the data files of `content` into the built site `siteDir`. */
export function writeDataFiles(siteDir: string, content: SiteContent): void {
  // Written synchronously: thousands of small files, faster than a promise each.
  const write = (file: string, data: string | Uint8Array) => {
    const target = path.join(siteDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  };

  write(files.roadmapSchema, JSON.stringify(roadmapJsonSchema(), null, 1));

  // One roadmap at a time, into its own file and into the combined one, which is never held whole in memory.
  mkdirSync(path.join(siteDir, path.dirname(files.openData)), { recursive: true });
  const all = openSync(path.join(siteDir, files.openData), 'w');
  try {
    writeSync(all, '{\n "roadmaps": [');
    for (const [i, entry] of content.roadmaps.entries()) {
      const json = JSON.stringify(roadmapToOpenData(entry.id, entry.data, content), null, 1);
      write(files.roadmapData(entry.id), json);
      writeSync(all, `${i ? ',' : ''}\n  ${json.replaceAll('\n', '\n  ')}`);
    }
    writeSync(all, content.roadmaps.length ? '\n ]\n}' : ']\n}');
  } finally {
    closeSync(all);
  }

  // The portal's file has what its calendar page lists (the roadmaps of the site's organisation, or of the top
  // level): like the page, it does not grow with the number of schools; each school's are in its own file.
  const portal = calendarFor(content, portalScope(content)).roadmaps;
  write(files.portalIcs, icsOf(content, ui.calendar.icsPortal(content.site.title), portal));
  for (const entry of content.roadmaps) {
    write(files.roadmapIcs(entry.id), icsOf(content, ui.calendar.icsRoadmap(entry.data.title), [entry]));
  }
  for (const id of content.published) {
    const org = content.organizations.get(id)!;
    write(files.organizationIcs(id), icsOf(content, ui.calendar.icsOrganization(org.shortName ?? org.name), roadmapsOf(content, id)));
  }
}

/**
 * Writes the data files of the given content in a child process, while this one goes on (`karta build` renders the
 * pages meanwhile: the data files need only the checked content, and the second core is free while Astro starts).
 * A process rather than a worker thread, so that the memory it used is given back when it ends. `done` settles when
 * the files are written (with the seconds it took) or failed; `stop` ends the process early (after a failure).
 */
export function writeDataFilesAside(siteDir: string, collections: Collections, site: SiteConfig, builtAt: string): { done: Promise<number>; stop: () => Promise<void> } {
  const started = performance.now();
  const child = fork(fileURLToPath(new URL('./data-files-process.ts', import.meta.url)), {
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Node's options of this process, but not a debugger's: its port is this process's.
    execArgv: process.execArgv.filter((option) => !option.startsWith('--inspect')),
  });
  // 'close' comes after the last message and also when the process could not be started ('exit' does not then).
  let failure = '';
  child.on('message', (message: { error: string }) => (failure = message.error));
  child.on('error', (error) => (failure ||= error.message));
  const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const done = closed.then((code) => {
    if (code !== 0) throw new Error(`файлы данных не записаны: ${failure || `код завершения ${code}`}`);
    return (performance.now() - started) / 1000;
  });
  done.catch(() => {}); // reported by whoever awaits `done`
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await closed;
  };
  // Only what the files are made of: not the MDX texts or the file names of the entries.
  const plain = <T extends { id: string; data: unknown }>(entries: T[]) => entries.map(({ id, data }) => ({ id, data }));
  const { organizations, people, riskFactors, glossary, roadmaps } = collections;
  const job = {
    siteDir,
    collections: { organizations: plain(organizations), people: plain(people), riskFactors: plain(riskFactors), glossary: plain(glossary), roadmaps: plain(roadmaps) },
    site,
    builtAt,
  };
  try {
    child.send(job, (error) => {
      if (error) void stop();
    });
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
    void stop();
  }
  return { done, stop };
}
