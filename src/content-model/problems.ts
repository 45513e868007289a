// A problem found in content: where it is (file, line, column, field) and what to do, in Russian.
import type { z } from 'astro/zod';

export type FieldPath = readonly (string | number)[];

export interface Problem {
  severity: 'error' | 'warning';
  /** Path of the file, relative to the working directory when possible. */
  file: string;
  line: number;
  column: number;
  /** Field path inside the entry, e.g. sections[0].items[3].number; empty for the whole file. */
  field: string;
  /** Where that is, for people: «раздел I › пункт 4, № 4.» (paths count from zero, people from one). */
  place?: string;
  message: string;
}

/** A file's parsed text, which finds the line and column of a field (source-file.ts). */
interface Located {
  locate(path: FieldPath, options?: { key?: boolean }): { line: number; column: number };
}

/**
 * A problem at a field of a content file: its line and column (of the key with `locateKey`), the field's path, and
 * its place in people's words.
 */
export function problemAt(
  entry: { file: string; source: Located; data: unknown },
  fieldPath: FieldPath,
  message: string,
  severity: Problem['severity'] = 'error',
  locateKey = false,
): Problem {
  const { line, column } = entry.source.locate(fieldPath, { key: locateKey });
  const place = describePlace(fieldPath, entry.data);
  return {
    severity,
    file: entry.file,
    line,
    column,
    field: formatFieldPath(fieldPath),
    ...(place ? { place } : {}),
    message,
  };
}

export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

/** One line per problem: `file:line:column  field (place)  message` (the form editors and CI logs link to). */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const kind = p.severity === 'error' ? 'ошибка' : 'предупреждение';
  return `${where}  ${kind}${p.field ? ` в поле ${p.field}` : ''}${p.place ? ` (${p.place})` : ''}: ${p.message}`;
}

/** How people name the elements of the lists of content files. */
const elementNames: Record<string, string> = {
  sections: 'раздел',
  items: 'пункт',
  controlPoints: 'контрольная точка',
  mechanisms: 'механизм',
  entries: 'запись',
  responsible: 'ответственный',
  evidence: 'документ',
  statuses: 'статус',
  riskProfiles: 'рисковый профиль',
  factors: 'фактор',
  parameters: 'параметр',
  indicators: 'показатель',
  directions: 'направление',
  appendices: 'приложение',
  specialists: 'специалист',
  committees: 'состав',
  members: 'участник',
  tasks: 'задача',
  legalBasis: 'основание',
  implements: 'ссылка',
  basedOn: 'карта',
  schools: 'школа',
  abbreviations: 'сокращение',
  rows: 'строка',
};

/**
 * Where a field path leads, in people's words, from the data it is about: «раздел II › пункт 3, № 3.». Undefined
 * when the path has no list in it (the field name says it all).
 */
export function describePlace(path: FieldPath, data: unknown): string | undefined {
  const parts: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    const child = (node as Record<string | number, unknown> | undefined)?.[key as string];
    if (typeof key === 'string' && typeof next === 'number') {
      const element = (child as unknown[] | undefined)?.[next] as { number?: unknown; item?: unknown } | undefined;
      const name = elementNames[key] ?? 'элемент списка';
      const number =
        typeof element?.number === 'string' || typeof element?.number === 'number' ? String(element.number) : undefined;
      const title =
        typeof (element as { title?: unknown } | undefined)?.title === 'string'
          ? (element as { title: string }).title
          : undefined;
      if (key === 'sections')
        parts.push(`${name} ${number ? number.replace(/\.$/, '') : title && title.length <= 40 ? title : next + 1}`);
      else if (key === 'entries' && typeof element?.item === 'string')
        parts.push(`${name} ${next + 1} (${element.item})`);
      else parts.push(`${name} ${next + 1}${number ? `, № ${number}` : ''}`);
      node = element;
      i++;
      continue;
    }
    node = child;
  }
  return parts.length ? parts.join(' › ') : undefined;
}

const typeNames: Record<string, string> = {
  string: 'текст',
  number: 'число',
  int: 'целое число',
  boolean: 'true или false',
  array: 'список',
  object: 'набор полей (ключ: значение)',
  date: 'дата',
  undefined: 'ничего',
  null: 'пустое значение',
};

function describeReceived(input: unknown): string {
  if (input === null || input === undefined) return 'пустое значение';
  if (Array.isArray(input)) return 'список';
  if (input instanceof Date) return 'дата';
  return typeNames[typeof input] ?? typeof input;
}

/** A zod issue in words a school's site editor understands. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      // A field's own words for what it takes (a date's format, a number's range) say more than its type.
      const expected = /[а-яё]/i.test(issue.message) ? issue.message : (typeNames[issue.expected] ?? issue.expected);
      if (issue.input === undefined) {
        return (
          `обязательное поле не заполнено (нужно: ${expected}): ` +
          'допишите его (какие поля обязательны — в docs/content-format.md, «Формат содержимого»)'
        );
      }
      const got = describeReceived(issue.input);
      if (issue.expected === 'string' && typeof issue.input === 'number') {
        // The number as YAML read it may have lost what the document says («1.10» is read as 1.1).
        return (
          `здесь нужен текст, а записано число (прочитано как ${String(issue.input)}): ` +
          'заключите значение в кавычки точно как в документе, например "1.10" — без кавычек нули в конце теряются'
        );
      }
      if (issue.expected === 'number' && typeof issue.input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(issue.input)) {
        return `здесь нужно число, а записан текст "${issue.input}": уберите кавычки — ${issue.input.trim()}`;
      }
      return `нужно: ${expected}, а записано: ${got}`;
    }
    case 'unrecognized_keys':
      return (
        `неизвестное поле ${issue.keys.map((k) => `«${k}»`).join(', ')}: ` +
        'проверьте написание (список полей — в docs/content-format.md, «Формат содержимого»)'
      );
    case 'invalid_value':
      if (issue.input === null || issue.input === undefined || issue.input === '')
        return `поле не заполнено; допустимые значения: ${issue.values.map((v) => String(v)).join(', ')}`;
      return (
        `недопустимое значение «${String(issue.input)}»; допустимые: ` +
        `${issue.values.map((v) => String(v)).join(', ')}`
      );
    case 'too_small':
      if (issue.origin === 'array') return `список должен содержать не меньше ${String(issue.minimum)} элементов`;
      if (issue.origin === 'string') return issue.message || 'пустой текст';
      return `значение должно быть не меньше ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.message && !issue.message.startsWith('Too big')) return issue.message;
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? ` (здесь ${issue.input.length.toLocaleString('ru-RU')})` : '';
        return (
          `текст длиннее ${Number(issue.maximum).toLocaleString('ru-RU')} знаков${length}: ` +
          'сократите его (ограничения — docs/security.md)'
        );
      }
      return `значение должно быть не больше ${String(issue.maximum)}`;
    case 'invalid_union':
      return issue.message && !issue.message.startsWith('Invalid input')
        ? issue.message
        : 'значение не подходит ни под один из допустимых видов';
    default:
      return issue.message;
  }
}
