// Files a command writes for its user (`karta import`'s roadmap and report, the report forms): every one is checked
// before any is written — no half-done import with a YAML written and its report failed — and none is written
// through a symbolic link (a link left at the path would send the text to wherever it points).
import { displayPath } from '../content-model/content-files.ts';
import { accessSync, constants, lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PlannedFile {
  path: string;
  /** How the user named it: «--out», «--report». */
  option: string;
}

/** Why `file` cannot be written, in Russian, or undefined when it can (an existing file only with `force`). */
export function writeProblem(file: PlannedFile, force: boolean): string | undefined {
  const shown = displayPath(file.path);
  const existing = lstatOrUndefined(file.path);
  if (existing?.isSymbolicLink())
    return (
      `${file.option} «${shown}» — символическая ссылка: ` +
      'укажите путь обычного файла (через ссылку файл не записывается)'
    );
  if (existing?.isDirectory())
    return `${file.option} «${shown}» — это папка: укажите путь файла, например «${path.join(shown, 'файл')}»`;
  if (existing && !existing.isFile()) return `${file.option} «${shown}» — не обычный файл`;
  if (existing && !force)
    return `файл «${shown}» уже есть: укажите другой ${file.option} или добавьте --force, чтобы заменить его`;
  // The nearest folder that exists must be a folder this user may write into.
  for (let dir = path.dirname(file.path); ; dir = path.dirname(dir)) {
    const stats = statOrUndefined(dir);
    if (stats) {
      if (!stats.isDirectory()) return `${file.option} «${shown}»: «${displayPath(dir)}» — не папка`;
      try {
        accessSync(dir, constants.W_OK);
      } catch {
        return `${file.option} «${shown}»: в папку «${displayPath(dir)}» нельзя записывать (нет прав)`;
      }
      return undefined;
    }
    if (path.dirname(dir) === dir) return `${file.option} «${shown}»: папки нет`;
  }
}

/**
 * Writes `text` to `file`: into a new file beside it, then renamed into place, so that a link that appeared at the
 * path is replaced, not followed, and a reader never sees half a file.
 */
export function writeOutputFile(file: string, text: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function lstatOrUndefined(at: string) {
  try {
    return lstatSync(at);
  } catch {
    return undefined;
  }
}

function statOrUndefined(at: string) {
  try {
    return statSync(at);
  } catch {
    return undefined;
  }
}
