// What the rows of a filled form say, checked against the roadmap as it is now: each filled row becomes a report
// entry, or one or more problems with their place (sheet, row, column) and what to do. A row with nothing in the
// cells to fill is skipped. The checks:
//
// - the row is an item of the roadmap (its anchor, hidden column A): an anchor that is no longer there, or an item
//   whose number or title changed since the form was made (the roadmap was amended), is an error — a new form is
//   needed; an item outside the sections the organisation carries out is an error;
// - the locked cells (number, title, deadline, responsible) are as the form wrote them (hidden column B keeps a
//   fingerprint of each);
// - a status is one of the Russian words of the list, a date is a day (ДД.ММ.ГГГГ or a date cell) within the roadmap's
//   period and not after today; one without the other is an error, and so is a comment or a document without them;
// - a document needs a title and a link http(s)://…; its kind is a word of the list («ссылка» when none is chosen).
import type { LoadedContent } from '../content-model/load-content.ts';
import { limits } from '../content-model/limits.ts';
import { isSafeLink } from '../content-model/safe-link.ts';
import { evidenceKinds, executionStatuses, type ExecutionStatus, type ReportEntry } from '../content-model/schemas.ts';
import type { ItemReference } from '../content-model/roadmap-structure.ts';
import { formatDate, plural, ui } from '../ui/strings.ts';
import { fillColumns, fingerprint, lockedColumns, normalizeCell, type FormColumn } from './form-layout.ts';
import type { FormModel } from './form-model.ts';
import { reportableItems } from '../execution/execution-index.ts';
import { placeOf, type FilledForm, type FilledRow } from './read-form.ts';
import { currentEditions } from '../content-model/check-editions.ts';

interface FormProblem {
  row: number;
  column?: FormColumn;
  /** «лист «Отчёт», строка 9, столбец I («Статус»)». */
  place: string;
  message: string;
}

export interface FormEntry {
  row: number;
  reference: ItemReference;
  entry: ReportEntry;
}

export interface CheckedForm {
  entries: FormEntry[];
  problems: FormProblem[];
}

/**
 * Checks the rows of `form` against `model` — the form as it would be made now for the same roadmap and
 * organisation (form-model.ts): its items are the ones the organisation may report on.
 */
