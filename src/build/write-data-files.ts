// The files of a built site that are data, not pages: open data (every roadmap in one JSON file and one file each,
// their JSON Schemas, the table of all items as CSV, the source file format's JSON Schema), iCalendar files (the
// portal's, each organisation's, each roadmap's) and the facets of each roadmap's items, which the search page fetches
// to narrow and order them (src/search/item-facets.ts). `karta build` writes them straight from the content it has
// checked, in a child process while the pages are rendered (src/build/check-aside.ts), instead of routing thousands of
// files through the page renderer: a region's portal has three of them per school.
import { closeSync, copyFileSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { roadmapToOpenData } from '../open-data/roadmap-json.ts';
import { roadmapJsonSchema } from '../open-data/json-schema.ts';
import {
  organizationsDataJsonSchema,
  roadmapDataJsonSchema,
  roadmapsDataJsonSchema,
} from '../open-data/data-schema.ts';
import { itemsCsvHeader, itemsCsvRows } from '../open-data/items-csv.ts';
import { encodeItemFacets } from '../search/item-facets.ts';
import { roadmapItemFacets } from '../search/page-facets.ts';
import {
  calendarFor,
  forgetRoadmapCalendar,
  hasIcs,
  icsOf,
  isShared,
  portalScope,
  roadmapsOf,
} from '../site/calendar-pages.ts';
import type { RoadmapEntry, SiteContent } from '../site/site-content.ts';
import { files } from '../site/urls.ts';
import { executionContext } from '../site/published-execution.ts';
import { organizationsToOpen, monitoringCsv } from './organizations-data.ts';
import { hasMonitoring } from '../site/monitoring.ts';
import { ui } from '../ui/strings.ts';
import { editionsData, editionsOf } from '../site/published-editions.ts';
import { releaseBytes } from './release-bytes.ts';

/**
 * Writes the data files of `content` into the built site `siteDir`, and the files of its reports' evidence
 * (`attachments`: path in the content folder → the file) at the same paths.
 */
export function writeDataFiles(
  siteDir: string,
  content: SiteContent,
  attachments: ReadonlyMap<string, string> = new Map(),
): void {
  // Written synchronously: thousands of small files, faster than a promise each.
  const write = (file: string, data: string | Uint8Array) => {
    const target = path.join(siteDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  };
  // Each .ics file is bytes of its own (src/site/calendar-pages.ts, icsOf), given back once written.
  const writeIcs = (file: string, bytes: Uint8Array) => {
    write(file, bytes);
    releaseBytes(bytes);
  };

  // The source file's schema (for editors of src/content/roadmaps/*.yaml) under its name and its earlier one; the
  // data files' own schemas beside them.
  const sourceSchema = JSON.stringify(roadmapJsonSchema(), null, 1);
  write(files.roadmapSourceSchema, sourceSchema);
  write(files.roadmapSchema, sourceSchema);
  write(files.roadmapDataSchema, JSON.stringify(roadmapDataJsonSchema(), null, 1));
  write(files.roadmapsDataSchema, JSON.stringify(roadmapsDataJsonSchema(), null, 1));
  write(files.organizationsDataSchema, JSON.stringify(organizationsDataJsonSchema(), null, 1));

  // One roadmap at a time, into its own file (indented, for people) and into the combined one (a roadmap a line,
  // for programs: a region's is then a third smaller), which is never held whole in memory.
  mkdirSync(path.join(siteDir, path.dirname(files.openData)), { recursive: true });
  const all = openSync(path.join(siteDir, files.openData), 'w');
  const csv = openSync(path.join(siteDir, files.itemsCsv), 'w');
  try {
    writeSync(all, '{"roadmaps":[');
    writeSync(csv, itemsCsvHeader());
    const execution = executionContext(content);
    for (const [i, entry] of content.roadmaps.entries()) {
      const editions = editionsData(content, entry.id);
      const roadmap = { ...roadmapToOpenData(entry.id, entry.data, content, execution), editions };
      write(files.roadmapData(entry.id), JSON.stringify(roadmap, null, 1));
      // Earlier editions, each in a file of its own: as approved then, without execution (reports are on the
      // edition in force).
      for (const edition of editionsOf(content, entry.id)) {
        if (edition.current) continue;
        write(
          files.editionData(entry.id, edition.date),
          JSON.stringify({ ...roadmapToOpenData(entry.id, edition.data, content), progress: null, editions }, null, 1),
        );
      }
      const facets = roadmapItemFacets(roadmap);
      if (facets.length) write(files.itemFacets(entry.id), encodeItemFacets(facets));
      writeSync(all, `${i ? ',' : ''}\n${JSON.stringify(roadmap)}`);
      writeSync(csv, itemsCsvRows(roadmap));
    }
    writeSync(all, ']}\n');
  } finally {
    closeSync(all);
    closeSync(csv);
  }

  // Progress of every organisation, and the table of each monitoring page as CSV.
  write(files.organizationsData, JSON.stringify(organizationsToOpen(content), null, 1));
  for (const id of content.published) {
    if (hasMonitoring(content, id)) write(files.monitoringCsv(id), monitoringCsv(content, id));
  }
  // The signed originals of the orders kept in the content folder, where the roadmap pages link to them.
  for (const entry of content.roadmaps) {
    for (const edition of editionsOf(content, entry.id).length
      ? editionsOf(content, entry.id)
      : [{ data: entry.data }]) {
      const local = edition.data.order.file?.path;
      const source = local === undefined ? undefined : attachments.get(local);
      if (!source) continue;
      mkdirSync(path.dirname(path.join(siteDir, local!)), { recursive: true });
      copyFileSync(source, path.join(siteDir, local!));
    }
  }
  // The evidence files of the published reports, where their links point.
  for (const report of content.reports) {
    for (const entry of report.data.entries) {
      for (const evidence of entry.evidence ?? []) {
        const source = evidence.file === undefined ? undefined : attachments.get(evidence.file);
        if (!source) continue;
        mkdirSync(path.dirname(path.join(siteDir, evidence.file!)), { recursive: true });
        copyFileSync(source, path.join(siteDir, evidence.file!));
      }
    }
  }

  // The portal's file has what its calendar page lists (the roadmaps of the site's organisation, or of the top
  // level): like the page, it does not grow with the number of schools; each school's are in its own file.
  // A calendar without events is not a valid iCalendar file (RFC 5545 wants a component): none is written, and the
  // pages do not link to it (`hasIcs`).
  const portal = calendarFor(content, portalScope(content)).roadmaps;
  if (hasIcs(content, portal))
    writeIcs(files.portalIcs, icsOf(content, ui.calendar.icsPortal(content.site.title), portal));
  // Each organisation's file after the files of its roadmaps. A roadmap on no other organisation's calendar (a
  // school's) is then forgotten: its events are made once for both files, and not kept for a thousand schools.
  const written = new Set<string>();
  const roadmapFile = (entry: RoadmapEntry) => {
    if (written.has(entry.id)) return;
    if (hasIcs(content, [entry]))
      writeIcs(files.roadmapIcs(entry.id), icsOf(content, ui.calendar.icsRoadmap(entry.data.title), [entry]));
    written.add(entry.id);
  };
  for (const id of content.published) {
    const org = content.organizations.get(id)!;
    const roadmaps = roadmapsOf(content, id);
    roadmaps.forEach(roadmapFile);
    if (hasIcs(content, roadmaps))
      writeIcs(
        files.organizationIcs(id),
        icsOf(content, ui.calendar.icsOrganization(org.shortName ?? org.name), roadmaps),
      );
    for (const entry of roadmaps) if (!isShared(content, entry.id)) forgetRoadmapCalendar(content, entry.id);
  }
  content.roadmaps.forEach(roadmapFile); // those on no organisation's calendar
}
