// Reading a content folder: the files of every collection and site.yaml, as text, with what is wrong with a file as
// a file (too large, not UTF-8, a link that leads nowhere or out of the folder) reported at its path. The folder is
// sent in by schools and is untrusted: nothing here follows a link out of it, walks in circles or reads a file of
// any size. Checking the texts needs no disk (load-content.ts), so one file can be checked with the folder it
// belongs to without a copy of it (src/import/validate-roadmap.ts).
import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { decodeText } from './decode-text.ts';
import { limits } from './limits.ts';
import type { Problem } from './problems.ts';
import { collectionFolders, type CollectionName } from './schemas.ts';

export interface ContentFile {
  /** The collection the file belongs to, or `site` for site.yaml. */
  collection: CollectionName | 'site';
  /** Absolute path of the file. */
  absoluteFile: string;
  /** Path of the file as shown in messages. */
  file: string;
  text: string;
}

export interface ContentFiles {
  files: ContentFile[];
  /** Files of the `files` folder by their path in the content folder («files/школа/протокол.pdf»). */
  attachments?: Map<string, Attachment>;
  /** Problems with the files as files (nothing of their text checked yet). */
  problems: Problem[];
  /** The content folder as messages name it (src/content, or the folder given with --content). */
  folder?: string;
}

const siteConfigFile = 'site.yaml';

/** Files of each collection: YAML everywhere, MDX for roadmaps. */
const collectionExtensions: Record<CollectionName, string[]> = {
  organizations: ['.yaml', '.yml'],
  people: ['.yaml', '.yml'],
  glossary: ['.yaml', '.yml'],
  riskFactors: ['.yaml', '.yml'],
  roadmaps: ['.yaml', '.yml', '.mdx'],
  reports: ['.yaml', '.yml'],
};

/** The folder of files published with the site (evidence of reports): `files/…` of the content folder. */
const filesFolder = 'files';

/** A file of the `files` folder: where it is and how large. */
export interface Attachment {
  absoluteFile: string;
  bytes: number;
}

/** Reads every content file of `root`; paths in messages are relative to `displayRoot`. */
export function readContentFolder(root: string, displayRoot: string = process.cwd()): ContentFiles {
  const problems: Problem[] = [];
  const files: ContentFile[] = [];
  const attachments = new Map<string, Attachment>();
  const shown = (file: string) => displayPath(file, displayRoot);
  const problem = (file: string, message: string, line = 1, column = 1, severity: Problem['severity'] = 'error') =>
    problems.push({ severity, file: shown(file), line, column, field: '', message });

  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    if (!statSync(realRoot).isDirectory()) throw new Error('not a folder');
  } catch {
    // A mistyped --content would otherwise be an empty, valid site, built in place of the real one.
    problem(root, 'папки содержимого нет: проверьте путь в --content (без него берётся src/content)');
    return { files, problems, attachments, folder: shown(root) };
  }

  const read = (absoluteFile: string, collection: ContentFile['collection']) => {
    const text = readText(absoluteFile, realRoot, (message, line, column, severity) =>
      problem(absoluteFile, message, line, column, severity),
    );
    if (text !== undefined) files.push({ collection, absoluteFile, file: shown(absoluteFile), text });
  };

  const site = path.join(root, siteConfigFile);
  if (lstatOrUndefined(site)) read(site, 'site');
  for (const collection of Object.keys(collectionFolders) as CollectionName[]) {
    const folder = path.join(root, collectionFolders[collection]);
    if (!lstatOrUndefined(folder)) continue;
    for (const file of walk(folder, (message, at) => problem(at, message))) {
      if (isCollectionFile(file, collection)) read(file, collection);
    }
  }
  const published = path.join(root, filesFolder);
  if (lstatOrUndefined(published)?.isDirectory()) {
    for (const file of walk(published, (message, at) => problem(at, message))) {
      const real = insideRoot(file, realRoot, (message) => problem(file, message));
      if (real)
        attachments.set(path.relative(root, file).split(path.sep).join('/'), {
          absoluteFile: real.file,
          bytes: real.stats.size,
        });
    }
  }
  return { files, problems, attachments, folder: shown(root) };
}

/**
 * How many files of a collection `root` holds, none of them read: what a command decides on before the content is
 * checked (`karta build`, src/build/build.ts). A folder that cannot be read counts none; the check reports it.
 */
export function collectionFileCount(root: string, collection: CollectionName): number {
  const folder = path.join(root, collectionFolders[collection]);
  if (!lstatOrUndefined(folder)?.isDirectory()) return 0;
  return walk(folder, () => {}).filter((file) => isCollectionFile(file, collection)).length;
}

/** A file of the collection by its name: its extension, and no leading «_» (a file set aside). */
function isCollectionFile(file: string, collection: CollectionName): boolean {
  return collectionExtensions[collection].includes(path.extname(file)) && !path.basename(file).startsWith('_');
}

