// The documents a build makes of every published roadmap, to upload where a school's site takes only files (Госвеб
// and the like): a tagged PDF printed by Chromium from the roadmap's page (its print stylesheet, in the document's
// order), and copies in Word and Excel (src/documents/). Each is made only when its roadmap changed: the files are
// kept in a cache (.karta/cache/documents/) under a key of everything they are made of — the roadmap's content
// with the names it refers to, its order text, the roadmaps based on it, the site's base path, Карта's sources that
// render the page and the documents, and the generator's version — so a rebuild where nothing changed makes none.
//
// Two steps. The Word and Excel copies need only the content: they are made with the data files (in their process
// while the pages are rendered, src/build/data-files-process.ts), which returns what the second step needs. The PDFs
// need the written pages: after the pages, Chromium prints those whose PDF is not in the cache from the staging
// folder served on 127.0.0.1, then the pages of roadmaps whose documents were made now get their sizes (the others
// were written with them: src/site/document-files.ts) and the open data lists them (data/documents.json). Without
// Chromium the site is built all the same, and the build says which PDFs were not made and how to have them.
import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { roadmapToOpenData } from '../open-data/roadmap-json.ts';
import {
  cachedDocument,
  documentFacts,
  documentFormats,
  documentKey,
  type DocumentSizes,
} from '../site/document-files.ts';
import { officeLayout, type OfficeLayout } from '../documents/office-layout.ts';
import type { SiteContent } from '../site/site-content.ts';
import { files, type DocumentFormat } from '../site/urls.ts';
import { formatBytes } from '../content-model/content-files.ts';
import { projectRoot } from './paths.ts';
import { html } from '../html/html.ts';
import { withPdfDates } from '../documents/fixed-dates.ts';

/** Raised when what the documents are made of or how changes beyond what the key sees (their look, their tags). */
const generatorVersion = 1;

/** Why there are no PDFs when the build was asked for none. */
export const pdfDisabled = 'создание PDF выключено (--browser none)';

/** What the build says when it was asked for no documents at all. */
export const documentsDisabled =
  'Документы карт (PDF, Word, Excel) не созданы (--documents none): ссылок на них на страницах нет.';

/** The largest file a school site may publish (Rosobrnadzor order № 1493). */
const documentBytesLimit = 15 * 1024 * 1024;

/** Whether the build makes the roadmaps' documents, and where it keeps them between builds. */
export interface DocumentsSettings {
  /** Not with `karta build --documents none`. */
  documents: boolean;
  /** .karta/cache/documents, or `--documents-cache`. */
  documentsCache: string;
}

/** A roadmap's documents: where its page and files are in the site, and the key of their content. */
export interface DocumentJob {
  id: string;
  title: string;
  key: string;
  /** The page the PDF is printed from, relative to the site's root (without the base path). */
  page: string;
  landscape: boolean;
  /** The day of the order that approved the roadmap: the documents' own date (src/documents/fixed-dates.ts). */
  date: string;
  /** Whether a Word or Excel copy was made during this build: its page was written without its size. */
  madeNow: boolean;
}

/** What the documents step made, for the build's report and the timings. */
export interface DocumentsOutcome {
  made: Record<DocumentFormat, number>;
  cached: Record<DocumentFormat, number>;
  /** Roadmaps without a PDF (no Chromium, or printing failed), and why. */
  missingPdf: { ids: string[]; reason: string } | undefined;
  /** Roadmaps whose PDF is over the 15 MB a school site takes. */
  oversized: string[];
  totalBytes: number;
  /** Pages written before their documents were made, told their sizes afterwards. */
  pagesToldSizes: number;
}

export const defaultDocumentsCache = path.join(projectRoot, '.karta', 'cache', 'documents');

