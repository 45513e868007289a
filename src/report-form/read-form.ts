// Reads a filled report form — the workbook `karta report-form` wrote, or the same form saved as ODS or CSV — with
// the importer's readers (one reader per format in the project): finds the sheet with the form's mark, the roadmap
// and organisation it is for, the heading row and each row's cells with their place (sheet, row, column letter).
// Nothing is judged here but the form's structure; what the rows say is checked in check-form.ts.
import path from 'node:path';
import { decodeText } from '../content-model/decode-text.ts';
import { detectFormat } from '../import/detect-format.ts';
import { ImportError } from '../import/import-error.ts';
import { readCsvRecords } from '../import/read-csv.ts';
import { readOdsSheets } from '../import/read-ods.ts';
import { readXlsxSheets } from '../import/read-xlsx.ts';
import { columnLetters, type GridCell, type SheetGrid } from '../import/spreadsheet-table.ts';
import { columnHeading, formColumns, formMark, marks, normalizeCell, type FormColumn } from './form-layout.ts';

/** A form that cannot be read at all: the message says why and what to do (in Russian). */
export class FormReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormReadError';
  }
}

interface FormCell {
  /** The text as shown, each line without spaces at its ends (a comment keeps its line breaks). */
  text: string;
  /** The day a date cell holds, whatever it shows. */
  date?: string;
  /** Where a hyperlink cell leads. */
  link?: string;
}

export interface FilledRow {
  /** 1-based row of the sheet. */
  row: number;
  cells: Record<FormColumn, FormCell>;
}

export interface FilledForm {
  format: 'xlsx' | 'ods' | 'csv' | 'tsv';
  /** How a place in the form starts: «лист «Отчёт»» or «файл «отчёт.csv»». */
  where: string;
  roadmapId: string;
  organizationId: string;
  /** Sections the organisation carries out, as the form was made for (none for the roadmap's owner). */
  covers: string[];
  /** Who filled it in (the header's cell), when written; the row of that cell. */
  reporter?: string;
  reporterRow?: number;
  /** Column letter of each column, as found by its heading. */
  letters: Record<FormColumn, string>;
  /** The rows under the heading row, as many as have anything in them. */
  rows: FilledRow[];
}

/** «лист «Отчёт», строка 9, столбец I («Статус»)». */
export function placeOf(form: Pick<FilledForm, 'where' | 'letters'>, row: number, column?: FormColumn): string {
  const cell = column ? `, столбец ${form.letters[column]} («${columnHeading(column)}»)` : '';
  return `${form.where}, строка ${row}${cell}`;
}

