// Marks up abbreviations in plain text from the glossary, so that a parent can read what «ШНОР» or «МТКП» means
// (<abbr title="…">). The text is escaped here: content can never inject markup.
import type { GlossaryEntry } from '../content-model/schemas.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface Abbreviator {
  /** Escaped HTML of `text` with every known abbreviation wrapped in <abbr title="expansion">; line breaks kept. */
  toHtml(text: string): string;
}

/**
 * An abbreviator for pages about organisations within `scopes` (an organisation and those above it): an entry
 * scoped to one of them wins over a general one, and entries scoped elsewhere are not used.
 */
export function createAbbreviator(entries: Iterable<GlossaryEntry>, scopes: Iterable<string> = []): Abbreviator {
  const inScope = new Set(scopes);
  const expansions = new Map<string, string>();
  for (const entry of entries) {
    if (entry.scope && !inScope.has(entry.scope)) continue;
    if (!entry.scope && expansions.has(entry.abbr)) continue; // a scoped entry was already taken
    expansions.set(entry.abbr, entry.expansion);
  }
  // Longest first, so «ФГОС НОО» wins over «ФГОС»; letters and digits around a match mean it is part of a word.
  const alternatives = [...expansions.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : undefined;

  return {
    toHtml(text) {
      let html = '';
      let last = 0;
      if (pattern) {
        for (const match of text.matchAll(pattern)) {
          const abbr = match[0];
          html += escapeHtml(text.slice(last, match.index)) + `<abbr title="${escapeHtml(expansions.get(abbr)!)}">${escapeHtml(abbr)}</abbr>`;
          last = match.index + abbr.length;
        }
      }
      html += escapeHtml(text.slice(last));
      return html.replace(/\r?\n/g, '<br>');
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
