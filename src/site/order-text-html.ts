// The order's text of a roadmap, as HTML for its page: the tree the check has allowed (src/content-model/order-text.ts)
// turned into HTML by mdast-util-to-hast without raw HTML, headings given anchors, abbreviations marked up. Nothing
// of the text is compiled or run; a node off the allow-list stops the build here even if the check was bypassed.
import GithubSlugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { Nodes as MdastNodes } from 'mdast';
import { isComment, parseOrderText, refusal, type TextNode } from '../content-model/order-text.ts';
import type { Abbreviator } from '../glossary/abbreviations.ts';
import { markAbbreviations, type HastNode } from '../glossary/hast-abbreviations.ts';

/** HTML of an order's text; throws on anything the check refuses. `where` names the roadmap in the error. */
export function orderTextHtml(text: string, abbreviator: Abbreviator, where: string): string {
  const parsed = parseOrderText(text);
  if ('error' in parsed) throw new Error(`${where}: ${parsed.error.message}`);
  const keep = (node: TextNode): boolean => {
    if (isComment(node)) return false;
    const why = refusal(node);
    if (why) throw new Error(`${where}, строка ${node.position?.start.line ?? '?'} текста приказа: ${why}`);
    if (node.children) node.children = node.children.filter(keep);
    return true;
  };
  keep(parsed.tree);
  const tree = toHast(parsed.tree as MdastNodes, {
    allowDangerousHtml: false,
    clobberPrefix: 'order-',
    footnoteLabel: 'Сноски',
    footnoteBackLabel: 'Назад к тексту',
  }) as HastNode;
  const slugger = new GithubSlugger();
  const anchorHeadings = (node: HastNode) => {
    if (node.tagName && /^h[1-6]$/.test(node.tagName)) node.properties = { ...node.properties, id: `order-${slugger.slug(plainText(node))}` };
    node.children?.forEach(anchorHeadings);
  };
  anchorHeadings(tree);
  markAbbreviations(tree, abbreviator);
  return toHtml(tree as Parameters<typeof toHtml>[0]);
}

function plainText(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(plainText).join('');
}
