// Marks up abbreviations in plain text from the glossary, so that a parent can read what «ШНОР» or «МТКП» means
// (<abbr title="…">). The text is escaped here: content can never inject markup.
import type { GlossaryEntry, Organization } from '../content-model/schemas.ts';
import { ancestorsOf } from '../content-model/organization-tree.ts';
import { escapeHtml } from '../html/html.ts';

/** Plain text, or an abbreviation with its expansion. */
type Segment = string | { abbr: string; expansion: string };

export interface Abbreviator {
  /** The text cut into plain runs and abbreviations. */
  segments(text: string): Segment[];
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

  const segments = (text: string): Segment[] => {
    const out: Segment[] = [];
    let last = 0;
    if (pattern) {
      for (const match of text.matchAll(pattern)) {
        if (match.index > last) out.push(text.slice(last, match.index));
        out.push({ abbr: match[0], expansion: expansions.get(match[0])! });
        last = match.index + match[0].length;
      }
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  };

  // The same texts come back on many pages (a regional roadmap's items on every calendar, the wording of a
  // municipality's template in all its schools' roadmaps): each is marked up once. Bounded, for huge portals.
  const marked = new Map<string, string>();
  return {
    segments,
    toHtml(text) {
      let html = marked.get(text);
      if (html === undefined) {
        html = segments(text)
          .map((s) =>
            typeof s === 'string'
              ? escapeHtml(s)
              : `<abbr title="${escapeHtml(s.expansion)}">${escapeHtml(s.abbr)}</abbr>`,
          )
          .join('')
          .replace(/\r?\n/g, '<br>');
        if (marked.size >= markedLimit) marked.clear();
        marked.set(text, html);
      }
      return html;
    },
  };
}

const markedLimit = 20_000;

/**
 * Makes the first occurrence of each abbreviation in `markup` (a table, a part of a text) reachable from the keyboard
 * (tabindex="0"; site.css writes the expansion after it while it has focus): one tab stop per abbreviation and
 * block, not one per occurrence — a regional roadmap has hundreds.
 */
export function focusFirstAbbreviations(markup: string): string {
  const seen = new Set<string>();
  return markup.replace(/<abbr title="([^"]*)">([^<]*)<\/abbr>/g, (whole, title: string, text: string) => {
    if (seen.has(text)) return whole;
    seen.add(text);
    return `<abbr tabindex="0" title="${title}">${text}</abbr>`;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/**
 * One abbreviator per organisation, made on first use: for a page about an organisation, the glossary entries
 * scoped to it or to any organisation above it apply, besides the general ones.
 */
export function abbreviatorsByOrganization(
  entries: readonly GlossaryEntry[],
  organizations: ReadonlyMap<string, Organization>,
): (organizationId: string | undefined) => Abbreviator {
  // Organisations with the same scoped entries share one abbreviator (in a region, most have none of their own).
  const scopedTo = new Set(entries.flatMap((e) => (e.scope ? [e.scope] : [])));
  const byOrganization = new Map<string, Abbreviator>();
  const byScopes = new Map<string, Abbreviator>();
  return (organizationId) => {
    const key = organizationId ?? '';
    let abbreviator = byOrganization.get(key);
    if (!abbreviator) {
      const scopes = organizationId
        ? [organizationId, ...ancestorsOf(organizationId, organizations).map(([id]) => id)]
        : [];
      const scopesKey = scopes.filter((id) => scopedTo.has(id)).join('\n');
      abbreviator = byScopes.get(scopesKey);
      if (!abbreviator) {
        abbreviator = createAbbreviator(entries, scopes);
        byScopes.set(scopesKey, abbreviator);
      }
      byOrganization.set(key, abbreviator);
    }
    return abbreviator;
  };
}
