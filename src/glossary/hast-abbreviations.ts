// Marks up abbreviations in the order's text of a roadmap (rendered from Markdown, src/site/order-text-html.ts) the
// same way as the rest of the page: on its HTML tree, using the glossary scoped to the roadmap's owner.
import type { Abbreviator } from './abbreviations.ts';

export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Text inside these elements is left as it is. */
const skip = new Set(['abbr', 'code', 'pre', 'script', 'style']);

/** Wraps every abbreviation `abbreviator` knows in the text nodes of `tree` in <abbr title="expansion">. */
export function markAbbreviations(tree: HastNode, abbreviator: Abbreviator): void {
  const visit = (node: HastNode) => {
    if (!node.children || (node.tagName && skip.has(node.tagName))) return;
    node.children = node.children.flatMap((child) => {
      if (child.type !== 'text' || !child.value) {
        visit(child);
        return [child];
      }
      return abbreviator.segments(child.value).map(
        (segment): HastNode =>
          typeof segment === 'string'
            ? { type: 'text', value: segment }
            : {
                type: 'element',
                tagName: 'abbr',
                properties: { title: segment.expansion },
                children: [{ type: 'text', value: segment.abbr }],
              },
      );
    });
  };
  visit(tree);
}
