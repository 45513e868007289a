// Reads one content file (YAML, or MDX with YAML frontmatter) so that every problem can name the line and column
// of the field it is about. The data is read by js-yaml — fast — with YAML 1.2's core schema, so the checker and
// the site see the same values; the position-keeping parser (yaml) runs only when a position is asked for, or to
// describe a syntax error precisely.
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { FieldPath } from './problems.ts';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedSource {
  /**
   * The data as plain JavaScript (undefined when the YAML could not be read, and once loadContent has validated it).
   */
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
    if (!match) return unreadable(1, 'в начале MDX-файла нет блока данных между строками «---»');
    yamlText = match[1] ?? '';
    lineOffset = 1;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
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

  let data: unknown;
  let readable = true;
  let syntaxErrors: ParsedSource['syntaxErrors'] = [];
  try {
    // An alias (`*name`) repeats what its anchor holds: a few hundred bytes of nested aliases expand to gigabytes.
    // Content has no need of them, so they are refused before anything expands them.
    syntaxErrors = mayHaveAliases(yamlText) ? aliasErrors(document().doc, toPosition) : [];
    readable = syntaxErrors.length === 0;
    // YAML 1.2's core schema: a date stays the text written (`2024-02-30` is checked as written, not rolled over to
    // 1 March as a timestamp would be), and there are no merge keys.
    if (readable) data = loadYaml(yamlText, { schema: CORE_SCHEMA });
  } catch (error) {
    // Nesting deep enough to exhaust a parser's stack.
    if (stackExhausted(error)) return tooDeep(lineOffset);
    readable = false;
  }

  if (!readable && !syntaxErrors.length) {
    try {
      const { doc } = document();
      if (doc.errors.some(stackExhausted)) return tooDeep(lineOffset);
      syntaxErrors = describeSyntaxErrors(doc, toPosition, yamlText, lineOffset);
    } catch (error) {
      if (stackExhausted(error)) return tooDeep(lineOffset);
      throw error;
    }
  }
  if (!readable && !syntaxErrors.length) {
    syntaxErrors = [
      {
        position: { line: 1 + lineOffset, column: 1 },
        message: 'файл не читается как YAML: проверьте кавычки, отступы и двоеточия',
      },
    ];
  }

  return {
    data: readable ? data : undefined,
    body,
    bodyLine,
    syntaxErrors,
    locate: (path, options) => {
      try {
        return toPosition(findOffset(document().doc, path, options?.key ?? false));
      } catch {
        return { line: 1 + lineOffset, column: 1 };
      }
    },
  };
}

/**
 * The first syntax error of a file, said so that it can be fixed: one slip of indentation or one colon too many makes
 * the parser report many errors after it, which are its echoes and vanish with it — they are counted, not listed.
 * The place is the first character of the line the error is on (the parser often points at the end of the line
 * above, or at the start of the indentation).
 */
function describeSyntaxErrors(
  doc: Document,
  toPosition: (offset: number) => Position,
  text: string,
  lineOffset: number,
): ParsedSource['syntaxErrors'] {
  // An unknown tag (`!!js/undefined`) is only a warning to the YAML parser, but js-yaml (and Astro) reject it.
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')].sort(
    (a, b) => a.pos[0] - b.pos[0],
  );
  const first = problems[0];
  if (!first) return [];
  const lines = text.split('\n');
  let { line, column } = toPosition(first.pos[0]);
  let index = line - lineOffset - 1;
  // At or past the end of a line's text: the error is about the next line with text (but an unclosed bracket is
  // where it was opened).
  while (
    !/flow/i.test(first.message) &&
    (lines[index] ?? '').trimEnd().length < column &&
    index + 1 < lines.length &&
    column > 1
  ) {
    index++;
    column = 1;
  }
  const lineText = (lines[index] ?? '').replace(/\r$/, '');
  line = index + lineOffset + 1;
  const indent = lineText.length - lineText.trimStart().length;
  if (column <= indent) column = indent + 1;
  const echoes = problems.length - 1;
  const more = echoes
    ? `. После неё разбор сбился ещё ${echoes} ` +
      `${echoes % 10 >= 2 && echoes % 10 <= 4 && (echoes % 100 < 12 || echoes % 100 > 14) ? 'раза' : 'раз'} — ` +
      'скорее всего, это её отголоски: исправьте её и проверьте снова'
    : '';
  const said =
    colonInValue(lineText) ??
    colonWithoutSpace(lineText) ??
    (first.code === 'BAD_INDENT' ? misindented(lines, index) : undefined) ??
    translateYamlError(first.code, first.message);
  return [{ position: { line, column }, message: said + more }];
}

