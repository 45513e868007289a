// The message of an import that finds tables but no roadmap table among them: the headings it saw in each table (a
// few, shortened, so that a wide table still gives a readable message), what keeps them from being a roadmap header,
// and which headings Карта knows — the person can then rename the columns in the document and import it again.
import { extraKey, fieldWords, headerShortfall, mapColumns } from './columns.ts';
import { formatPlace, type SourceTable } from './model.ts';
import { likelyHeader } from './table-rows.ts';

const shown = { tables: 3, headings: 8, characters: 40 };

function quoted(heading: string): string {
  const line = extraKey(heading);
  if (line.length <= shown.characters) return `«${line}»`;
  // Cut at a word's end: half a word reads as another word.
  return `«${line.slice(0, shown.characters).replace(/[\s,;:.]+\S*$/u, '')}…»`;
}

/** One table's line: where its likely header is, its headings, why they are not a roadmap header. */
function tableLine(table: SourceTable): string {
  const header = likelyHeader(table);
  if (!header) return `  - таблица ${table.index}: нет строки хотя бы с двумя заполненными ячейками`;
  const { headings } = header;
  const more = headings.length > shown.headings ? ` и ещё ${headings.length - shown.headings}` : '';
  const fields = mapColumns(headings).fields;
  const known = headings.flatMap((h, i) => {
    const field = fields[i];
    return field ? [`${quoted(h)} — ${fieldWords[field]}`] : [];
  });
  return (
    `  - ${formatPlace(header.place)}: ${headings.slice(0, shown.headings).map(quoted).join(', ')}${more}; ` +
    `${headerShortfall(headings) ?? 'под шапкой нет строк'} ` +
    `(${known.length ? `узнаны: ${known.join(', ')}` : 'не узнан ни один заголовок'})`
  );
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
