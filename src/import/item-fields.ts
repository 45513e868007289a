// One logical row of a roadmap table to an item of the content format: each recognised column to its field, the
// repairs of what the extraction broke, the responsible cell split into entries, unknown columns into `extra`.
import { extraKey, type ColumnMap, type ItemField } from './columns.ts';
import type { Place } from './model.ts';
import { readResponsible, splitResponsible } from './responsible.ts';
import type { LogicalRow } from './table-rows.ts';
import { joinLines, repairCellText, type Repair } from './text-repairs.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface ItemDraft {
  number?: string;
  title: string;
  form?: string;
  deadline?: string;
  responsible?: string[];
  audience?: string;
  venue?: string;
  riskCodes?: string[];
  result?: string;
  reports?: string;
  extra?: Record<string, string>;
}

interface FieldRecord {
  field: string;
  places: Place[];
}

export interface BuiltItem {
  item: ItemDraft;
  place: Place;
  /** Which source cells went to which field. */
  fields: FieldRecord[];
  repairs: { repair: Repair; place: Place }[];
  guesses: { message: string; place: Place }[];
  /** The responsible text a page-break continuation added, kept apart for the dumped-cells repair. */
  responsibleContinuation?: { text: string; place: Place };
  responsibleOwn?: string;
}

const numberAtStart = /^(\d+(?:\.\d+)+\.?|\d+\.)\s*(?=\S)/u;

/** The text of a cell with its lines joined and the extraction repaired. */
function cleanText(raw: string, vocabulary: Vocabulary, repairs: Repair[], options: { names?: boolean } = {}): string {
  const repaired = repairCellText(raw, vocabulary, options);
  repairs.push(...repaired.repairs);
  const joined = joinLines(repaired.text.split('\n'), vocabulary);
  repairs.push(...joined.repairs);
  return joined.text.trim();
}

function riskCodesOf(text: string): string[] {
  return [...text.matchAll(/\d+(?:\.\d+)*\.?/g)].map((m) => m[0]);
}

export function buildItem(row: LogicalRow, columns: ColumnMap, vocabulary: Vocabulary): BuiltItem | undefined {
  const item: ItemDraft = { title: '' };
  const fields: FieldRecord[] = [];
  const repairs: BuiltItem['repairs'] = [];
  const guesses: BuiltItem['guesses'] = [];
  let responsibleContinuation: BuiltItem['responsibleContinuation'];
  let responsibleOwn: string | undefined;
  const seen = new Set<ItemField>();

  columns.fields.forEach((field, i) => {
    const cell = row.cells[i];
    if (!cell?.text.trim()) return;
    const place = cell.places[0] ?? row.place;
    const cellRepairs: Repair[] = [];
    const useField = field && !seen.has(field) ? field : undefined;
    if (useField) seen.add(useField);
    const path = useField ?? `extra.${extraKey(columns.headings[i] ?? '') || `Столбец ${i + 1}`}`;
    fields.push({ field: path, places: cell.places });

    switch (useField) {
      case 'number':
        item.number = cleanText(cell.text, vocabulary, cellRepairs).replace(/\s+/g, '');
        break;
      case 'responsible': {
        const names = { names: true };
        if (cell.continuation) {
          const ownText = cell.text.slice(0, cell.text.length - cell.continuation.text.length);
          responsibleOwn = cleanText(ownText, vocabulary, cellRepairs, names);
          responsibleContinuation = {
            text: cleanText(cell.continuation.text, vocabulary, cellRepairs, names),
            place: cell.continuation.place,
          };
        }
        const repaired = repairCellText(cell.text, vocabulary, names);
        cellRepairs.push(...repaired.repairs);
        const read = readResponsible(repaired.text, vocabulary);
        item.responsible = read.entries;
        for (const parts of read.guessed) {
          guesses.push({
            message:
              `ответственные разделены по запятой на ${parts.length}: ${parts.map((p) => `«${p}»`).join(', ')}; ` +
              'проверьте, что это разные ответственные, а не одно название',
            place,
          });
        }
        break;
      }
      case 'riskCodes':
        item.riskCodes = riskCodesOf(cell.text);
        break;
      case undefined:
        item.extra = { ...item.extra, [path.slice('extra.'.length)]: cleanText(cell.text, vocabulary, cellRepairs) };
        break;
      default:
        item[useField] = cleanText(cell.text, vocabulary, cellRepairs);
    }
    for (const repair of cellRepairs) repairs.push({ repair, place });
  });

  // A table without a number column: the number starts the activity («1.1.МБОУ СОШ №25 …»).
  if (item.number === undefined && !columns.fields.includes('number')) {
    const match = numberAtStart.exec(item.title);
    if (match?.[1]) {
      item.number = match[1];
      item.title = item.title.slice(match[0].length).trim();
    }
  }
  if (!item.title) return undefined;
  // Remains of the extraction that no rule can mend («ИДР-_____», «управленческ4ихрешений»): shown for checking.
  for (const [field, value] of Object.entries(item)) {
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    for (const text of texts) {
      const junk = extractionJunk(text);
      if (junk)
        guesses.push({
          message: `в поле ${field} похоже на мусор распознавания: «${junk}»; сверьте этот пункт с документом`,
          place: row.place,
        });
    }
  }
  if (item.responsible && !item.responsible.length) delete item.responsible;
  if (item.riskCodes && !item.riskCodes.length) delete item.riskCodes;
  return { item, place: row.place, fields, repairs, guesses, responsibleContinuation, responsibleOwn };
}