/** A field indented otherwise than the field above it: both indentations, said in spaces. */
function misindented(lines: readonly string[], index: number): string | undefined {
  const keyAt = (text: string) => {
    const match = /^(\s*)(- )?([^\s:#][^:#]*):/.exec(text);
    return match ? { key: match[3]!.trim(), indent: match[1]!.length + (match[2] ? 2 : 0) } : undefined;
  };
  const here = keyAt(lines[index] ?? '');
  if (!here) return undefined;
  for (let i = index - 1; i >= 0; i--) {
    if (!(lines[i] ?? '').trim() || /^\s*#/.test(lines[i]!)) continue;
    const above = keyAt(lines[i]!);
    if (!above || above.indent === here.indent) return undefined;
    return (
      `неверный отступ: поле «${here.key}» сдвинуто на ${here.indent} ${spaces(here.indent)}, ` +
      `а поле «${above.key}» строкой выше — на ${above.indent}: ` +
      'поля одного пункта или раздела пишутся с одинаковым отступом, пробелами'
    );
  }
  return undefined;
}

const spaces = (n: number) =>
  n % 10 === 1 && n % 100 !== 11
    ? 'пробел'
    : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)
      ? 'пробела'
      : 'пробелов';

/**
 * A value with «: » inside (`title: Анализ: результаты ВПР`), which YAML reads as a new field: what to write instead.
 */
function colonInValue(line: string): string | undefined {
  const match = /^(\s*(?:- )?[^\s:#'"][^:#]*?):\s+([^'"\s|>&*![{].*:\s.*?)\s*$/.exec(line);
  if (!match) return undefined;
  const fixed = `${match[1]}: "${match[2]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return (
    'двоеточие с пробелом внутри значения YAML читает как начало нового поля: ' +
    `заключите значение в кавычки — ${fixed.trim()}`
  );
}

/** A field whose colon has no space after it (`level:school`), which YAML reads as one word: what to write. */
function colonWithoutSpace(line: string): string | undefined {
  const match = /^(\s*(?:- )?)([A-Za-z][\w.-]*):([^\s/].*)$/.exec(line);
  if (!match) return undefined;
  return `после двоеточия нужен пробел: ${match[2]}: ${match[3]!.trim()}`;
}

function tooDeep(lineOffset: number): ParsedSource {
  return unreadable(lineOffset + 1, 'списки или наборы полей вложены слишком глубоко: проверьте скобки и отступы');
}

function unreadable(line: number, message: string): ParsedSource {
  return {
    data: undefined,
    syntaxErrors: [{ position: { line, column: 1 }, message }],
    locate: () => ({ line, column: 1 }),
  };
}

/**
 * Whether the text may hold an alias: `*` where a value starts.
 * Cheap, and rare in content, so most files skip the parse.
 */
function mayHaveAliases(text: string): boolean {
  return /(^|[\s[{,:-])\*[^\s*]/m.test(text);
}

/** The first alias of the document, if any, as an error (one is enough to say what to fix). */
function aliasErrors(doc: Document, toPosition: (offset: number) => Position): ParsedSource['syntaxErrors'] {
  const aliases: { source: string; offset: number }[] = [];
  visit(doc, {
    Alias(_, node) {
      aliases.push({ source: node.source, offset: node.range?.[0] ?? 0 });
    },
  });
  const first = aliases[0];
  if (!first) return [];
  const more = aliases.length > 1 ? `; всего ссылок в файле: ${aliases.length}` : '';
  return [
    {
      position: toPosition(first.offset),
      message:
        `ссылка YAML «*${first.source}» не допускается: запишите значение полностью ` +
        '(ссылки &якорь/*имя в содержимом запрещены — ' +
        `файл в несколько сотен байт разворачивается ими в гигабайты)${more}`,
    },
  ];
}

const stackExhausted = (error: unknown) =>
  error instanceof RangeError || /call stack/i.test(String((error as Error)?.message));

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
  if (/^Sequence item without/.test(message))
    return (
      'неверный отступ: строка сдвинута не так, как соседние — поля одного пункта или раздела пишутся на одном ' +
      'отступе, элементы одного списка начинаются с «- » на одном отступе'
    );
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
  const hint = hints[code];
  // The parser's own words (in English) only where there is no Russian for the case.
  return hint ?? `ошибка синтаксиса YAML (${message.split('\n')[0]})`;
}
