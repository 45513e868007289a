// The processes of `karta build` and what they say to each other (docs/architecture.md has the picture):
//
//   karta build (build.ts) ── PagesJob ──▶ render-pages-process.ts ── CheckJob ──▶ check-aside-process.ts
//        ▲                                        │    ▲                                     │
//        └──────────── PagesMessage ──────────────┘    └───────────── CheckMessage ──────────┘
//                                                 └── DataFilesJob ──▶ data-files-process.ts ── DataFilesMessage ─┘
//
// Everything a process needs comes in its job message: the settings of the command line are never written into the
// environment for another process to read (only KARTA_BUILD_DATE is read, once, by the command).
import type { SiteConfig } from '../content-model/schemas.ts';
import type { SiteOverrides } from '../content-model/site-config.ts';
import type { CheckedEntry } from '../site/checked-content.ts';
import type { Collections } from '../site/site-content.ts';
import type { Timings } from './phase-timer.ts';
import type { DocumentsSettings, OfficeOutcome } from './make-documents.ts';
import type { DocumentSizes } from '../site/document-files.ts';

/** What a build is asked to do: the command line's settings, resolved. */
export interface BuildSettings extends DocumentsSettings {
  contentDir: string;
  /**
   * What the command line says instead of site.yaml: the organisation whose part of the content is published
   * (`--home`), the subfolder the site is served from (`--base`), its name (`--title`, `--description`) and address
   * (`--url`).
   */
  overrides: SiteOverrides;
  /** The build's day (YYYY-MM-DD): KARTA_BUILD_DATE, or today. */
  builtAt: string;
  /** Astro's own messages too (KARTA_DEBUG). */
  verbose: boolean;
  /** The Chromium that prints the PDFs (`--browser`; «none»: no PDFs); found by itself when not given. */
  browser?: string;
}

/** The job of the rendering process: the settings and the staging folder of the site. */
export interface PagesJob extends BuildSettings {
  siteDir: string;
}

/** The messages of the rendering process: batches of searched pages as they are written, then how it ended. */
export type PagesMessage =
  | { kind: 'searched'; files: string[]; total: number }
  | { kind: 'rendered'; timings: Timings; peakRssBytes: number; office: OfficeOutcome }
  /** The content has errors, or an option instead of site.yaml is wrong (the reason is printed); nothing written. */
  | { kind: 'rejected'; reason: string }
  | { kind: 'failed'; error: string };

export type PagesOutcome = Exclude<PagesMessage, { kind: 'searched' }>;

/** The job of the check process. */
export interface CheckJob {
  contentDir: string;
  /** What the command line says instead of site.yaml. */
  overrides: SiteOverrides;
  builtAt: string;
}

/** Each collection's entries with their files and MDX bodies (see src/site/checked-content.ts). */
type CheckedCollections = { [K in keyof Collections]: (Collections[K][number] & CheckedEntry)[] };

/** What the check gives the build: the content, and the site's settings with those of the command line. */
export interface CheckedContent {
  collections: CheckedCollections;
  site: SiteConfig;
  /** Files of the content folder's `files` folder, by path there, with their absolute paths (evidence of reports). */
  attachments: Map<string, string>;
}

/** The message of the check process: the content as v8.serialize bytes; none when it has errors (they are printed). */
export type CheckMessage =
  | { kind: 'checked'; content: Uint8Array | undefined; seconds: number }
  | { kind: 'failed'; error: string };

/** The job of the data-files process. */
export interface DataFilesJob {
  siteDir: string;
  builtAt: string;
  /** The checked content as v8.serialize bytes. */
  content: Uint8Array;
  documents: DocumentsSettings;
}

export type DataFilesMessage =
  /** First: the sizes of the roadmaps' documents already in the cache, for their pages. */
  | { kind: 'document-sizes'; sizes: DocumentSizes }
  | { kind: 'written'; seconds: number; office: OfficeOutcome }
  | { kind: 'failed'; error: string };
