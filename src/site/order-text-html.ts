// The order's text of a roadmap, as HTML for its page: the tree the check has allowed (src/content-model/order-text.ts)
// turned into HTML by mdast-util-to-hast without raw HTML, headings given anchors, abbreviations marked up. Nothing
// of the text is compiled or run; a node off the allow-list stops the build here even if the check was bypassed.
//
// The text is cut into the document's parts, as printed: the order itself, then each appendix, which begins with its
// «Приложение N» or «УТВЕРЖДЕН(А) приказом …» lines (the stamp, shown on the right). A comment that names fields of
// the roadmap (`{/* Принятые сокращения — в поле abbreviations; мероприятия — в поле sections. */}`) marks where the
// document has what the data hold, so the page puts them there (src/site/document-plan.ts).
import GithubSlugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { Nodes as MdastNodes } from 'mdast';
import { isComment, parseOrderText, refusal, type TextNode } from '../content-model/order-text.ts';
import { focusFirstAbbreviations, type Abbreviator } from '../glossary/abbreviations.ts';
import { markAbbreviations, type HastNode } from '../glossary/hast-abbreviations.ts';
import { ui } from '../ui/strings.ts';

/** Fields of a roadmap that stand somewhere in its document (in the order they usually come). */
export const documentFields = [
  'committees',
  'specialists',
  'goal',
  'tasks',
  'indicators',
  'directions',
  'abbreviations',
  'audit',
  'controlPoints',
  'sections',
  'mechanisms',
] as const;
export type DocumentField = (typeof documentFields)[number];

export type PartChunk = { html: string } | { fields: DocumentField[] };

export interface OrderTextPart {
  kind: 'order' | 'appendix';
  /** The appendix's number as written («1», «2»), when its first line gives one. */
  number?: string;
  /** The text of its first heading after the stamp («СОСТАВ Координационного центра…»), for the table of contents. */
  heading?: string;
  /** HTML and, where a comment names them, the roadmap's fields, in the document's order. */
  chunks: PartChunk[];
}

export interface OrderTextOptions {
  /** Keep the column «Логин в системе ФИС ОКО» of the text's tables (site.yaml `publishFisOkoLogins`). */
  fisOkoLogins?: boolean;
}

const appendixStart = /^(приложение|утвержден[аоы]?)(?![\p{L}])/iu;
const stampLine = /^(утвержден[аоы]?|к\s+приказу|приказом|от\s)/iu;
const appendixNumber = /^приложение\s*(?:№\s*)?(\d+)/iu;
const fieldMarker = /в\s+пол(?:е|ях)\s+([a-zA-Z, ]+?)(?=[.;:)]|\s+[^a-zA-Z,]|$)/g;

function plainText(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  return ((node.children ?? []) as TextNode[]).map(plainText).join('');
}

/** The fields a comment names: «… — в поле committees», «в полях goal, indicators». */
export function markedFields(comment: string): DocumentField[] {
  const out: DocumentField[] = [];
  for (const match of comment.matchAll(fieldMarker)) {
    for (const name of match[1]!.split(/[\s,]+/)) {
      if ((documentFields as readonly string[]).includes(name) && !out.includes(name as DocumentField))
        out.push(name as DocumentField);
    }
  }
  return out;
}

/** Drops the column of ФИС ОКО logins from a table of the text, and says so under it. */
function withoutLogins(table: TextNode): TextNode[] {
  const header = table.children?.[0]?.children ?? [];
  const column = header.findIndex((cell) => /логин/i.test(plainText(cell)) && /ФИС\s*ОКО/i.test(plainText(cell)));
  if (column < 0) return [table];
  const heading = plainText(header[column]!).trim();
  for (const row of table.children ?? []) row.children = row.children?.filter((_, i) => i !== column);
  if (table.align) table.align = table.align.filter((_, i) => i !== column);
  return [
    table,
    {
      type: 'paragraph',
      children: [{ type: 'emphasis', children: [{ type: 'text', value: ui.fisOkoColumnHidden(heading) }] }],
    },
  ];
}

/**
 * The order's text cut into its parts; throws on anything the check refuses. `where` names the roadmap in the error.
 */
