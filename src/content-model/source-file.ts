// Reads one content file (YAML, or MDX with YAML frontmatter) so that every problem can name the line and column
// of the field it is about. The data is read by js-yaml — fast, and the same parser Astro uses, so the checker and
// the site see the same values; the position-keeping parser (yaml) runs only when a position is asked for, or to
// describe a syntax error precisely.
import { load as loadYaml } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath } from './problems.ts';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedSource {
  /** The data as plain JavaScript (undefined when the YAML could not be read, and once loadContent has validated it). */
  data: unknown;
  /** MDX body (the narrative), for MDX files. */
  body?: string;
  /** Line of the file on which the body starts. */
  bodyLine?: number;
  /** YAML syntax errors with their positions. */
  syntaxErrors: { position: Position; message: string }[];
  /** Position of a field: the deepest existing node on the path (a missing field points at its parent). */
  locate(path: FieldPath, options?: { key?: boolean }): Position;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function parseSource(text: string, kind: 'yaml' | 'mdx'): ParsedSource {
  let yamlText = text;
  let lineOffset = 0;
  let body: string | undefined;
  let bodyLine: number | undefined;
  if (kind === 'mdx') {
    const match = frontmatterPattern.exec(text);
    if (!match) {
      return {
        data: undefined,
        syntaxErrors: [{ position: { line: 1, column: 1 }, message: 'в начале MDX-файла нет блока данных между строками «---»' }],
        locate: () => ({ line: 1, column: 1 }),
      };
    }
    yamlText = match[1] ?? '';
    lineOffset = 1;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }

  let data: unknown;
  let readable = true;
  try {
    data = loadYaml(yamlText);
  } catch {
    readable = false;
  }

  let positions: { doc: Document; lineCounter: LineCounter } | undefined;
  const document = () => {
    if (!positions) {
      const lineCounter = new LineCounter();
      positions = { doc: parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return positions;
  };
  const toPosition = (offset: number): Position => {
    const { line, col } = document().lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };

  let syntaxErrors: ParsedSource['syntaxErrors'] = [];
  if (!readable) {
    const { doc } = document();
    // An unknown tag (`!!js/undefined`) is only a warning to the YAML parser, but js-yaml (and Astro) reject it.
    const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
    syntaxErrors = problems.map((error) => ({
      position: toPosition(error.pos[0]),
      message: translateYamlError(error.code, error.message),
    }));
    if (!syntaxErrors.length) {
      syntaxErrors = [{ position: { line: 1 + lineOffset, column: 1 }, message: 'файл не читается как YAML: проверьте кавычки, отступы и двоеточия' }];
    }
  }

  return {
    data: readable ? data : undefined,
    body,
    bodyLine,
    syntaxErrors,
    locate: (path, options) => toPosition(findOffset(document().doc, path, options?.key ?? false)),
  };
}

function findOffset(doc: Document, path: FieldPath, wantKey: boolean): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part);
      if (!pair) return offset;
      const key = pair.key as Node;
      if (last && wantKey) return key.range?.[0] ?? offset;
      node = pair.value as Node | null;
      // A key without a value (`title:`) has no node: point at the key.
      offset = node?.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof part === 'number') {
      const child = node.items[part] as Node | undefined;
      if (!child) return offset;
      node = child;
      offset = child.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function translateYamlError(code: string, message: string): string {
  const hints: Record<string, string> = {
    DUPLICATE_KEY: 'поле записано дважды: оставьте одно',
    BAD_INDENT: 'неверный отступ: вложенные поля сдвигаются одинаково, пробелами',
    TAB_AS_INDENT: 'отступ табуляцией: в YAML отступы делаются пробелами',
    TAG_RESOLVE_FAILED: 'неизвестный тег YAML (то, что начинается с «!»): уберите его или заключите значение в кавычки',
    MISSING_CHAR: 'не хватает символа (кавычки, скобки или двоеточия)',
    MULTILINE_IMPLICIT_KEY: 'ключ разорван на несколько строк: возможно, забыто двоеточие или кавычка',
    BLOCK_AS_IMPLICIT_KEY: 'неверная структура: возможно, забыто двоеточие или лишний отступ',
    UNEXPECTED_TOKEN: 'неожиданный символ: проверьте кавычки и двоеточия',
  };
  const hint = hints[code] ?? 'ошибка синтаксиса YAML';
  return `${hint} (${message.split('\n')[0]})`;
}
