// The report form as an Excel workbook (exceljs): one sheet, a header block (roadmap, organisation, sections, who
// filled it in, how to fill it), then one row per item under its section's row. The cells written from the roadmap
// are locked and grey; the cells to fill are unlocked and yellow, with drop-down lists of the Russian status and
// document kind words and a date check against the roadmap's period. The sheet is protected without a password:
// rows cannot be inserted, deleted or sorted and locked cells cannot be typed over by accident, and whoever really
// needs to can lift the protection (Рецензирование → Снять защиту листа). Columns A and B (hidden) carry the marks
// a reader needs (form-layout.ts).
import ExcelJS from 'exceljs';
import { evidenceKinds, executionStatuses } from '../content-model/schemas.ts';
import { columnLetters } from '../import/spreadsheet-table.ts';
import { formatDate, ui } from '../ui/strings.ts';
import {
  columnHeading,
  columnNumber,
  columnWidths,
  fillColumns,
  fingerprint,
  formColumns,
  formMark,
  hiddenColumns,
  marks,
  type FormColumn,
} from './form-layout.ts';
import type { FormItem, FormModel } from './form-model.ts';

const fills = {
  locked: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2B3' } },
  heading: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } },
  section: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } },
} satisfies Record<string, ExcelJS.Fill>;

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFA6A6A6' } },
  left: { style: 'thin', color: { argb: 'FFA6A6A6' } },
  bottom: { style: 'thin', color: { argb: 'FFA6A6A6' } },
  right: { style: 'thin', color: { argb: 'FFA6A6A6' } },
};

/** A list for a data validation: the words in quotes, separated by commas (the file format's separator). */
const listFormula = (words: readonly string[]) => `"${words.join(',')}"`;

