// The glossary's terms as search results of their own (a visitor who types «ИОМ» or «индивидуальный маршрут» finds
// the term, besides the documents): records the build adds to the index (src/search/write-index.ts), each linking to
// the term on the glossary page.
import type { SiteContent } from '../site/site-content.ts';
import { hiddenWords, searchTextFor } from './search-text.ts';
import type { TermRecord } from './search-files.ts';

export async function glossaryTerms(content: SiteContent): Promise<TermRecord[]> {
  const out: TermRecord[] = [];
  for (const [id, entry] of content.glossary) {
    const search = await searchTextFor(content, entry.scope ?? '');
    const scope = entry.scope ? content.organizations.get(entry.scope) : undefined;
    const text = [entry.abbr, entry.expansion, entry.description].filter(Boolean).join('. ');
    out.push({
      url: `/glossary/#${encodeURIComponent(id)}`,
      title: `${entry.abbr} — ${entry.expansion}`,
      content: [text, hiddenWords(search.words(entry.expansion, entry.description))].filter(Boolean).join(' '),
      ...(scope ? { scope: scope.shortName ?? scope.name } : {}),
    });
  }
  return out;
}