export function checkFilledForm(form: FilledForm, model: FormModel, content: LoadedContent): CheckedForm {
  const problems: FormProblem[] = [];
  const entries: FormEntry[] = [];
  const roadmap = content.roadmaps.get(currentEditions(content).get(model.roadmapId) ?? model.roadmapId)!.data;
  const items = new Map(model.sections.flatMap((s) => s.items.map((item) => [item.anchor, item] as const)));
  const allAnchors = new Set(reportableItems(roadmap).map((ref) => ref.anchor));
  const { start, end } = model.period;
  const today = content.today;

  if (form.reporter && form.reporter.length > limits.textChars) {
    const row = form.reporterRow ?? 1;
    problems.push({
      row,
      place: `${form.where}, строка ${row}`,
      message:
        `«Заполнил(а)» длиннее ${limits.textChars.toLocaleString('ru-RU')} знаков: ` +
        'оставьте фамилию, инициалы и должность',
    });
  }
  for (const filled of form.rows) {
    const at = (column: FormColumn | undefined, message: string) =>
      problems.push({
        row: filled.row,
        ...(column ? { column } : {}),
        place: placeOf(form, filled.row, column),
        message,
      });
    const cell = (column: FormColumn) => filled.cells[column].text;
    if (!fillColumns.some((column) => cell(column))) continue;

    const anchor = normalizeCell(cell('anchor'));
    const item = items.get(anchor);
    if (!anchor) {
      at(
        undefined,
        'строка не относится ни к одному пункту (в скрытом столбце A нет якоря пункта): ' +
          'строки в форму не добавляют — заполните строку самого пункта',
      );
      continue;
    }
    if (!item) {
      if (allAnchors.has(anchor)) {
        at(
          undefined,
          `пункт «${anchor}» не входит в разделы, о которых отчитывается организация (${model.coversLabel}): ` +
            'удалите заполненное из этой строки',
        );
      } else {
        at(
          undefined,
          `пункта «${anchor}» больше нет в дорожной карте «${model.roadmapId}»: его удалили или перенесли, ` +
            'когда карту изменили. Создайте новую форму командой karta report-form и перенесите в неё заполненное',
        );
      }
      continue;
    }
    const locked = lockedColumns.map((column) => cell(column));
    const made = normalizeCell(cell('fingerprint')).split('-');
    const now = fingerprint(locked).split('-');
    const current = [item.number, item.title, item.deadline, item.responsible];
    if (made.length === lockedColumns.length) {
      const changed = lockedColumns.filter((_, i) => made[i] !== now[i]);
      if (changed.length) {
        for (const column of changed)
          at(
            column,
            'эту ячейку менять нельзя: в ней текст дорожной карты. ' +
              'Верните прежний текст (его видно в новой форме karta report-form) — ' +
              'отчёт пишется только в жёлтые ячейки',
          );
        continue;
      }
    } else if (lockedColumns.some((_, i) => normalizeCell(locked[i]!) !== normalizeCell(current[i]!))) {
      at(
        'fingerprint',
        'служебный отпечаток пункта (скрытый столбец B) повреждён, и текст пункта не совпадает с картой: ' +
          'создайте новую форму командой karta report-form и перенесите в неё заполненное',
      );
      continue;
    }
    if (
      normalizeCell(locked[0]!) !== normalizeCell(item.number) ||
      normalizeCell(locked[1]!) !== normalizeCell(item.title)
    ) {
      at(
        undefined,
        `пункт изменён в дорожной карте после того, как создана форма: теперь это ${describe(item.reference)}. ` +
          'Создайте новую форму командой karta report-form и перенесите в неё заполненное',
      );
      continue;
    }

    const before = problems.length;
    const status = readStatus(filled, at);
    const date = readDate(filled, at, { start, end, today });
    if (!cell('status') && !cell('date')) {
      at(
        'status',
        'нет статуса и даты: без них запись не делается. ' +
          'Выберите статус и напишите дату, на которую он верен, или очистите строку',
      );
    } else if (!cell('status')) {
      at('status', 'есть дата, но нет статуса: выберите статус из списка');
    } else if (!cell('date')) {
      at('date', 'есть статус, но нет даты: напишите дату, на которую он верен (ДД.ММ.ГГГГ)');
    }
    const comment = cell('comment');
    if (comment.length > limits.textChars)
      at('comment', `комментарий длиннее ${limits.textChars.toLocaleString('ru-RU')} знаков: сократите его`);
    const evidence = readEvidence(filled, at);
    if (problems.length > before || !status || !date) continue;
    entries.push({
      row: filled.row,
      reference: item.reference,
      entry: {
        item: anchor,
        date,
        status,
        ...(comment ? { comment } : {}),
        ...(form.reporter ? { reporter: form.reporter } : {}),
        ...(evidence ? { evidence: [evidence] } : {}),
      },
    });
  }
  problems.sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));
  return { entries, problems };
}

type At = (column: FormColumn | undefined, message: string) => void;

const statusWords = new Map<string, ExecutionStatus>(
  executionStatuses.flatMap((s) => [
    [wordKey(ui.execution.statuses[s]), s],
    [s, s],
  ]),
);
const kindWords = new Map(
  evidenceKinds.flatMap((k) => [
    [wordKey(ui.execution.evidenceKinds[k]), k],
    [k, k],
  ]),
);

/** A word as compared: lower case, «ё» as «е», spaces run together. */
function wordKey(text: string): string {
  return normalizeCell(text).toLowerCase().replace(/ё/g, 'е');
}

function readStatus(row: FilledRow, at: At): ExecutionStatus | undefined {
  const text = row.cells.status.text;
  if (!text) return undefined;
  const status = statusWords.get(wordKey(text));
  if (!status)
    at(
      'status',
      `неизвестный статус «${text}»: выберите из списка — ` +
        `${executionStatuses.map((s) => ui.execution.statuses[s]).join(', ')}`,
    );
  return status;
}

/** The day, month and year of a date as a person writes it: ДД.ММ.ГГГГ (or ДД.ММ.ГГ) or ГГГГ-ММ-ДД. */
function writtenDay(text: string): { y: number; m: number; d: number } | undefined {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?:\s*г\.?)?$/.exec(text)))
    return {
      d: Number(match[1]),
      m: Number(match[2]),
      y: Number(match[3]!.length === 2 ? `20${match[3]}` : match[3]),
    };
  if ((match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text)))
    return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return undefined;
}

/** A date as a person writes it in a Russian table: ДД.ММ.ГГГГ (or ДД.ММ.ГГ), ГГГГ-ММ-ДД, or a date cell. */
export function parseFormDate(cell: { text: string; date?: string }): string | undefined {
  if (cell.date) return cell.date;
  const text = normalizeCell(cell.text);
  if (/^\d{5}$/.test(text) && Number(text) >= 36526 && Number(text) <= 73050) {
    // A date cell pasted as a plain number: Excel's day count (1 = 01.01.1900, with its 29.02.1900).
    return new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000).toISOString().slice(0, 10);
  }
  const written = writtenDay(text);
  if (!written) return undefined;
  const { y, m, d } = written;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** For a text written as a date of a day that is not in the calendar (31.04.2024): why it is not one. */
