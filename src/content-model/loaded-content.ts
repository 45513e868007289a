// What checking the content gives: each collection's entries with their files and source positions, the problems
// found, and what the checks need besides. Types only, so that the checks (check-content.ts, check-reports.ts,
// check-deadlines.ts) and load-content.ts, which runs them, need not import each other.
import type { z } from 'astro/zod';
import type { Attachment } from './content-files.ts';
import type { Problem } from './problems.ts';
import type { CollectionName, collections, SiteConfig } from './schemas.ts';
import type { ParsedSource } from './source-file.ts';

export interface ContentEntry<T> {
  id: string;
  collection: CollectionName;
  /** Path of the file as shown in messages. */
  file: string;
  /** Absolute path of the file. */
  absoluteFile: string;
  data: T;
  /** MDX body of a roadmap written as MDX. */
  body?: string;
  source: ParsedSource;
}

export interface PartialEntry {
  collection: CollectionName;
  id: string;
  file: string;
  source: ParsedSource;
  /** What YAML read, unvalidated. */
  data: unknown;
}

export type CollectionData = { [K in CollectionName]: z.output<(typeof collections)[K]> };

export type LoadedContent = {
  [K in CollectionName]: Map<string, ContentEntry<CollectionData[K]>>;
} & {
  problems: Problem[];
  /** Ids of files that exist but failed to parse or validate: references to them are not reported again. */
  invalidIds: Set<string>;
  /**
   * Files that were read but failed to validate, with what YAML read of them:
   * their references are checked all the same.
   */
  partial: PartialEntry[];
  /** The site's settings (site.yaml in the content folder; defaults when the file is absent). */
  site: SiteConfig;
  siteSource?: ParsedSource & { file: string };
  /** Files of the content folder's `files` folder (evidence of reports), by path. */
  attachments: Map<string, Attachment>;
  /** The content folder as messages name it, when the content was read from one (content-files.ts). */
  folder?: string;
  /** The last day a report entry may be dated: today, or the build's day when that is later (tests of a future). */
  today: string;
};
