// The files the build writes for the search besides Pagefind's index (in the build's process that renders the
// pages, once they are all rendered): the table of word forms (src/search/forms-table.ts) and the glossary terms,
// which the index adds as results of their own (src/search/write-index.ts reads them).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitFormsTable } from './forms-table.ts';
import type { WordForms } from './word-forms.ts';
import type { GlossaryPhrase } from './glossary-phrases.ts';

/** Where the files go, within the built site. */
export const formsFolder = 'search/forms';
export const termsFile = 'search/terms.json';
export const glossaryFile = 'search/glossary.json';

/** A glossary term as a search result of its own. */
export interface TermRecord {
  /** Its place on the glossary page, from the site's root (Pagefind adds the base). */
  url: string;
  /** «ИОМ — индивидуальный образовательный маршрут». */
  title: string;
  /** The indexed text: abbreviation, expansion, description and the added words. */
  content: string;
  /** Whose term it is, for a term of one organisation («Сочи»). */
  scope?: string;
}

/** What a site tells other Карта sites that search it together with theirs: its bundles and table of forms. */
const siteFile = 'search/site.json';
interface SiteSearch {
  /** The folders of its index's bundles, relative to its root, each ending in /. */
  bundles: string[];
  /** Its table of forms (src/search/forms-table.ts) and its glossary's expansions, relative to its root. */
  forms: string;
  glossary: string;
}

// The search page (src/pages/search.astro) collects these while it renders; another module instance than this one
// writes them (Astro's configuration loads the integration), hence a global slot.
const slot = Symbol.for('karta.searchFiles');
interface Files {
  terms: TermRecord[];
  site: SiteSearch;
  phrases: GlossaryPhrase[];
}
type WithSlot = typeof globalThis & { [slot]?: Files };

export function setSearchFiles(files: Files): void {
  (globalThis as WithSlot)[slot] = files;
}

export function writeSearchFiles(outDir: string, forms: WordForms): void {
  const { index, parts } = splitFormsTable(forms.table(), { words: forms.words, added: forms.added });
  const dir = path.join(outDir, formsFolder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
  parts.forEach((part, i) => {
    writeFileSync(path.join(dir, index.parts[i]!), JSON.stringify(part));
  });
  const files = (globalThis as WithSlot)[slot];
  if (files) {
    writeFileSync(path.join(outDir, termsFile), JSON.stringify(files.terms));
    writeFileSync(path.join(outDir, siteFile), JSON.stringify(files.site));
    writeFileSync(path.join(outDir, glossaryFile), JSON.stringify(files.phrases));
  }
}