function missingDay(text: string): string | undefined {
  const written = writtenDay(normalizeCell(text));
  if (!written) return undefined;
  const { y, m, d } = written;
  if (m < 1 || m > 12) return `месяца ${m} нет`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days || d < 1 ? `такого дня нет: в этом месяце ${days} ${plural(days, 'день', 'дня', 'дней')}` : undefined;
}

function readDate(row: FilledRow, at: At, bounds: { start: string; end: string; today: string }): string | undefined {
  const cell = row.cells.date;
  if (!cell.text && !cell.date) return undefined;
  const date = parseFormDate(cell);
  if (!date) {
    at(
      'date',
      `«${cell.text}» — ${missingDay(cell.text) ?? 'не дата'}: напишите день в виде ДД.ММ.ГГГГ, ` +
        `например ${formatDate(bounds.start)}`,
    );
    return undefined;
  }
  if (date > bounds.today) {
    at(
      'date',
      `дата ${formatDate(date)} ещё не наступила (сегодня ${formatDate(bounds.today)}): ` +
        'в отчёт пишут то, что уже сделано, — о планах говорит сама дорожная карта',
    );
    return undefined;
  }
  if (date < bounds.start || date > bounds.end) {
    at(
      'date',
      `дата ${formatDate(date)} вне периода дорожной карты (${formatDate(bounds.start)} — ` +
        `${formatDate(bounds.end)}): исправьте дату`,
    );
    return undefined;
  }
  return date;
}

function readEvidence(row: FilledRow, at: At): NonNullable<ReportEntry['evidence']>[number] | undefined {
  const title = row.cells.evidenceTitle.text;
  const kindText = row.cells.evidenceKind.text;
  const urlCell = row.cells.evidenceUrl;
  const url = /^https?:\/\//i.test(urlCell.text) || !urlCell.link ? normalizeCell(urlCell.text) : urlCell.link;
  if (!title && !kindText && !url) return undefined;
  let ok = true;
  if (!url) {
    at(
      'evidenceUrl',
      'у документа нет ссылки: вставьте адрес документа https://… (файлы форма не принимает: ' +
        'выложите файл на сайт школы и дайте ссылку на него) или очистите название и вид документа',
    );
    ok = false;
  } else if (!isHttpLink(url)) {
    at(
      'evidenceUrl',
      `«${url.length > 80 ? `${url.slice(0, 77)}…` : url}» — не адрес страницы в интернете: ` +
        'ссылка должна начинаться с https:// или http://, например https://school.example/files/protokol.pdf',
    );
    ok = false;
  }
  if (!title) {
    at(
      'evidenceTitle',
      'у ссылки нет названия: напишите, что это за документ, например ' +
        '«Протокол педагогического совета от 12.05.2024» — его увидят на сайте вместо адреса',
    );
    ok = false;
  } else if (title.length > limits.textChars) {
    at('evidenceTitle', `название документа длиннее ${limits.textChars.toLocaleString('ru-RU')} знаков: сократите его`);
    ok = false;
  }
  let kind: (typeof evidenceKinds)[number] = 'link';
  if (kindText) {
    const found = kindWords.get(wordKey(kindText));
    if (found) kind = found;
    else {
      at(
        'evidenceKind',
        `неизвестный вид документа «${kindText}»: выберите из списка — ` +
          `${evidenceKinds.map((k) => ui.execution.evidenceKinds[k]).join(', ')}`,
      );
      ok = false;
    }
  }
  return ok ? { title: title.replace(/\s*\n\s*/g, ' '), kind, url } : undefined;
}

function isHttpLink(url: string): boolean {
  if (!/^https?:\/\/[^\s/]/i.test(url) || /\s/.test(url) || url.length > limits.shortTextChars * 4 || !isSafeLink(url))
    return false;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

function describe(reference: ItemReference): string {
  const title = reference.title.length > 80 ? `${reference.title.slice(0, 77)}…` : reference.title;
  return `«${reference.number ? `${reference.number} ` : ''}${title}»`;
}

function columnOrder(column: FormColumn | undefined): number {
  return column ? ['anchor', 'fingerprint', ...lockedColumns, ...fillColumns].indexOf(column) : -1;
}