export function orderTextParts(
  text: string,
  abbreviator: Abbreviator,
  where: string,
  options: OrderTextOptions = {},
): OrderTextPart[] {
  const parsed = parseOrderText(text);
  if ('error' in parsed) throw new Error(`${where}: ${parsed.error.message}`);
  const keep = (node: TextNode): boolean => {
    if (isComment(node)) return false;
    const why = refusal(node);
    if (why) throw new Error(`${where}, строка ${node.position?.start.line ?? '?'} текста приказа: ${why}`);
    if (node.children) node.children = node.children.filter(keep);
    return true;
  };
  // Comments at the top level may place fields; every other node is checked as before.
  const top: (TextNode | DocumentField[])[] = [];
  for (const node of parsed.tree.children ?? []) {
    if (isComment(node)) {
      const fields = markedFields(node.value ?? '');
      if (fields.length) top.push(fields);
      continue;
    }
    if (!keep(node)) continue;
    if (node.type === 'table' && !options.fisOkoLogins) top.push(...withoutLogins(node));
    else top.push(node);
  }

  // Split into parts: a new appendix begins at a heading or paragraph starting «Приложение» or «УТВЕРЖДЕН(А)», unless
  // it continues the stamp of the one just begun; the thematic break before it is the page break of the paper.
  interface RawPart {
    kind: 'order' | 'appendix';
    number?: string;
    nodes: (TextNode | DocumentField[])[];
    stamp: number;
    inStamp: boolean;
  }
  const parts: RawPart[] = [{ kind: 'order', nodes: [], stamp: 0, inStamp: false }];
  for (const node of top) {
    const current = parts.at(-1)!;
    if (Array.isArray(node)) {
      current.nodes.push(node);
      current.inStamp = false;
      continue;
    }
    const words = node.type === 'heading' || node.type === 'paragraph' ? plainText(node).trim() : '';
    if (current.inStamp && node.type === 'paragraph' && stampLine.test(words)) {
      current.nodes.push(node);
      current.stamp++;
      continue;
    }
    if (words && appendixStart.test(words)) {
      const previous = current.nodes.at(-1);
      if (previous && !Array.isArray(previous) && previous.type === 'thematicBreak') current.nodes.pop();
      const number = appendixNumber.exec(words)?.[1];
      parts.push({ kind: 'appendix', ...(number ? { number } : {}), nodes: [node], stamp: 1, inStamp: true });
      continue;
    }
    current.inStamp = false;
    current.nodes.push(node);
  }

  const slugger = new GithubSlugger();
  const toPartHtml = (nodes: TextNode[]): string => {
    if (!nodes.length) return '';
    const tree = toHast({ type: 'root', children: nodes } as MdastNodes, {
      allowDangerousHtml: false,
      clobberPrefix: 'order-',
      footnoteLabel: 'Сноски',
      footnoteBackLabel: 'Назад к тексту',
    }) as HastNode;
    const anchorHeadings = (node: HastNode) => {
      if (node.tagName && /^h[1-6]$/.test(node.tagName))
        node.properties = { ...node.properties, id: `order-${slugger.slug(hastText(node))}` };
      node.children?.forEach(anchorHeadings);
    };
    anchorHeadings(tree);
    markAbbreviations(tree, abbreviator);
    return toHtml(tree as Parameters<typeof toHtml>[0]);
  };

  return parts
    .filter((part) => part.kind === 'appendix' || part.nodes.length > 0)
    .map((part) => {
      const chunks: PartChunk[] = [];
      const stamp = part.nodes.slice(0, part.stamp) as TextNode[];
      if (stamp.length) chunks.push({ html: `<div class="stamp">${toPartHtml(stamp)}</div>` });
      let run: TextNode[] = [];
      const flush = () => {
        const markup = toPartHtml(run);
        if (markup) chunks.push({ html: focusFirstAbbreviations(markup) });
        run = [];
      };
      for (const node of part.nodes.slice(part.stamp)) {
        if (Array.isArray(node)) {
          flush();
          chunks.push({ fields: node });
        } else run.push(node);
      }
      flush();
      const heading = part.nodes
        .slice(part.stamp)
        .find((n): n is TextNode => !Array.isArray(n) && n.type === 'heading');
      return {
        kind: part.kind,
        ...(part.number ? { number: part.number } : {}),
        ...(heading ? { heading: plainText(heading).replace(/\s+/g, ' ').trim() } : {}),
        chunks,
      };
    });
}

/** HTML of an order's whole text, parts one after another (fields left out); throws on anything the check refuses. */
export function orderTextHtml(
  text: string,
  abbreviator: Abbreviator,
  where: string,
  options: OrderTextOptions = {},
): string {
  return orderTextParts(text, abbreviator, where, options)
    .flatMap((part) => part.chunks.map((chunk) => ('html' in chunk ? chunk.html : '')))
    .join('');
}

function hastText(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(hastText).join('');
}
