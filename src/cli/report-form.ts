// `karta report-form КАРТА [--organization ID] [--covers s-a,s-b] [--out ФОРМА.xlsx]`: writes the Excel workbook a
// school fills in to report on a roadmap (src/report-form/write-form.ts). It needs the content to know the items and
// where each stands; bad input gets a Russian message, a non-zero exit and no file.
import path from 'node:path';
import { displayPath, readContentFolder } from '../content-model/content-files.ts';
import { checkContentFiles } from '../content-model/load-content.ts';
import { idPattern } from '../content-model/schemas.ts';
import { FormError, formModel } from '../report-form/form-model.ts';
import { writeReportForm } from '../report-form/write-form.ts';
import { formatDate, plural } from '../ui/strings.ts';
import { writeOutputFile, writeProblem } from './output-files.ts';
import { defaultContentDir } from '../build/paths.ts';
import { brokenReportFile } from './report.ts';

export interface ReportFormOptions {
  roadmap?: string;
  organization?: string;
  /** Section anchors, separated by commas or spaces. */
  covers?: string;
  out?: string;
  force?: boolean;
  contentDir?: string;
}

const fail = (message: string) => {
  // A list after the message (the roadmap's sections) comes after the verdict.
  const [first, ...rest] = message.split('\n');
  console.error([`karta report-form: ${first}. Форма не записана.`, ...rest].join('\n'));
  return 1;
};

export async function runReportForm(options: ReportFormOptions): Promise<number> {
  if (!options.roadmap)
    return fail('укажите дорожную карту, например: karta report-form sochi-example-school-2023 --out отчёт.xlsx');
  if (!idPattern.test(options.roadmap))
    return fail(
      `«${options.roadmap}» не похож на идентификатор дорожной карты: это имя её файла в roadmaps без расширения`,
    );
  if (options.organization !== undefined && !idPattern.test(options.organization)) {
    return fail(
      `--organization «${options.organization}» не похож на идентификатор организации: ` +
        'это имя её файла в organizations без расширения',
    );
  }
  const covers = options.covers?.split(/[\s,]+/).filter(Boolean);
  const root = path.resolve(options.contentDir ?? defaultContentDir);
  const folder = readContentFolder(root);
  const content = checkContentFiles(folder);
  let model: ReturnType<typeof formModel>;
  try {
    model = formModel(content, { roadmapId: options.roadmap, organizationId: options.organization, covers });
  } catch (error) {
    if (error instanceof FormError) return fail(error.message);
    throw error;
  }
  const broken = brokenReportFile(folder, content, model.roadmapId, model.organizationId);
  if (broken)
    return fail(
      `в файле отчёта ${broken} есть ошибки: исправьте их (karta check), чтобы форма показала, где пункты сейчас`,
    );

  const owner = content.roadmaps.get(model.roadmapId)!.data.owner;
  const out = path.resolve(
    options.out ?? `отчёт-${model.roadmapId}${model.organizationId === owner ? '' : `-${model.organizationId}`}.xlsx`,
  );
  if (path.extname(out).toLowerCase() !== '.xlsx')
    return fail(`--out: форма записывается в файл Excel с расширением .xlsx (получено «${path.basename(out)}»)`);
  const problem = writeProblem({ path: out, option: '--out' }, Boolean(options.force));
  if (problem) return fail(problem);
  writeOutputFile(out, await writeReportForm(model));

  const items = model.sections.reduce((n, s) => n + s.items.length, 0);
  const shown = displayPath(out);
  console.log(
    [
      `Форма отчёта записана: ${shown}`,
      `  ${model.organizationName} — ${model.roadmapTitle}`,
      `  ${items} ${plural(items, 'пункт', 'пункта', 'пунктов')}` +
        `${model.covers ? ` в разделах ${model.covers.join(', ')}` : ''}` +
        `; текущие статусы — на ${formatDate(model.madeOn)}.`,
      'Заполните жёлтые ячейки (статус, дату, при желании комментарий и ссылку на документ) и прочитайте форму: ' +
        `karta report ${shown.includes(' ') ? `"${shown}"` : shown}`,
    ].join('\n'),
  );
  return 0;
}