export async function readFilledForm(bytes: Uint8Array, fileName: string): Promise<FilledForm> {
  const name = path.basename(fileName);
  let sheets: SheetGrid[];
  let format: FilledForm['format'];
  try {
    const detected = detectFormat(bytes, fileName);
    switch (detected.format) {
      case 'xlsx':
        sheets = await readXlsxSheets(detected.files!, name);
        break;
      case 'ods':
        sheets = readOdsSheets(detected.files!);
        break;
      case 'csv':
      case 'tsv': {
        const records = readCsvRecords(decodeText(bytes).text, detected.format);
        sheets = [
          {
            name,
            grid: records.map((record, r) =>
              record.cells.map((text, c) => ({ text, address: `${columnLetters(c + 1)}${r + 1}` })),
            ),
          },
        ];
        break;
      }
      default:
        throw new FormReadError(
          `«${name}» — не таблица: форму отчёта читают из XLSX (как её записала karta report-form), ODS или CSV`,
        );
    }
    format = detected.format;
  } catch (error) {
    if (error instanceof ImportError) throw new FormReadError(error.message);
    throw error;
  }

  const sheet = sheets.find((s) => s.grid.slice(0, 30).some((row) => normalizeCell(row[0]?.text ?? '') === formMark));
  if (!sheet) {
    throw new FormReadError(
      `в «${name}» нет формы отчёта Карты: в её скрытом столбце A нет служебной отметки ${formMark}. ` +
        'Заполните форму, которую создала команда karta report-form ' +
        '(в ODS или CSV её можно сохранить из Excel или LibreOffice, не удаляя столбцов)',
    );
  }
  const where = format === 'csv' || format === 'tsv' ? `файл «${name}»` : `лист «${sheet.name}»`;
  const markOf = (row: GridCell[] | undefined) => normalizeCell(row?.[0]?.text ?? '');

  let roadmapId: string | undefined;
  let organizationId: string | undefined;
  let covers: string[] = [];
  let reporter: string | undefined;
  let reporterRow: number | undefined;
  let headingIndex = -1;
  for (let r = 0; r < sheet.grid.length && headingIndex < 0; r++) {
    const row = sheet.grid[r]!;
    const mark = markOf(row);
    if (mark.startsWith(marks.roadmap)) roadmapId = mark.slice(marks.roadmap.length).trim();
    else if (mark.startsWith(marks.organization)) organizationId = mark.slice(marks.organization.length).trim();
    else if (mark.startsWith(marks.covers))
      covers = mark
        .slice(marks.covers.length)
        .split(/[\s,]+/)
        .filter(Boolean);
    else if (mark === marks.reporter) {
      // The value is the first cell with text after the label (the label spans C and D).
      reporter = row
        .slice(3)
        .map((c) => normalizeCell(c.text))
        .find(Boolean);
      reporterRow = r + 1;
    } else if (mark === marks.columns) headingIndex = r;
  }
  if (!roadmapId || !organizationId) {
    throw new FormReadError(
      `${where}: в скрытом столбце A нет отметок дорожной карты и организации ` +
        `(${marks.roadmap}…, ${marks.organization}…): форма повреждена — создайте её заново командой karta report-form`,
    );
  }
  if (headingIndex < 0) {
    throw new FormReadError(
      `${where}: нет строки заголовков столбцов (в скрытом столбце A — отметка «${marks.columns}»): ` +
        'форма повреждена — создайте её заново командой karta report-form',
    );
  }

  // Columns by their headings: a form whose columns were moved in LibreOffice still reads.
  const headingRow = sheet.grid[headingIndex]!;
  const indexes = {} as Record<FormColumn, number>;
  const missing: string[] = [];
  for (const column of formColumns) {
    const index =
      column === 'anchor'
        ? 0
        : headingRow.findIndex(
            (cell) => normalizeCell(cell.text).toLowerCase() === columnHeading(column).toLowerCase(),
          );
    if (index < 0) missing.push(`«${columnHeading(column)}»`);
    else indexes[column] = index;
  }
  if (missing.length) {
    throw new FormReadError(
      `${where}, строка ${headingIndex + 1}: нет ${missing.length === 1 ? 'столбца' : 'столбцов'} ` +
        `${missing.join(', ')}. Столбцы формы нельзя удалять и переименовывать: создайте форму заново ` +
        'командой karta report-form и перенесите в неё заполненное',
    );
  }
  const letters = Object.fromEntries(
    formColumns.map((column) => [column, columnLetters(indexes[column] + 1)]),
  ) as Record<FormColumn, string>;

  const rows: FilledRow[] = [];
  for (let r = headingIndex + 1; r < sheet.grid.length; r++) {
    const grid = sheet.grid[r]!;
    const cells = Object.fromEntries(
      formColumns.map((column) => {
        const cell = grid[indexes[column]];
        const value: FormCell = { text: cell && !cell.master ? cleanText(cell.text) : '' };
        if (cell?.date) value.date = cell.date;
        if (cell?.link) value.link = cell.link;
        return [column, value];
      }),
    ) as Record<FormColumn, FormCell>;
    if (formColumns.some((column) => cells[column].text)) rows.push({ row: r + 1, cells });
  }
  return {
    format,
    where,
    roadmapId,
    organizationId,
    covers,
    ...(reporter ? { reporter } : {}),
    ...(reporterRow ? { reporterRow } : {}),
    letters,
    rows,
  };
}

/** Line breaks as «\n», no-break spaces as spaces, each line without spaces at its ends, no empty lines around. */
function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/\n{3,}/g, '\n\n');
}
