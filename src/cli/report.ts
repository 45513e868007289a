// `karta report ФОРМА`: reads a filled report form (XLSX, or the same form saved as ODS or CSV), checks every filled
// row, and on any error prints each one with its sheet, row and column and writes nothing. Otherwise it appends the
// new entries to the report file of the roadmap and organisation the form is for (creating it if needed), keeping
// what the file has, checks the result as `karta check` would, and prints what changed. Reading the same form twice
// adds nothing.
import { lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { displayPath, readContentFolder, type ContentFiles } from '../content-model/content-files.ts';
import { checkContentFiles, entryIdFromFile, type LoadedContent } from '../content-model/load-content.ts';
import { formatProblem } from '../content-model/problems.ts';
import { itemPathLabel } from '../content-model/roadmap-structure.ts';
import { collectionFolders, type ReportEntry } from '../content-model/schemas.ts';
import { checkFileSize } from '../import/limits.ts';
import { ImportError } from '../import/import-error.ts';
import { appendEntries } from '../report-form/append-report.ts';
import { checkFilledForm, type FormEntry } from '../report-form/check-form.ts';
import { findReport, FormError, formModel } from '../report-form/form-model.ts';
import { FormReadError, readFilledForm } from '../report-form/read-form.ts';
import { formatDate, plural, ui } from '../ui/strings.ts';
import { writeOutputFile, writeProblem } from './output-files.ts';
import { defaultContentDir } from '../build/paths.ts';

export interface ReportCommandOptions {
  file?: string;
  contentDir?: string;
  /** Check and show what would be added, write nothing. */
  dryRun?: boolean;
}

const fail = (message: string) => {
  // A list after the message (the roadmap's sections) comes after the verdict.
  const [first, ...rest] = message.split('\n');
  console.error([`karta report: ${first}. Ничего не записано.`, ...rest].join('\n'));
  return 1;
};

export async function runReport(options: ReportCommandOptions): Promise<number> {
  if (!options.file)
    return fail('укажите заполненную форму, например: karta report отчёт.xlsx (форму создаёт karta report-form)');
  const file = path.resolve(options.file);
  const stats = statOrUndefined(file);
  if (!stats?.isFile()) return fail(stats ? `«${options.file}» — не файл` : `файл «${options.file}» не найден`);
  const root = path.resolve(options.contentDir ?? defaultContentDir);
  if (!statOrUndefined(root)?.isDirectory())
    return fail(`папки содержимого «${options.contentDir ?? root}» нет: укажите её параметром --content`);

  let form: Awaited<ReturnType<typeof readFilledForm>>;
  try {
    checkFileSize(path.basename(file), stats.size);
    form = await readFilledForm(readFileSync(file), file);
  } catch (error) {
    if (error instanceof FormReadError || error instanceof ImportError) return fail(error.message);
    throw error;
  }

  const folder = readContentFolder(root);
  const content = checkContentFiles(folder);
  const report = findReport(content, form.roadmapId, form.organizationId);
  const broken = report ? undefined : brokenReportFile(folder, content, form.roadmapId, form.organizationId);
  if (broken) return fail(`в файле отчёта ${broken} есть ошибки: исправьте их (karta check) и прочитайте форму снова`);
  let model: ReturnType<typeof formModel>;
  try {
    model = formModel(content, {
      roadmapId: form.roadmapId,
      organizationId: form.organizationId,
      covers: report ? undefined : form.covers,
    });
  } catch (error) {
    if (error instanceof FormError) return fail(`${error.message} (форма «${path.basename(file)}»)`);
    throw error;
  }

  const checked = checkFilledForm(form, model, content);
  if (checked.problems.length) {
    for (const problem of checked.problems) console.error(`${problem.place}: ${problem.message}`);
    const n = checked.problems.length;
    console.error(
      `\nВ форме ${n} ${plural(n, 'ошибка', 'ошибки', 'ошибок')}. ` +
        `Исправьте ${n === 1 ? 'её' : 'их'} в форме и запустите karta report снова. Ничего не записано.`,
    );
    return 1;
  }
  if (!checked.entries.length) {
    console.log(
      `В форме «${path.basename(file)}» не заполнена ни одна строка: добавлять в отчёт нечего. ` +
        'Заполните жёлтые ячейки (статус и дату) у пунктов, о которых сообщаете.',
    );
    return 0;
  }

  // Where the entries go: the report file of the pair, or a new one in reports/.
  const target =
    report?.absoluteFile ??
    newReportFile(root, model.roadmapId, model.organizationId, content.roadmaps.get(model.roadmapId)!.data.owner);
  const shown = displayPath(target, process.cwd());
  const existing = report ? folder.files.find((f) => f.absoluteFile === report.absoluteFile)?.text : undefined;
  if (!report && lstatOrUndefined(target)) {
    return fail(
      content.invalidIds.has(`reports:${entryIdFromFile(target)}`)
        ? `в файле отчёта ${shown} есть ошибки: исправьте их (karta check) и прочитайте форму снова`
        : `файл ${shown} уже есть, но это не отчёт «${model.organizationId}» по карте «${model.roadmapId}»: ` +
            'переименуйте его',
    );
  }
  // The form's name in a comment of the file: one line, whatever characters the name has.
  const formName = path.basename(file).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  const note = `Из формы «${formName}», ${formatDate(content.today)}`;
  const appended = appendEntries(
    existing,
    {
      roadmap: model.roadmapId,
      organization: model.organizationId,
      ...(model.covers ? { covers: model.covers } : {}),
      // The report of a made-up roadmap or organisation is made-up too, and says so in the data.
      example: Boolean(
        content.roadmaps.get(model.roadmapId)?.data.example ||
          content.organizations.get(model.organizationId)?.data.example,
      ),
    },
    checked.entries.map((e) => e.entry),
    note,
  );
  if (!appended.added.length) {
    const n = appended.skipped.length;
    const already =
      n === 1
        ? 'заполненная строка формы уже есть'
        : `все ${n} ${plural(n, 'заполненная строка', 'заполненные строки', 'заполненных строк')} формы уже есть`;
    console.log(`Новых записей нет: ${already} в отчёте ${shown}. Файл не изменён.`);
    return 0;
  }

  // The file as it will be, checked with the whole content as `karta check` does, before anything is written.
  const own = { collection: 'reports' as const, absoluteFile: target, file: shown, text: appended.text };
  const after = checkContentFiles({
    ...folder,
    files: [...folder.files.filter((f) => f.absoluteFile !== target), own],
  });
  const problems = after.problems.filter((p) => p.file === shown);
  if (problems.some((p) => p.severity === 'error')) {
    for (const problem of problems) console.error(formatProblem(problem));
    return fail(`отчёт с новыми записями не прошёл бы проверку (ошибки выше): исправьте файл ${shown} или форму`);
  }
  if (!options.dryRun) {
    const problem = writeProblem({ path: target, option: 'файл отчёта' }, true);
    if (problem) return fail(problem);
    writeOutputFile(target, appended.text);
  }

  const byRow = new Map(checked.entries.map((e) => [e.entry, e]));
  const lines = appended.added.map((entry) => `  ${describeEntry(entry, byRow.get(entry))}`);
  console.log(
    [
      options.dryRun
        ? `Проверка без записи: в отчёт ${shown} добавилось бы записей: ${appended.added.length}:`
        : `${report ? 'Отчёт дополнен' : 'Создан отчёт'}: ${shown}. Добавлено записей: ${appended.added.length}:`,
      ...lines,
      ...(appended.skipped.length ? [`Уже были в отчёте и не добавлены: ${appended.skipped.length}.`] : []),
      ...problems.map((p) => formatProblem(p)),
      options.dryRun ? 'Ничего не записано (--dry-run).' : 'Проверьте и соберите сайт: karta build.',
    ].join('\n'),
  );
  return 0;
}

/** «I › п. 1 — выполнено (12.05.2024), документ «Протокол…» (строка 9)». */
function describeEntry(entry: ReportEntry, from: FormEntry | undefined): string {
  const where = from ? itemPathLabel(from.reference) : entry.item;
  const evidence = entry.evidence?.map((e) => `, документ «${e.title}»`).join('') ?? '';
  const row = from ? ` — строка ${from.row}` : '';
  return `${where} — ${ui.execution.statuses[entry.status]} (${formatDate(entry.date)})${evidence}${row}`;
}

/** reports/<roadmap>.yaml for the owner, reports/<roadmap>-<organisation>.yaml for another organisation. */
function newReportFile(root: string, roadmapId: string, organizationId: string, owner: string): string {
  return path.join(
    root,
    collectionFolders.reports,
    `${organizationId === owner ? roadmapId : `${roadmapId}-${organizationId}`}.yaml`,
  );
}

/** A report file of the pair that failed its own check (so it is not among the reports): its path as shown. */
export function brokenReportFile(
  folder: ContentFiles,
  content: LoadedContent,
  roadmapId: string,
  organizationId: string,
): string | undefined {
  for (const file of folder.files) {
    if (file.collection !== 'reports' || !content.invalidIds.has(`reports:${entryIdFromFile(file.absoluteFile)}`))
      continue;
    let data: unknown;
    try {
      data = parse(file.text);
    } catch {
      data = undefined;
    }
    const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    if (fields.roadmap === roadmapId && fields.organization === organizationId) return file.file;
  }
  return undefined;
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
