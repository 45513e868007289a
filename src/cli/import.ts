// `karta import <file> [--owner ID] [--out PATH]`: reads a roadmap table from a school's document (DOCX, XLSX,
// ODS, CSV/TSV, Markdown, text extracted from PDF), writes it as a roadmap file of the content format and prints
// the report. Bad input gets a message in Russian, a non-zero exit and no file.
import { displayPath } from '../content-model/content-files.ts';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ImportError } from '../import/import-error.ts';
import { importDocument } from '../import/import-document.ts';
import { readDocument } from '../import/read-document.ts';
import { importErrors, renderReport } from '../import/report.ts';
import { slugForFile } from '../import/file-id.ts';
import { glossaryAbbreviations } from '../import/glossary-abbreviations.ts';
import { idPattern } from '../content-model/schemas.ts';
import { defaultContentDir } from '../build/paths.ts';
import { writeOutputFile, writeProblem } from './output-files.ts';
import { checkFileSize } from '../import/limits.ts';

export interface ImportCommandOptions {
  file?: string;
  owner?: string;
  out?: string;
  contentDir?: string;
  force?: boolean;
  report?: string;
}

export async function runImport(options: ImportCommandOptions): Promise<number> {
  if (!options.file) {
    console.error('karta import: укажите файл, например: karta import дорожная-карта.docx --owner sochi-school-12');
    return 1;
  }
  if (options.owner !== undefined && !idPattern.test(options.owner)) {
    console.error(
      `karta import: --owner «${options.owner}» не похож на идентификатор организации ` +
        '(строчные латинские буквы, цифры, «-», «_», «.»): это имя файла в src/content/organizations без .yaml',
    );
    return 1;
  }
  const file = path.resolve(options.file);
  const stats = statOrUndefined(file);
  if (!stats?.isFile()) {
    console.error(`karta import: ${stats ? `«${options.file}» — не файл` : `файл «${options.file}» не найден`}`);
    return 1;
  }
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir);
  try {
    checkFileSize(path.basename(file), stats.size);
    const bytes = readFileSync(file);
    const document = await readDocument(bytes, file);
    const out = path.resolve(
      options.out ?? path.join(contentDir, 'roadmaps', `${slugForFile(file, options.owner)}.yaml`),
    );
    if (!/\.ya?ml$/.test(out))
      throw new ImportError(
        `--out: файл дорожной карты должен иметь расширение .yaml (получено «${path.basename(out)}»)`,
      );
    const planned = [
      { path: out, option: '--out' },
      ...(options.report ? [{ path: path.resolve(options.report), option: '--report' }] : []),
    ];
    if (planned.length === 2 && planned[0]!.path === planned[1]!.path)
      throw new ImportError('--out и --report указывают на один и тот же файл: укажите разные');
    for (const target of planned) {
      const problem = writeProblem(target, Boolean(options.force));
      if (problem) throw new ImportError(problem);
    }
    const id = path.basename(out).replace(/\.ya?ml$/, '');
    const display = displayPath(out);
    const result = importDocument(document, {
      owner: options.owner,
      id,
      displayFile: display,
      contentDir,
      glossaryAbbreviations: glossaryAbbreviations(contentDir),
      sourceName: path.basename(file),
    });
    const report = renderReport(result, display);
    writeOutputFile(out, result.yaml);
    if (options.report) writeOutputFile(path.resolve(options.report), report);
    console.log(report);
    return importErrors(result).length ? 1 : 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`karta import: ${error.message}. Ничего не записано.`);
      return 1;
    }
    throw error;
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
