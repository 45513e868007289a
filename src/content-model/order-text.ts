// The order's text of a roadmap written as MDX is content a school sends in: untrusted. It is never compiled or
// evaluated. It is parsed once, with MDX's syntax and GFM's (so `{…}`, `<…>` and `import` are recognised as what
// they are, wherever they stand — in a table cell too), and only an allow-list of Markdown node types may reach
// the page: the checker reports everything else at its line, and the renderer (src/site/order-text-html.ts)
// renders the same tree and refuses anything off the list, so what was checked is exactly what is published.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Position } from './source-file.ts';
import { isSafeLink, unsafeLinkMessage } from './safe-link.ts';

/** A node of the parsed text (mdast, with MDX's and GFM's node types). */
export interface TextNode {
  type: string;
  value?: string;
  /** Of links, images and link definitions. */
  url?: string;
  title?: string | null;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  align?: (string | null)[] | null;
  position?: { start: { line: number; column: number } };
  data?: { estree?: { body: unknown[] } };
  children?: TextNode[];
}

export interface TextProblem {
  position: Position;
  message: string;
}

/** Node types that may be published as they are: the Markdown of a document's text. */
const allowedNodeTypes = new Set([
  'root',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'delete',
  'break',
  'thematicBreak',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'inlineCode',
  'code',
  'link',
  'linkReference',
  'definition',
  'footnoteReference',
  'footnoteDefinition',
]);

/** What a refused node is, in the words of the message. */
const refusedKinds: Record<string, string> = {
  mdxJsxFlowElement: 'HTML- или JSX-элемент',
  mdxJsxTextElement: 'HTML- или JSX-элемент',
  mdxFlowExpression: 'выражение в фигурных скобках',
  mdxTextExpression: 'выражение в фигурных скобках',
  mdxjsEsm: 'import или export',
  html: 'HTML-разметка',
  image: 'картинка',
  imageReference: 'картинка',
};

/** `{/* … *\/}`: an expression that holds comments only (its program has no statements) — MDX's comment. */
export function isComment(node: TextNode): boolean {
  return (
    (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && node.data?.estree?.body.length === 0
  );
}

export type ParsedText = { tree: TextNode } | { error: { line: number; column: number; message: string } };

/** The tree of an order's text: the one parser both the check and the page use. */
export function parseOrderText(text: string): ParsedText {
  try {
    return {
      tree: fromMarkdown(text, {
        extensions: [mdxjs(), gfm()],
        mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
      }) as TextNode,
    };
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number };
    return {
      error: {
        line: line ?? 1,
        column: column ?? 1,
        message:
          `текст приказа не разобран: ${(error as Error).message.split('\n')[0]}. ` +
          'Фигурные скобки и «<» в тексте пишите как \\{ \\} и &lt;',
      },
    };
  }
}

/** Why a node may not be published, or undefined when it may. */
export function refusal(node: TextNode): string | undefined {
  if (isComment(node)) return undefined;
  if (!allowedNodeTypes.has(node.type)) {
    const kind = refusedKinds[node.type] ?? `элемент «${node.type}»`;
    return (
      `${kind} в тексте приказа не допускается: текст пишется обычной разметкой Markdown ` +
      '(это защищает сайт от вставки скриптов). Если это часть текста, экранируйте: \\{, &lt;'
    );
  }
  if (node.url !== undefined && !isSafeLink(node.url))
    return `${unsafeLinkMessage} (это защищает сайт от вставки скриптов)`;
  return undefined;
}

/** Problems of an order's text whose first line is line `firstLine` of the file. */
export function checkOrderText(text: string, firstLine: number): TextProblem[] {
  const at = (line: number, column: number): Position => ({ line: line + firstLine - 1, column });
  const parsed = parseOrderText(text);
  if ('error' in parsed)
    return [{ position: at(parsed.error.line, parsed.error.column), message: parsed.error.message }];
  const problems: TextProblem[] = [];
  const visit = (node: TextNode) => {
    const why = refusal(node);
    if (why) {
      const start = node.position?.start ?? { line: 1, column: 1 };
      problems.push({ position: at(start.line, start.column), message: why });
      return;
    }
    node.children?.forEach(visit);
  };
  visit(parsed.tree);
  return problems;
}