/** The files below `folder`, sorted, without following links to folders (a link back up would never end). */
function walk(folder: string, problem: (message: string, at: string) => void): string[] {
  const out: string[] = [];
  const visit = (dir: string, depth: number) => {
    if (depth > limits.folderDepth) {
      problem(`папки вложены глубже ${limits.folderDepth} уровней: уберите лишние уровни`, dir);
      return;
    }
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      problem(
        `папку не прочитать (${(error as NodeJS.ErrnoException).code ?? 'ошибка'}): проверьте права доступа`,
        dir,
      );
      return;
    }
    for (const name of names) {
      const at = path.join(dir, name);
      const stats = lstatOrUndefined(at);
      if (stats?.isDirectory()) visit(at, depth + 1);
      else if (stats?.isSymbolicLink() && isFolderLink(at)) {
        problem('ссылка на папку в папке содержимого не поддерживается: положите файлы в саму папку', at);
      } else out.push(at);
    }
  };
  visit(folder, 0);
  return out;
}

/** A regular file inside the content folder (through a link, only to a file inside it), or a reported problem. */
function insideRoot(
  absoluteFile: string,
  realRoot: string,
  report: Report,
): { file: string; stats: Stats } | undefined {
  let real: string;
  let stats: Stats;
  try {
    real = realpathSync(absoluteFile);
    stats = statSync(real);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    report(
      code === 'ELOOP'
        ? 'ссылка на файл замкнута сама на себя: замените её самим файлом'
        : 'ссылка на файл ведёт к файлу, которого нет: замените её самим файлом',
    );
    return undefined;
  }
  if (real !== absoluteFile && path.relative(realRoot, real).startsWith('..')) {
    report(
      'ссылка ведёт к файлу вне папки содержимого: такие файлы не читаются ' +
        '(содержимое не может открыть другие файлы сервера); положите сам файл в папку',
    );
    return undefined;
  }
  if (!stats.isFile()) {
    report('это не обычный файл: уберите его из папки содержимого');
    return undefined;
  }
  return { file: real, stats };
}

function isFolderLink(at: string): boolean {
  try {
    return statSync(at).isDirectory();
  } catch {
    return false; // a link that leads nowhere is reported when the file is read
  }
}

type Report = (message: string, line?: number, column?: number, severity?: Problem['severity']) => void;

/**
 * The text of a content file: UTF-8 with its byte order mark dropped, at most `limits.fileBytes` long, inside the
 * content folder when it is a link; invisible characters that reorder text are taken out with a warning.
 */
function readText(absoluteFile: string, realRoot: string, report: Report): string | undefined {
  const found = insideRoot(absoluteFile, realRoot, report);
  if (!found) return undefined;
  const { file: real, stats } = found;
  if (stats.size > limits.fileBytes) {
    report(
      `файл больше ${formatBytes(limits.fileBytes)} (${formatBytes(stats.size)}): ` +
        'разделите его или уберите лишнее (ограничения — docs/security.md)',
    );
    return undefined;
  }
  const bytes = readFileSync(real);
  const text = decodeUtf8(bytes, report);
  return text === undefined ? undefined : withoutReordering(text, report);
}

/**
 * UTF-8 text without its byte order mark; a file in another encoding is refused at its first line that is not UTF-8.
 */
function decodeUtf8(bytes: Uint8Array, report: Report): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        if (!isUtf8(bytes.subarray(start, i))) break;
        line++;
        start = i + 1;
      }
    }
    report(
      `файл не в кодировке UTF-8 (похоже на ${decodeText(bytes).encoding}): откройте его в редакторе ` +
        'и сохраните в UTF-8 (в Блокноте: «Сохранить как» → «Кодировка: UTF-8»)',
      line,
    );
    return undefined;
  }
}

/**
 * Characters that reverse or isolate the direction of text:
 * they can make a published name read otherwise than it is written.
 */
const reordering = /[\u202A-\u202E\u2066-\u2069]/g;

function withoutReordering(text: string, report: Report): string {
  const found = [...text.matchAll(reordering)];
  const first = found[0];
  if (!first) return text;
  const before = text.slice(0, first.index).split('\n');
  const code = first[0].codePointAt(0)!.toString(16).toUpperCase();
  const more = found.length > 1 ? ` (и ещё ${found.length - 1} таких в файле)` : '';
  report(
    `невидимый символ управления направлением текста U+${code} удалён${more}: ` +
      'он может изменить порядок букв на странице; уберите его из файла',
    before.length,
    (before.at(-1)?.length ?? 0) + 1,
    'warning',
  );
  return text.replace(reordering, '');
}

function lstatOrUndefined(at: string): Stats | undefined {
  try {
    return lstatSync(at);
  } catch {
    return undefined;
  }
}

export function displayPath(file: string, root: string = process.cwd()): string {
  const relative = path.relative(root, file);
  return !relative || relative.startsWith('..') ? file : relative;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} МБ`
    : `${Math.ceil(bytes / 1024).toLocaleString('ru-RU')} КБ`;
}
