// Column recognition: a heading of the source table is mapped to a field of an item by its words, whatever the
// case, spacing, line breaks or hyphenation of the heading («Форма реали-\nзации  мероприятий» is «form»).
// A heading that means nothing known is kept as is, for the item's `extra` map.

export type ItemField =
  | 'number'
  | 'title'
  | 'form'
  | 'deadline'
  | 'responsible'
  | 'riskCodes'
  | 'audience'
  | 'venue'
  | 'result'
  | 'reports';

/** Headings seen in roadmaps (the seed documents in sources/ and their synonyms), normalised. */
const synonyms: Record<ItemField, string[]> = {
  number: ['№', '№ п/п', '№ пп', 'п/п', 'n', 'n п/п', 'номер', 'номер п/п', '№ пункта'],
  title: [
    'наименование мероприятия',
    'наименование мероприятий',
    'наименование',
    'мероприятие',
    'мероприятия',
    'контрольная точка',
    'контрольные точки',
    'содержание мероприятия',
    'содержание работы',
    'название мероприятия',
  ],
  form: [
    'форма',
    'формы',
    'форма реализации',
    'форма реализации мероприятий',
    'форма реализации мероприятия',
    'форма проведения',
    'формы реализации',
  ],
  deadline: [
    'сроки',
    'срок',
    'сроки выполнения',
    'срок выполнения',
    'дата проведения',
    'даты проведения',
    'сроки проведения',
    'срок проведения',
    'сроки исполнения',
    'срок исполнения',
    'сроки реализации',
    'срок реализации',
    'дата',
    'период',
  ],
  responsible: [
    'ответственные',
    'ответственный',
    'ответственные лица',
    'ответственное лицо',
    'ответственные исполнители',
    'ответственный исполнитель',
    'исполнители',
    'исполнитель',
    'ответственные за исполнение',
  ],
  riskCodes: ['код параметра', 'коды параметров', 'код параметра риска', 'код риска', 'коды рисков'],
  audience: [
    'контингент',
    'участники',
    'целевая аудитория',
    'категория участников',
    'целевая группа',
    'целевые группы',
  ],
  venue: ['место проведения', 'место'],
  result: [
    'показатель реализации',
    'показатели реализации',
    'ожидаемый результат',
    'ожидаемые результаты',
    'результат',
    'планируемый результат',
  ],
  reports: [
    'формы отчетных документов',
    'форма отчетных документов',
    'форма отчетного документа',
    'отчетные документы',
    'информационное сопровождение мероприятий',
    'информационное сопровождение',
    'форма отчетности',
  ],
};

/**
 * Headings worded otherwise in other schools' roadmaps («Форма представления результатов», «ФИО ответственного»,
 * «Сроки реализации мероприятия», «Содержание деятельности»): by their first words, after the list above.
 */
const beginnings: [RegExp, ItemField][] = [
  [/^(?:форм[аы] )?отчетн/, 'reports'],
  [/^форм[аы] отчет/, 'reports'],
  [/^форм[аы] /, 'form'],
  [/^(?:фио )?ответственн/, 'responsible'],
  [/^исполнител/, 'responsible'],
  [/^срок/, 'deadline'],
  [/^(?:наименование|название|содержание|перечень|описание) (?:мероприяти|деятельност|работ)/, 'title'],
  [/^мероприяти/, 'title'],
  [/^(?:планируем|ожидаем)[а-я]* (?:результат|эффект)/, 'result'],
  // The model's result is the expected result or its indicator: «Целевые показатели», «Индикаторы выполнения».
  [/^(?:целев[а-я]* )?(?:показател|индикатор)/, 'result'],
  [/^участник/, 'audience'],
];

const lookup = new Map<string, ItemField>();
/**
 * False when a piece of text cannot be part of a number column's heading («№ x»): no heading of the list holds it.
 * To pass over lines that start with «№» but are no header without reading every column of theirs.
 */
export function mayBeNumberHeading(piece: string): boolean {
  const normal = normalizeHeading(piece);
  return synonyms.number.some((name) => normalizeHeading(name).includes(normal));
}

/** The same without spaces, built once: a header of a hundred columns is looked up a hundred times. */
const squeezedLookup = new Map<string, ItemField>();
for (const [field, words] of Object.entries(synonyms) as [ItemField, string[]][]) {
  for (const word of words) lookup.set(normalizeHeading(word), field);
}
for (const [key, field] of lookup) {
  const squeezed = key.replace(/ /g, '');
  if (!squeezedLookup.has(squeezed)) squeezedLookup.set(squeezed, field);
}

