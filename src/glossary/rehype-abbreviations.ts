// Marks up abbreviations in the narrative of MDX roadmaps (the order's text) the same way as the rest of the page:
// a rehype plugin for the MDX pipeline, using the glossary scoped to the roadmap's owner.
import type { Abbreviator } from './abbreviations.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

interface VFileLike {
  data?: { astro?: { frontmatter?: { owner?: unknown } } };
}

/** Text inside these elements is left as it is. */
const skip = new Set(['abbr', 'code', 'pre', 'script', 'style']);

export function rehypeAbbreviations(options: { abbreviatorFor(owner: string | undefined): Abbreviator }) {
  return (tree: HastNode, file: VFileLike) => {
    const owner = file.data?.astro?.frontmatter?.owner;
    const abbreviator = options.abbreviatorFor(typeof owner === 'string' ? owner : undefined);
    const visit = (node: HastNode) => {
      if (!node.children || (node.tagName && skip.has(node.tagName))) return;
      node.children = node.children.flatMap((child) => {
        if (child.type !== 'text' || !child.value) {
          visit(child);
          return [child];
        }
        return abbreviator.segments(child.value).map((segment): HastNode =>
          typeof segment === 'string'
            ? { type: 'text', value: segment }
            : { type: 'element', tagName: 'abbr', properties: { title: segment.expansion }, children: [{ type: 'text', value: segment.abbr }] },
        );
      });
    };
    visit(tree);
  };
}
