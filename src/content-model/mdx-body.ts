// The narrative of an MDX roadmap (e.g. the order's text) is Markdown: MDX's HTML/JSX elements, {expressions}
// and import/export would let a content file run code or inject markup into the site, so they are refused —
// only {/* comments */} are allowed. Parsing here also reports broken MDX at its line before Astro trips on it.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { Position } from './source-file.ts';
import { isSafeLink, unsafeLinkMessage } from './safe-link.ts';

interface Node {
  type: string;
  value?: string;
  /** Of links, images and link definitions. */
  url?: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

export interface BodyProblem {
  position: Position;
  message: string;
}

const refused: Record<string, string> = {
  mdxJsxFlowElement: 'HTML- или JSX-элемент',
  mdxJsxTextElement: 'HTML- или JSX-элемент',
  mdxFlowExpression: 'выражение в фигурных скобках',
  mdxTextExpression: 'выражение в фигурных скобках',
  mdxjsEsm: 'import или export',
};

/** Problems of an MDX body whose first line is line `firstLine` of the file. */
export function checkMdxBody(body: string, firstLine: number): BodyProblem[] {
  const at = (line: number, column: number): Position => ({ line: line + firstLine - 1, column });
  let tree: Node;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
  } catch (error) {
    const place = (error as { line?: number; column?: number }).line;
    const column = (error as { column?: number }).column ?? 1;
    return [{
      position: at(place ?? 1, column),
      message: `текст MDX не разобран: ${(error as Error).message.split('\n')[0]}. Фигурные скобки и «<» в тексте пишите как \\{ \\} и &lt;`,
    }];
  }
  const problems: BodyProblem[] = [];
  const visit = (node: Node) => {
    const what = refused[node.type];
    const isComment = (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '');
    if (what && !isComment) {
      const start = node.position?.start ?? { line: 1, column: 1 };
      problems.push({
        position: at(start.line, start.column),
        message: `${what} в тексте MDX не допускается: текст пишется обычной разметкой Markdown (это защищает сайт от вставки скриптов). Если это часть текста, экранируйте: \\{, &lt;`,
      });
      return;
    }
    if (node.url !== undefined && !isSafeLink(node.url)) {
      const start = node.position?.start ?? { line: 1, column: 1 };
      problems.push({ position: at(start.line, start.column), message: `${unsafeLinkMessage} (это защищает сайт от вставки скриптов)` });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