/** Lower case, «ё» as «е», words hyphenated at a line end joined, all spacing as one space, no end punctuation. */
export function normalizeHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\u00ad/g, '')
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/№\s*/g, '№ ')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s.:;,*]+|[\s.:;,*]+$/g, '')
    .replace(/№ $/, '№')
    .trim();
}

/**
 * The field a heading means, or undefined for a heading the model has no field for. `exact`: only a heading of the
 * list, not one known by its first words — for a reader that finds where headings end by trying longer and longer
 * runs of words (read-layout-text.ts), to which «Наименование мероприятия Форма…» would still be a title.
 */
export function recognizeHeading(heading: string, { exact = false } = {}): ItemField | undefined {
  const normal = normalizeHeading(heading);
  if (!normal) return undefined;
  const names = normal.split(/\s*\/\s*/).filter(Boolean);
  if (names.length < 2) return fieldOfName(normal, exact);
  const listed = fieldOfName(normal, true);
  if (listed) return listed;
  // Two names for one column («Направления деятельности / мероприятия»): the field its known names agree on.
  // Names of different fields («Сроки / ответственные») leave the column unknown, so it goes to `extra` whole.
  const known = new Set(names.map((name) => fieldOfName(name, exact)).filter((f) => f !== undefined));
  return known.size === 1 ? [...known][0] : undefined;
}

function fieldOfName(normal: string, exact: boolean): ItemField | undefined {
  const direct = lookup.get(normal);
  if (direct) return direct;
  // Words run together by a broken hyphenation («Формареализации»): compare without spaces.
  const squeezed = squeezedLookup.get(normal.replace(/ /g, ''));
  if (squeezed) return squeezed;
  return exact ? undefined : beginnings.find(([pattern]) => pattern.test(normal))?.[1];
}

/** The heading as it will be shown as an `extra` key: the source's words on one line. */
export function extraKey(heading: string): string {
  return heading
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ColumnMap {
  /** Field of each column, or undefined for an unknown column (kept in `extra` under `headings[i]`). */
  fields: (ItemField | undefined)[];
  headings: string[];
}

/** Each field in the words of the import's report and messages. */
export const fieldWords: Record<ItemField, string> = {
  number: 'номер',
  title: 'мероприятие',
  form: 'форма',
  deadline: 'срок',
  responsible: 'ответственные',
  riskCodes: 'коды параметров риска',
  audience: 'контингент',
  venue: 'место проведения',
  result: 'показатель реализации',
  reports: 'отчётные документы',
};

/**
 * What keeps the headings from being the header of a roadmap table, in words for the person importing, or undefined
 * when they are one: an activity column, at least one other known column, no field twice, at least half of the
 * headings known, and no heading as long as a sentence.
 */
export function headerShortfall(headings: readonly string[]): string | undefined {
  const filled = headings.filter((h) => h.trim());
  const long = filled.find((h) => h.length > 80);
  if (long) return `«${extraKey(long).slice(0, 40)}…» — текст длиннее заголовка столбца`;
  const fields = fieldsOf(filled);
  const known = fields.filter((f) => f !== undefined);
  if (!known.includes('title')) return 'нет столбца мероприятия';
  if (known.length < 2) return 'кроме мероприятия, нет ни одного известного столбца';
  const twice = known.find((f, i) => known.indexOf(f) !== i);
  if (twice) {
    const same = filled.filter((_, i) => fields[i] === twice).map((h) => `«${extraKey(h)}»`);
    return `столбцы ${same.join(' и ')} означают одно и то же (${fieldWords[twice]})`;
  }
  if (known.length * 2 < filled.length) return 'незнакомых столбцов больше, чем узнанных';
  return undefined;
}

/** True when the headings look like the header of a roadmap table (see `headerShortfall`). */
export function isRoadmapHeader(headings: readonly string[]): boolean {
  return headerShortfall(headings) === undefined;
}

export function mapColumns(headings: readonly string[]): ColumnMap {
  return { fields: fieldsOf(headings), headings: [...headings] };
}

/**
 * The field of each heading of one header: those of the list first, then those known by their first words for a
 * field no other column has (beside «Планируемый результат», «Показатели» stays a column of its own, in `extra`).
 */
function fieldsOf(headings: readonly string[]): (ItemField | undefined)[] {
  const exact = headings.map((h) => recognizeHeading(h, { exact: true }));
  const taken = new Set(exact);
  return headings.map((h, i) => {
    if (exact[i]) return exact[i];
    const field = recognizeHeading(h);
    if (!field || taken.has(field)) return undefined;
    taken.add(field);
    return field;
  });
}
