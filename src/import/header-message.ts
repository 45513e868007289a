// What the import says of a table it does not take as a roadmap table: the headings it saw (a few, shortened, so that
// a wide table still reads well), what keeps them from being a roadmap header, and which headings Карта knows. The
// message of an import that finds no roadmap table at all says it of every table, so that the person can rename the
// columns in the document and import it again; the report of an import says it of each table left out.
import { extraKey, fieldWords, headerShortfall, mapColumns } from './columns.ts';
import { formatPlace, type Place, type SourceTable } from './model.ts';
import { likelyHeader } from './table-rows.ts';
import { plural } from '../ui/strings.ts';

const shown = { tables: 3, headings: 8, characters: 40 };

function quoted(heading: string): string {
  const line = extraKey(heading);
  if (line.length <= shown.characters) return `«${line}»`;
  // Cut at a word's end: half a word reads as another word.
  return `«${line.slice(0, shown.characters).replace(/[\s,;:.]+\S*$/u, '')}…»`;
}

/** What a table without a roadmap header shows: its likely header's place and headings, and what they lack. */
function headerAccount(table: SourceTable): { place?: Place; text: string } {
  const header = likelyHeader(table);
  if (!header) return { text: 'нет строки хотя бы с двумя заполненными ячейками' };
  const { headings } = header;
  const more = headings.length > shown.headings ? ` и ещё ${headings.length - shown.headings}` : '';
  const fields = mapColumns(headings).fields;
  const known = headings.flatMap((h, i) => {
    const field = fields[i];
    return field ? [`${quoted(h)} — ${fieldWords[field]}`] : [];
  });
  return {
    place: header.place,
    text:
      `${headings.slice(0, shown.headings).map(quoted).join(', ')}${more}; ` +
      `${headerShortfall(headings) ?? 'под шапкой нет строк'} ` +
      `(${known.length ? `узнаны: ${known.join(', ')}` : 'не узнан ни один заголовок'})`,
  };
}

function tableLine(table: SourceTable): string {
  const { place, text } = headerAccount(table);
  return `  - ${formatPlace(place ?? { table: table.index })}: ${text}`;
}

/**
 * A table of the document that is not a roadmap table, in one line of the report: which table or sheet, how many
 * rows, that it was not imported and why. Its cells are not listed: a whole sheet of figures, cell by cell, would
 * hide what the report is for.
 */
export function skippedTableSummary(table: SourceTable): string {
  const rows = `${table.rows.length} ${plural(table.rows.length, 'строка', 'строки', 'строк')}`;
  const caption = table.caption ? ` «${table.caption.text.replace(/\s+/g, ' ').slice(0, 80)}»` : '';
  const what = table.sheet
    ? `лист «${table.sheet}» (таблица ${table.index}, ${rows}) не перенесён`
    : `таблица ${table.index}${caption} (${rows}) не перенесена`;
  const { place, text } = headerAccount(table);
  return `${what}: это не таблица мероприятий — ${place ? `заголовки (${formatPlace(place)}): ` : ''}${text}`;
}

export function noRoadmapTableMessage(sourceName: string, tables: readonly SourceTable[]): string {
  const lines = tables.slice(0, shown.tables).map(tableLine);
  if (tables.length > shown.tables) lines.push(`  - и ещё таблиц: ${tables.length - shown.tables}`);
  return [
    `в файле «${sourceName}» нет таблицы мероприятий: ни в одной из таблиц (${tables.length}) ` +
      'Карта не узнала шапку. Заголовки, которые она видит:',
    ...lines,
    'Переименуйте заголовки столбцов в документе и запустите импорт снова: нужен столбец мероприятия ' +
      '(«Мероприятие», «Наименование мероприятия», «Содержание работы», «Контрольная точка») и хотя бы ещё один ' +
      'известный («№», «Сроки», «Ответственные», «Форма», «Результат»); незнакомые столбцы сохранятся как есть, ' +
      'если узнанных не меньше половины',
  ].join('\n');
}
