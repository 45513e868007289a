// The organisations of a site with their progress (dist/data/organizations.json), and the table of each monitoring
// page as CSV (dist/data/monitoring/<id>.csv): the same numbers the pages show, to recompute or to open in Excel.
import { stringify } from 'csv-stringify/sync';
import { percent } from '../execution/progress.ts';
import { executionOf } from '../site/published-execution.ts';
import {
  hasMonitoring,
  latestStatus,
  monitoringRows,
  municipalityProgress,
  regionProgress,
} from '../site/monitoring.ts';
import type { SiteContent } from '../site/site-content.ts';
import { ui } from '../ui/strings.ts';
import { excelCsvOptions, itemsCsvBom } from '../open-data/items-csv.ts';
import { meanProgressToOpen, progressToOpen } from '../open-data/execution-json.ts';

export function organizationsToOpen(content: SiteContent) {
  const index = executionOf(content);
  const organizations = [...content.published].map((id) => {
    const org = content.organizations.get(id)!;
    return {
      id,
      name: org.name,
      shortName: org.shortName ?? null,
      kind: org.kind,
      parent: org.parent ?? null,
      example: org.example ?? false,
      /** Its own work: the roadmaps it reports on. */
      progress: progressToOpen(index.organizationProgress(id)),
      /**
       * For a municipality: the mean of its schools; for a region: of its municipalities. None above the `home` of a
       * part of a portal, which publishes only some of them.
       */
      progressBelow: !hasMonitoring(content, id)
        ? null
        : org.kind === 'municipality'
          ? meanProgressToOpen(municipalityProgress(content, id))
          : meanProgressToOpen(regionProgress(content, id)),
    };
  });
  return { asOf: content.builtAt, organizations };
}

/** The table of a monitoring page, for Excel: UTF-8 with a byte order mark, «;» between fields, CRLF. */
export function monitoringCsv(content: SiteContent, id: string): string {
  if (!hasMonitoring(content, id)) return '';
  const rows = monitoringRows(content, id).map((row) => {
    const status = latestStatus(row.organization);
    const p = row.progress;
    return [
      row.id,
      row.organization.shortName ?? row.organization.name,
      status ? `${status.year}: ${ui.statusShort[status.status]}` : '',
      p?.ratio === null || p?.ratio === undefined ? '' : String(percent(p.ratio)),
      p && 'items' in p ? String(p.done) : '',
      p && 'items' in p ? String(p.items) : '',
      p && 'counted' in p ? String(p.counted) : '',
      String(row.overdue),
      row.lastReport ?? '',
    ];
  });
  return itemsCsvBom + stringify([ui.execution.monitoringCsvColumns, ...rows], excelCsvOptions);
}