/**
 * The first remains of the extraction in a text: a word holding «___», or letters–digit–letters inside a word. The
 * same as `/\S*_{3,}\S*|\p{L}+\d\p{L}+/u`, found word by word with patterns that do not backtrack: that regex
 * takes time growing with the square of a word's length, and a cell is untrusted input (a 100,000-letter word).
 */
export function extractionJunk(text: string): string | undefined {
  for (const word of text.split(/\s+/)) {
    if (word.includes('___')) return word;
    const at = /\p{L}\d\p{L}/u.exec(word)?.index;
    if (at === undefined) continue;
    // The letters around the digit reach to the nearest non-letters on both sides.
    const nonLetter = /\P{L}/gu;
    let start = 0;
    for (let m = nonLetter.exec(word); m && m.index < at; m = nonLetter.exec(word)) start = m.index + m[0].length;
    nonLetter.lastIndex = at + 2;
    const end = nonLetter.exec(word)?.index ?? word.length;
    return word.slice(start, end);
  }
  return undefined;
}

/**
 * The extraction of a PDF dumped the responsible cells of several rows into one continuation cell
 * («ЦОКО МОН и МП КК ИРО КК ИРО КК …» under item 1, items 2–11 empty). When the dumped entries are exactly one
 * more than the following items with an empty responsible cell (or exactly as many), they are given back in order.
 */
export function redistributeDumpedResponsible(items: BuiltItem[], vocabulary: Vocabulary): void {
  for (let i = 0; i < items.length; i++) {
    const built = items[i]!;
    const dumped = built.responsibleContinuation;
    if (!dumped) continue;
    let m = 0;
    while (i + 1 + m < items.length && !items[i + 1 + m]!.item.responsible?.length) m++;
    if (m === 0) continue;
    const entries = splitResponsible(dumped.text, vocabulary);
    if (entries.length !== m + 1 && entries.length !== m) continue;
    const own = built.responsibleOwn ? splitResponsible(built.responsibleOwn, vocabulary) : [];
    const keep = entries.length === m + 1 ? entries.slice(0, 1) : [];
    const give = entries.slice(keep.length);
    built.item.responsible = [...own, ...keep];
    give.forEach((entry, k) => {
      const target = items[i + 1 + k]!;
      target.item.responsible = [entry];
      target.guesses.push({
        message:
          `ответственный «${entry}» взят из ячейки, куда извлечение свалило ответственных нескольких строк ` +
          `(${describe(dumped.place)}); проверьте`,
        place: target.place,
      });
      target.fields.push({ field: 'responsible', places: [dumped.place] });
    });
    built.guesses.push({
      message:
        `в ячейке «Ответственные» после разрыва страницы оказались ответственные следующих ${m} строк ` +
        `(«${dumped.text}»); они розданы по порядку строкам ниже`,
      place: dumped.place,
    });
  }
}

function describe(place: Place): string {
  return place.line ? `строка ${place.line} файла` : `строка ${place.row ?? '?'}`;
}