/** Puts a cached file into the site: a hard link when the cache is on the same disk, a copy otherwise. */
function place(source: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** Writes `bytes` into the cache at once or not at all: a build killed meanwhile leaves no half file. */
function keep(file: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

let sourcesDigest: string | undefined;

/** A digest of Карта's own files that decide how a roadmap's page and documents look, and the generator's version. */
function rendererDigest(): string {
  if (sourcesDigest) return sourcesDigest;
  const hash = createHash('sha256').update(String(generatorVersion));
  const add = (at: string) => {
    if (!existsSync(at)) return;
    if (statSync(at).isDirectory()) for (const name of readdirSync(at).sort()) add(path.join(at, name));
    else if (!at.endsWith('.test.ts')) hash.update(path.relative(projectRoot, at)).update(readFileSync(at));
  };
  for (const folder of [
    'src/pages/roadmaps',
    'src/components',
    'src/site',
    'src/styles',
    'src/ui',
    'src/documents',
    'src/html',
    'src/glossary',
  ])
    add(path.join(projectRoot, folder));
  add(path.join(projectRoot, 'src/build/make-documents.ts'));
  add(path.join(projectRoot, 'src/build/print-pdf.ts'));
  sourcesDigest = hash.digest('hex');
  return sourcesDigest;
}

/** What the PDF step needs of the Word and Excel step, and what was made. */
export interface OfficeOutcome {
  jobs: DocumentJob[];
  made: { docx: number; xlsx: number };
  cached: { docx: number; xlsx: number };
}

/**
 * Every published roadmap's documents (their key and orientation), and the sizes of those already in the cache, by
 * roadmap: its page is written with them (src/site/document-files.ts), before the documents step. None when the
 * build makes no documents: the pages are written without links to them.
 */
export function documentJobs(
  content: SiteContent,
  { documents, documentsCache: cacheDir }: DocumentsSettings,
): { jobs: DocumentJob[]; sizes: DocumentSizes } {
  if (!documents) return { jobs: [], sizes: {} };
  const digest = rendererDigest();
  const jobs: DocumentJob[] = [];
  const sizes: DocumentSizes = {};
  for (const entry of content.roadmaps) {
    const open = roadmapToOpenData(entry.id, entry.data, content);
    const key = documentKey(entry, content, digest, open);
    jobs.push({
      id: entry.id,
      title: entry.data.title,
      key,
      page: `roadmaps/${entry.id}/index.html`,
      landscape: officeLayout(open).landscape,
      date: open.order.date,
      madeNow: false,
    });
    const cached: Partial<Record<DocumentFormat, number>> = {};
    for (const format of documentFormats) {
      const bytes = statSync(cachedDocument(cacheDir, key, format), { throwIfNoEntry: false })?.size;
      if (bytes) cached[format] = bytes;
    }
    sizes[entry.id] = cached;
  }
  return { jobs, sizes };
}

/**
 * The Word and Excel copies of the roadmaps of `jobs` (documentJobs), from the cache or made now, written into the
 * site `siteDir`; returns what the PDF step needs and what was made.
 */
export async function writeOfficeDocuments(
  siteDir: string,
  content: SiteContent,
  cacheDir: string,
  jobs: DocumentJob[],
): Promise<OfficeOutcome> {
  const made = { docx: 0, xlsx: 0 };
  const cached = { docx: 0, xlsx: 0 };
  let writers:
    | {
        docx: typeof import('../documents/roadmap-docx.ts').roadmapDocx;
        xlsx: typeof import('../documents/roadmap-xlsx.ts').roadmapXlsx;
      }
    | undefined;
  const entries = new Map(content.roadmaps.map((entry) => [entry.id, entry]));
  for (const job of jobs) {
    let layout: OfficeLayout | undefined;
    for (const format of ['docx', 'xlsx'] as const) {
      const file = cachedDocument(cacheDir, job.key, format);
      if (existsSync(file)) cached[format]++;
      else {
        // The writers' libraries are loaded only when something is to be made.
        writers ??= {
          docx: (await import('../documents/roadmap-docx.ts')).roadmapDocx,
          xlsx: (await import('../documents/roadmap-xlsx.ts')).roadmapXlsx,
        };
        const entry = entries.get(job.id)!;
        layout ??= officeLayout(roadmapToOpenData(entry.id, entry.data, content));
        keep(file, await writers[format](layout));
        made[format]++;
        job.madeNow = true;
      }
      place(file, path.join(siteDir, files.roadmapDocument(job.id, format)));
    }
  }
  return { jobs, made, cached };
}

/** How a PDF is printed: given a page's URL, the title, the orientation, its bytes. */
export type PdfPrinter = {
  print(url: string, title: string, landscape: boolean): Promise<Uint8Array>;
  close(): Promise<void>;
};

/**
 * The PDFs of `jobs`, from the cache or printed now from the site in `siteDir` (served under `base`), then the
 * sizes on the pages and the list in the open data. `startPrinter` gives a printer, or why there is none.
 */
export async function writePdfDocuments(
  siteDir: string,
  base: string,
  jobs: readonly DocumentJob[],
  cacheDir: string,
  startPrinter: (siteDir: string, base: string) => Promise<PdfPrinter | { unavailable: string }>,
  office: Pick<OfficeOutcome, 'made' | 'cached'>,
): Promise<DocumentsOutcome> {
  const outcome: DocumentsOutcome = {
    made: { pdf: 0, ...office.made },
    cached: { pdf: 0, ...office.cached },
    missingPdf: undefined,
    oversized: [],
    totalBytes: 0,
    pagesToldSizes: 0,
  };
  const toPrint = jobs.filter((job) => !existsSync(cachedDocument(cacheDir, job.key, 'pdf')));
  outcome.cached.pdf = jobs.length - toPrint.length;
  const failed: string[] = [];
  let reason = '';
  if (toPrint.length) {
    const printer = await startPrinter(siteDir, base);
    if ('unavailable' in printer) {
      failed.push(...toPrint.map((job) => job.id));
      reason = printer.unavailable;
    } else {
      try {
        // Two pages at a time: Chromium lays out one while it writes the other's PDF.
        let next = 0;
        const worker = async () => {
          for (let job = toPrint[next++]; job; job = toPrint[next++]) {
            try {
              const bytes = await printer.print(job.page.replace(/index\.html$/, ''), job.title, job.landscape);
              keep(cachedDocument(cacheDir, job.key, 'pdf'), withPdfDates(bytes, job.date));
              outcome.made.pdf++;
            } catch (error) {
              failed.push(job.id);
              const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
              reason ||= `Chromium не напечатал страницу (${message})`;
            }
          }
        };
        await Promise.all([worker(), worker()]);
      } finally {
        await printer.close();
      }
    }
  }
  if (failed.length) outcome.missingPdf = { ids: failed, reason };

  // The files in place, the pages of documents made now told their sizes, the open data listing them.
  const listed: Record<string, unknown>[] = [];
  const missing = new Set(failed);
  const printedNow = new Set(toPrint);
  for (const job of jobs) {
    const sizes: Partial<Record<DocumentFormat, number>> = {};
    const entry: Record<string, unknown> = { id: job.id, title: job.title };
    for (const format of documentFormats) {
      if (format === 'pdf' && missing.has(job.id)) continue;
      const source = cachedDocument(cacheDir, job.key, format);
      if (format === 'pdf') place(source, path.join(siteDir, files.roadmapDocument(job.id, format)));
      const facts = documentFacts(source);
      if (!facts) throw new Error(`документа ${path.basename(source)} карты ${job.id} нет в кэше документов`);
      const { bytes, sha256 } = facts;
      if (format === 'pdf' && bytes > documentBytesLimit) outcome.oversized.push(job.id);
      sizes[format] = bytes;
      outcome.totalBytes += bytes;
      entry[format] = { url: files.roadmapDocument(job.id, format), bytes, sha256 };
    }
    listed.push(entry);
    // The others' pages were written with their sizes (src/site/document-files.ts).
    if (job.madeNow || printedNow.has(job)) {
      fillSizes(path.join(siteDir, job.page), sizes);
      outcome.pagesToldSizes++;
    }
  }
  mkdirSync(path.join(siteDir, path.dirname(files.documentsData)), { recursive: true });
  writeFileSync(path.join(siteDir, files.documentsData), `${JSON.stringify({ documents: listed }, null, 1)}\n`);
  // A build without documents (--documents none) leaves the cache as it is.
  if (jobs.length) pruneCache(cacheDir, new Set(jobs.map((job) => job.key)));
  return outcome;
}

/** How long documents no build has used stay in the cache (a site built now and then, or another site's part). */
const keptUnusedDays = 30;

/**
 * Removes from the cache the documents of roadmaps as they no longer are: those whose key this build did not use
 * and no build has used for `keptUnusedDays`. Used ones are marked as used (their time set to now) once a day.
 */
export function pruneCache(cacheDir: string, used: ReadonlySet<string>, now = Date.now()): void {
  const day = 86_400_000;
  let folders: string[];
  try {
    folders = readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const folder of folders) {
    const at = path.join(cacheDir, folder);
    let names: string[];
    try {
      names = readdirSync(at);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(at, name);
      try {
        const key = name.slice(0, name.indexOf('.'));
        const age = now - statSync(file).mtimeMs;
        // What a killed build left half written.
        if (name.endsWith('.tmp')) {
          if (age > day) rmSync(file, { force: true });
        } else if (used.has(key)) {
          if (age > day) utimesSync(file, new Date(now), new Date(now));
        } else if (age > keptUnusedDays * day) {
          rmSync(file, { force: true });
        }
      } catch {
        // removed meanwhile by another build
      }
    }
  }
}

/**
 * Shows on a roadmap's page the links to the documents that were made, with their sizes (the page is written
 * hidden links first, src/components/RoadmapDocuments.astro). The page is replaced by a rename, so that the search
 * index, which may be reading it, reads either page whole.
 */
export function fillSizes(page: string, sizes: Partial<Record<DocumentFormat, number>>): void {
  let text: string;
  try {
    text = readFileSync(page, 'utf8');
  } catch {
    return; // no page: nothing to tell
  }
  let changed = text;
  for (const [format, bytes] of Object.entries(sizes) as [DocumentFormat, number][]) {
    changed = changed
      .replace(`<li data-karta-document="${format}" hidden>`, `<li data-karta-document="${format}">`)
      .replace(
        `<span data-karta-size="${format}"></span>`,
        html`<span data-karta-size="${format}">, ${formatBytes(bytes)}</span>`.value,
      );
  }
  if (Object.keys(sizes).length)
    changed = changed.replace(
      '<p class="muted" data-karta-document="note" hidden>',
      '<p class="muted" data-karta-document="note">',
    );
  if (changed === text) return;
  const temporary = `${page}.${process.pid}.tmp`;
  writeFileSync(temporary, changed);
  renameSync(temporary, page);
}

/** The build's words on its documents, in Russian: what was made, and what was not and how to have it. */
export function documentsReport(outcome: DocumentsOutcome): string[] {
  const lines: string[] = [];
  const count = (format: DocumentFormat) => outcome.made[format] + outcome.cached[format];
  lines.push(
    `Документы карт: PDF ${count('pdf')} (новых ${outcome.made.pdf}), ` +
      `DOCX ${count('docx')} (новых ${outcome.made.docx}), XLSX ${count('xlsx')} (новых ${outcome.made.xlsx}); ` +
      `всего ${formatBytes(outcome.totalBytes)}.`,
  );
  if (outcome.missingPdf?.reason === pdfDisabled) {
    lines.push(`PDF карт не созданы (--browser none): ссылок на них на страницах нет.`);
  } else if (outcome.missingPdf) {
    const { ids, reason } = outcome.missingPdf;
    const shown = ids.slice(0, 10).join(', ') + (ids.length > 10 ? ` и ещё ${ids.length - 10}` : '');
    lines.push(
      `Предупреждение: PDF не созданы для ${ids.length} карт (${shown}): ${reason}. ` +
        'Сайт собран без них: ссылок на эти PDF на страницах нет, копии в Word и Excel есть. ' +
        'Чтобы создавать PDF, установите браузер Chromium (Debian: sudo apt install chromium-headless-shell; ' +
        'Ubuntu: sudo apt install chromium; ' +
        'другой путь к нему — karta build --browser ПУТЬ) и соберите сайт снова.',
    );
  }
  for (const id of outcome.oversized)
    lines.push(`Предупреждение: PDF карты ${id} больше 15 МБ — на сайт школы такой файл не загрузить.`);
  return lines;
}
