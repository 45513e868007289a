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
  audience: ['контингент', 'участники', 'целевая аудитория', 'категория участников'],
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

const lookup = new Map<string, ItemField>();
for (const [field, words] of Object.entries(synonyms) as [ItemField, string[]][]) {
  for (const word of words) lookup.set(normalizeHeading(word), field);
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

/** The field a heading means, or undefined for a heading the model has no field for. */
export function recognizeHeading(heading: string): ItemField | undefined {
  const normal = normalizeHeading(heading);
  if (!normal) return undefined;
  const direct = lookup.get(normal);
  if (direct) return direct;
  // Words run together by a broken hyphenation («Формареализации»): compare without spaces.
  const squeezed = normal.replace(/ /g, '');
  for (const [key, field] of lookup) if (key.replace(/ /g, '') === squeezed) return field;
  return undefined;
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

/**
 * True when the headings look like the header of a roadmap table: an activity column, at least one other known
 * column, no field twice, at least half of the headings known, and no heading as long as a sentence.
 */
export function isRoadmapHeader(headings: readonly string[]): boolean {
  const filled = headings.filter((h) => h.trim());
  if (filled.some((h) => h.length > 80)) return false;
  const known = filled.map(recognizeHeading).filter((f) => f !== undefined);
  return (
    known.includes('title') &&
    known.length >= 2 &&
    new Set(known).size === known.length &&
    known.length * 2 >= filled.length
  );
}

export function mapColumns(headings: readonly string[]): ColumnMap {
  const fields = headings.map(recognizeHeading);
  return { fields, headings: [...headings] };
}
