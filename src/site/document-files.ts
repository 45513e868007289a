// Where the documents made of a roadmap (a tagged PDF, copies in Word and Excel: src/build/make-documents.ts) are kept
// between builds, and under which key. The key is a digest of everything they are made of — the roadmap's content
// with the names it refers to (its open data), its order text, the roadmaps based on it, the site's title and base
// path, and a digest of Карта's sources that render them — so a roadmap that did not change keeps its files.
//
// The build computes the keys, and the sizes of the documents already in the cache, first thing in the data-files
// process beside the pages, and hands the sizes to the pages: the page of a roadmap whose documents are in the cache
// is written with their sizes at once (only those made during the build are told their sizes afterwards).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { roadmapToOpenData } from '../open-data/roadmap-json.ts';
import type { RoadmapEntry, SiteContent } from './site-content.ts';
import { roadmapsBasedOn } from './published-execution.ts';
import type { DocumentFormat } from './urls.ts';

export const documentFormats: readonly DocumentFormat[] = ['pdf', 'docx', 'xlsx'];

/**
 * The sizes of the documents of each roadmap that are in the cache, by roadmap (src/build/make-documents.ts,
 * documentJobs).
 */
export type DocumentSizes = Record<string, Partial<Record<DocumentFormat, number>>>;

/** The key of a roadmap's documents (see the top of this file); `open` is its open data, when already made. */
export function documentKey(
  entry: RoadmapEntry,
  content: SiteContent,
  renderer: string,
  open = roadmapToOpenData(entry.id, entry.data, content),
): string {
  const basedOnThis = roadmapsBasedOn(content, entry.id).map((r) => [r.id, r.data.title]);
  return createHash('sha256')
    .update(JSON.stringify([renderer, content.site.base, content.site.title, open, entry.body ?? '', basedOnThis]))
    .digest('hex');
}

export const cachedDocument = (dir: string, key: string, format: DocumentFormat) =>
  path.join(dir, key.slice(0, 2), `${key}.${format}`);

/**
 * A cached file's size and SHA-256, kept beside it once computed (a region's rebuild would otherwise read and hash
 * some 3,000 files it has not changed); undefined when the file is not in the cache.
 */
export function documentFacts(file: string): { bytes: number; sha256: string } | undefined {
  const kept = `${file}.sha256`;
  try {
    const [sha256 = '', bytes = ''] = readFileSync(kept, 'utf8').trim().split(' ');
    if (/^[0-9a-f]{64}$/.test(sha256) && Number(bytes) > 0) return { bytes: Number(bytes), sha256 };
  } catch {
    // not yet computed
  }
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch {
    return undefined;
  }
  const computed = { bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
  writeFileSync(kept, `${computed.sha256} ${computed.bytes}\n`);
  return computed;
}