export async function writeReportForm(form: FormModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Карта';
  workbook.title = `${ui.reportForm.title}: ${form.roadmapTitle}`;
  const last = formColumns.length;
  const col = columnNumber;
  const sheet = workbook.addWorksheet(ui.reportForm.sheet, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const dataValidations = (
    sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }
  ).dataValidations;
  sheet.columns = formColumns.map((key) => ({
    key,
    width: columnWidths[key],
    hidden: (hiddenColumns as readonly FormColumn[]).includes(key),
  }));

  const start = formatDate(form.period.start);
  const end = formatDate(form.period.end);

  // The header block: a mark in column A, and from C on a line «Дорожная карта: …» across the sheet.
  const span = (from: FormColumn) =>
    formColumns.slice(formColumns.indexOf(from)).reduce((sum, key) => sum + columnWidths[key], 0);
  const headerRow = (mark: string, label: string | undefined, value: string, font: Partial<ExcelJS.Font> = {}) => {
    const row = sheet.addRow([]);
    if (mark) row.getCell(1).value = mark;
    const cell = row.getCell(col('number'));
    cell.value = label
      ? {
          richText: [
            { font: { bold: true }, text: `${label}: ` },
            { font, text: value },
          ],
        }
      : value;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (!label) cell.font = font;
    sheet.mergeCells(row.number, col('number'), row.number, last);
    row.height = heightOf([[`${label ?? ''}: ${value}`, span('number')]], font.size ? font.size + 6 : 15);
    return row;
  };
  headerRow(formMark, undefined, ui.reportForm.title, { bold: true, size: 14 });
  headerRow(
    `${marks.roadmap}${form.roadmapId}`,
    ui.reportForm.labels.roadmap,
    `${form.roadmapTitle} (${form.roadmapLine})`,
    { bold: true },
  );
  headerRow(`${marks.organization}${form.organizationId}`, ui.reportForm.labels.organization, form.organizationName);
  headerRow(`${marks.covers}${(form.covers ?? []).join(' ')}`, ui.reportForm.labels.sections, form.coversLabel);
  // Who filled it in: a label over the number and title columns, a yellow cell to type in after it.
  const reporterRow = sheet.addRow([]);
  reporterRow.getCell(1).value = marks.reporter;
  const reporterLabel = reporterRow.getCell(col('number'));
  reporterLabel.value = `${ui.reportForm.labels.reporter}:`;
  reporterLabel.font = { bold: true };
  reporterLabel.alignment = { horizontal: 'right' };
  sheet.mergeCells(reporterRow.number, col('number'), reporterRow.number, col('title'));
  for (let c = col('deadline'); c <= col('currentStatus'); c++) {
    const cell = reporterRow.getCell(c);
    cell.protection = { locked: false };
    cell.fill = fills.fill;
    cell.border = thin;
  }
  sheet.mergeCells(reporterRow.number, col('deadline'), reporterRow.number, col('currentStatus'));
  const reporterCell = `${columnLetters(col('deadline'))}${reporterRow.number}`;
  dataValidations.add(`${reporterCell}:${reporterCell}`, {
    type: 'textLength',
    operator: 'lessThan',
    formulae: [500],
    allowBlank: true,
    showInputMessage: true,
    prompt: ui.reportForm.reporterPrompt,
  });
  headerRow('', undefined, ui.reportForm.instructions(formatDate(form.madeOn), start, end));

  const headings = sheet.addRow(formColumns.map((key) => (key === 'anchor' ? marks.columns : columnHeading(key))));
  headings.height = heightOf(
    formColumns
      .filter((key) => !(hiddenColumns as readonly FormColumn[]).includes(key))
      .map((key) => [columnHeading(key), columnWidths[key]]),
  );
  headings.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = fills.heading;
    cell.border = thin;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  sheet.views = [
    {
      state: 'frozen',
      xSplit: 0,
      ySplit: headings.number,
      activeCell: `${columnLetters(col('status'))}${headings.number + 2}`,
    },
  ];

  const validations: Partial<Record<FormColumn, ExcelJS.DataValidation>> = {
    status: {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(executionStatuses.map((s) => ui.execution.statuses[s]))],
      showInputMessage: true,
      prompt: ui.reportForm.statusPrompt,
      showErrorMessage: true,
      errorStyle: 'stop',
      error: ui.reportForm.statusError,
    },
    date: {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [new Date(`${form.period.start}T00:00:00Z`), new Date(`${form.period.end}T00:00:00Z`)],
      showInputMessage: true,
      prompt: ui.reportForm.datePrompt(start, end),
      showErrorMessage: true,
      errorStyle: 'stop',
      error: ui.reportForm.dateError(start, end),
    },
    evidenceKind: {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(evidenceKinds.map((k) => ui.execution.evidenceKinds[k]))],
      showInputMessage: true,
      prompt: ui.reportForm.kindPrompt,
      showErrorMessage: true,
      errorStyle: 'stop',
      error: ui.reportForm.kindError,
    },
    evidenceUrl: {
      type: 'textLength',
      operator: 'lessThan',
      formulae: [2000],
      allowBlank: true,
      showInputMessage: true,
      prompt: ui.reportForm.urlPrompt,
    },
  };

  for (const section of form.sections) {
    const row = sheet.addRow([]);
    const cell = row.getCell(col('number'));
    cell.value = section.label;
    cell.font = { bold: true };
    cell.fill = fills.section;
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.mergeCells(row.number, col('number'), row.number, last);
    row.height = heightOf([[section.label, span('number')]]);
    const first = row.number + 1;
    for (const item of section.items) itemRow(item);
    // One validation per column and block of rows (exceljs merges validations set cell by cell into overlapping
    // ranges, which Excel may refuse).
    for (const [key, validation] of Object.entries(validations)) {
      const letters = columnLetters(col(key as FormColumn));
      dataValidations.add(`${letters}${first}:${letters}${first + section.items.length - 1}`, validation);
    }
  }

  function itemRow(item: FormItem) {
    const locked = [item.number, item.title, item.deadline, item.responsible];
    const row = sheet.addRow({
      anchor: item.anchor,
      fingerprint: fingerprint(locked),
      number: item.number,
      title: item.title,
      deadline: item.deadline,
      responsible: item.responsible,
      currentStatus: item.status ? ui.execution.statuses[item.status] : ui.reportForm.noEntries,
      lastDate: item.updated ? formatDate(item.updated) : '',
    });
    row.height = heightOf(
      (
        [
          ['number', item.number],
          ['title', item.title],
          ['deadline', item.deadline],
          ['responsible', item.responsible],
        ] as const
      ).map(([key, text]) => [text, columnWidths[key]]),
    );
    for (const key of formColumns) {
      const cell = row.getCell(col(key));
      cell.border = thin;
      cell.alignment = { wrapText: true, vertical: 'top' };
      if ((fillColumns as readonly FormColumn[]).includes(key)) {
        cell.protection = { locked: false };
        cell.fill = fills.fill;
        if (key === 'date') cell.numFmt = 'DD.MM.YYYY';
      } else if (!(hiddenColumns as readonly FormColumn[]).includes(key)) {
        cell.fill = fills.locked;
      }
    }
  }

  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    formatCells: false,
    insertColumns: false,
    insertRows: false,
    insertHyperlinks: false,
    deleteColumns: false,
    deleteRows: false,
    sort: false,
    autoFilter: false,
    pivotTables: false,
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The height of a row whose cells wrap their text: neither Excel nor LibreOffice fits rows to wrapped text written by
 * a program, so the lines are counted here (about one character per unit of a column's width).
 */
function heightOf(cells: readonly (readonly [string, number])[], lineHeight = 15): number {
  const lines = Math.max(
    1,
    ...cells.map(([text, width]) =>
      text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 1.1) / Math.max(1, width - 1))), 0),
    ),
  );
  return Math.min(409, lines * lineHeight + 2);
}
