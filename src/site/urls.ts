// Links that keep working when the site is served from a subfolder (Astro's `base`), and where the files that
// `karta build` writes itself lie in the built site (src/build/write-data-files.ts).
// Outside Vite (the CLI) there is no import.meta.env; the CLI needs only `files`.
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export function href(path: string): string {
  return base + path.replace(/^\//, '');
}

/** Open data and iCalendar files, relative to the built site. */
export const files = {
  openData: 'data/roadmaps.json',
  roadmapData: (id: string) => `data/roadmaps/${id}.json`,
  /** JSON Schema of the source roadmap file (src/content/roadmaps/*.yaml), for editors. */
  roadmapSourceSchema: 'data/roadmap.source.schema.json',
  /** The same schema under its earlier name, which `# yaml-language-server: $schema=` lines of existing files name. */
  roadmapSchema: 'data/roadmap.schema.json',
  /** JSON Schemas of the data files: one roadmap's, and the file of all. */
  roadmapDataSchema: 'data/roadmap.data.schema.json',
  roadmapsDataSchema: 'data/roadmaps.data.schema.json',
  /** The table of all items, for spreadsheets. */
  itemsCsv: 'data/items.csv',
  /** Every published organisation with its progress. */
  organizationsData: 'data/organizations.json',
  organizationsDataSchema: 'data/organizations.data.schema.json',
  /** The table of a monitoring page. */
  monitoringCsv: (id: string) => `data/monitoring/${id}.csv`,
  portalIcs: 'calendar.ics',
  organizationIcs: (id: string) => `organizations/${id}/calendar.ics`,
  roadmapIcs: (id: string) => `roadmaps/${id}/calendar.ics`,
  /** The documents made of a roadmap (src/build/make-documents.ts): a tagged PDF, and copies in Word and Excel. */
  roadmapDocument: (id: string, format: DocumentFormat) => `roadmaps/${id}/${id}.${format}`,
  /** Every roadmap's documents with their sizes and hashes (open data). */
  documentsData: 'data/documents.json',
  /** An earlier edition's open data. */
  editionData: (id: string, date: string) => `data/roadmaps/${id}/editions/${date}.json`,
  /** What the search page needs to narrow and order a roadmap's items (src/search/item-facets.ts). */
  itemFacets: (id: string) => `search/items/${id}.json`,
};

export type DocumentFormat = 'pdf' | 'docx' | 'xlsx';

export const urls = {
  home: () => href(''),
  roadmaps: () => href('roadmaps/'),
  roadmap: (id: string) => href(`roadmaps/${id}/`),
  organization: (id: string) => href(`organizations/${id}/`),
  glossary: () => href('glossary/'),
  search: () => href('search/'),
  /** The page «Открытые данные», which explains the files and links to them. */
  openData: () => href('open-data/'),
  openDataFile: () => href(files.openData),
  organizations: () => href('organizations/'),
  municipalityRoadmaps: (id: string) => href(`organizations/${id}/roadmaps/`),
  roadmapData: (id: string) => href(files.roadmapData(id)),
  itemsCsv: () => href(files.itemsCsv),
  calendar: (month?: string) => href(`calendar/${month ? `#m-${month}` : ''}`),
  organizationCalendar: (id: string) => href(`organizations/${id}/calendar/`),
  monitoring: (id: string) => href(`organizations/${id}/monitoring/`),
  monitoringCsv: (id: string) => href(files.monitoringCsv(id)),
  organizationsData: () => href(files.organizationsData),
  portalIcs: () => href(files.portalIcs),
  organizationIcs: (id: string) => href(files.organizationIcs(id)),
  roadmapIcs: (id: string) => href(files.roadmapIcs(id)),
  itemFacets: (id: string) => href(files.itemFacets(id)),
  roadmapDocument: (id: string, format: DocumentFormat) => href(files.roadmapDocument(id, format)),
  documentsData: () => href(files.documentsData),
  /** An earlier edition of a roadmap, named by the day of its order: stable once published. */
  edition: (id: string, date: string) => href(`roadmaps/${id}/editions/${date}/`),
  /** What an edition changed from the one before it. */
  changes: (id: string, date: string) => href(`roadmaps/${id}/changes/${date}/`),
  editionData: (id: string, date: string) => href(files.editionData(id, date)),
  item: (roadmapId: string, anchor: string) => href(`roadmaps/${roadmapId}/#${anchor}`),
};
