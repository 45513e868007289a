// Loads and checks all content of a site: every file of every collection is read with source positions, validated
// against its schema, and then checked as a whole (references, duplicate ids and numbers). Every problem is
// collected, never only the first, so one run of `karta check` shows everything there is to fix.
import path from 'node:path';
import type { z } from 'astro/zod';
import { nearestName } from './nearest-name.ts';
import { collections, idPattern, siteSchema, type CollectionName } from './schemas.ts';
import { readContentFolder, type ContentFiles } from './content-files.ts';
import type { CollectionData, ContentEntry, LoadedContent, PartialEntry } from './loaded-content.ts';
import { buildDate, today } from './build-date.ts';
import { checkReports } from './check-reports.ts';
import { limits } from './limits.ts';
import { describeIssue, formatFieldPath, problemAt, type FieldPath, type Problem } from './problems.ts';
import { parseSource, type ParsedSource } from './source-file.ts';
import { checkContent } from './check-content.ts';
import { checkDeadlines } from './check-deadlines.ts';
import { checkEditions } from './check-editions.ts';
import { checkOrderFiles } from './check-order-files.ts';
import { checkOrderText } from './order-text.ts';

export type { CollectionData, ContentEntry, LoadedContent } from './loaded-content.ts';

/** The id of an entry is its file name without extension, wherever in the collection folder the file lies. */
export function entryIdFromFile(file: string): string {
  return path.basename(file).replace(/\.(ya?ml|mdx)$/, '');
}

export interface CheckOptions {
  /** The build's day: report entries may be dated up to it, or up to today when that is later. */
  asOf?: string;
  /** The last day report entries may be dated, exactly (tests). */
  today?: string;
}

/** Reads and checks the content folder `contentRoot` (see content-files.ts for what is read). */
export function loadContent(contentRoot: string, options: CheckOptions & { displayRoot?: string } = {}): LoadedContent {
  return checkContentFiles(readContentFolder(contentRoot, options.displayRoot ?? process.cwd()), options);
}

/** Checks content files already read: each against its schema, then all of them together. No disk is read. */
export function checkContentFiles(
  { files, problems: fileProblems, attachments, folder }: ContentFiles,
  options: CheckOptions = {},
): LoadedContent {
  const problems: Problem[] = [...fileProblems];
  const invalidIds = new Set<string>();
  const loaded = {
    problems,
    invalidIds,
    partial: [] as PartialEntry[],
    site: siteSchema.parse({}),
    attachments: attachments ?? new Map(),
    ...(folder === undefined ? {} : { folder }),
    today: options.today ?? latestOf(options.asOf ?? buildDate(), today()),
  } as LoadedContent;
  for (const collection of Object.keys(collections) as CollectionName[]) {
    (loaded as Record<string, unknown>)[collection] = new Map<string, ContentEntry<unknown>>();
  }

  for (const { collection, absoluteFile, file, text } of files) {
    const source = parseSource(text, absoluteFile.endsWith('.mdx') ? 'mdx' : 'yaml');
    if (collection === 'site') {
      loaded.siteSource = { ...source, file };
      problems.push(...validate(source, file, siteSchema, (data) => (loaded.site = data)));
      continue;
    }
    const entries = loaded[collection] as Map<string, ContentEntry<unknown>>;
    const id = entryIdFromFile(absoluteFile);
    const report = (fieldPath: FieldPath, message: string) => {
      const { line, column } = source.locate(fieldPath);
      problems.push({ severity: 'error', file, line, column, field: formatFieldPath(fieldPath), message });
    };
    if (!idPattern.test(id) || id.length > limits.shortTextChars) {
      report(
        [],
        `имя файла «${path.basename(absoluteFile)}» не годится как идентификатор: ` +
          'используйте строчные латинские буквы, цифры, «-», «_» и «.»',
      );
    }
    const duplicate = entries.get(id);
    if (duplicate) {
      report([], `идентификатор «${id}» уже занят файлом ${duplicate.file}: переименуйте один из файлов`);
      continue;
    }
    if (source.body !== undefined) {
      if (source.body.length > limits.orderTextChars) {
        problems.push({
          severity: 'error',
          file,
          line: source.bodyLine ?? 1,
          column: 1,
          field: '',
          message:
            `текст приказа длиннее ${limits.orderTextChars.toLocaleString('ru-RU')} знаков: ` +
            'сократите его (ограничения — docs/security.md)',
        });
      } else {
        for (const problem of checkOrderText(source.body, source.bodyLine ?? 1)) {
          problems.push({ severity: 'error', file, ...problem.position, field: '', message: problem.message });
        }
      }
    }
    let data: unknown;
    const entryProblems = validate<unknown>(
      source,
      file,
      collections[collection] as z.ZodType<unknown, unknown>,
      (valid) => (data = valid),
    );
    const read = source.data;
    // What js-yaml read is not needed once validated (the entry keeps zod's copy, the locations keep the text): let
    // it go while it is young, instead of having the garbage collector copy a second content around.
    source.data = undefined;
    problems.push(...entryProblems);
    if (entryProblems.length) {
      invalidIds.add(`${collection}:${id}`);
      if (read !== undefined) loaded.partial.push({ collection, id, file, source, data: read });
      continue;
    }
    entries.set(id, { id, collection, file, absoluteFile, data, body: source.body, source });
  }

  problems.push(
    ...checkContent(loaded),
    ...checkEditions(loaded),
    ...checkOrderFiles(loaded),
    ...checkReports(loaded),
    ...checkDeadlines(loaded),
  );
  // Each file's problems together and in the order of its lines, files in the order they were read.
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
  problems.sort((a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.line - b.line || a.column - b.column);
  return loaded;
}

const latestOf = (a: string, b: string) => (a > b ? a : b);

/** Syntax and schema problems of one file, each at its place; calls `accept` with the data when there are none. */
function validate<T>(
  source: ParsedSource,
  file: string,
  schema: z.ZodType<T, unknown>,
  accept: (data: T) => void,
): Problem[] {
  const problems: Problem[] = [];
  const report = (fieldPath: FieldPath, message: string, locateKey = false) => {
    problems.push(problemAt({ file, source, data: source.data }, fieldPath, message, 'error', locateKey));
  };
  for (const error of source.syntaxErrors) {
    problems.push({ severity: 'error', file, ...error.position, field: '', message: error.message });
  }
  if (source.syntaxErrors.length) return problems;

  const result = schema.safeParse(source.data ?? {}, { reportInput: true });
  if (result.success) {
    accept(result.data);
    return problems;
  }
  const issues = flattenIssues(result.error.issues);
  const misspelt = misspeltFields(issues);
  for (const issue of issues) {
    const issuePath = issue.path as FieldPath; // object keys and array indexes; zod never puts symbols here
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown key, pointing at the key itself.
      for (const key of issue.keys) {
        const meant = misspelt.get(pathKey([...issuePath, key]));
        report(
          [...issuePath, key],
          meant
            ? `неизвестное поле «${key}»: видимо, это обязательное поле «${meant}» с опечаткой — исправьте имя`
            : describeIssue({ ...issue, keys: [key] }),
          true,
        );
      }
    } else if (!(issue.code === 'invalid_type' && issue.input === undefined && misspelt.has(pathKey(issuePath)))) {
      report(issuePath, describeIssue(issue));
    }
  }
  return problems;
}

const pathKey = (fieldPath: readonly PropertyKey[]) => JSON.stringify(fieldPath.map(String));

/**
 * Unknown fields that are a required field missing beside them, misspelt (`titel` for `title`): each is one problem
 * at the misspelt key, not an unknown field and a missing one. Both ways round: the unknown key's path → the field
 * meant, and the missing field's path → the key written.
 */
function misspeltFields(issues: readonly z.core.$ZodIssue[]): Map<string, string> {
  const missing = issues.filter((i) => i.code === 'invalid_type' && i.input === undefined && i.path.length);
  const found = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const beside = missing
        .filter((m) => pathKey(m.path.slice(0, -1)) === pathKey(issue.path) && !found.has(pathKey(m.path)))
        .map((m) => String(m.path.at(-1)));
      const meant = nearestName(key, beside, Math.min(2, Math.floor(key.length / 2)));
      if (!meant) continue;
      found.set(pathKey([...issue.path, key]), meant);
      found.set(pathKey([...issue.path, meant]), key);
    }
  }
  return found;
}

/**
 * A union failure whose input clearly meant one of the alternatives (an object with the right key, say) is reported
 * as that alternative's own issues, which name the actual field; otherwise the union's summary message stands.
 */
function flattenIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'invalid_union' || !('errors' in issue) || !issue.errors?.length) {
      out.push(issue);
      continue;
    }
    const plausible = issue.errors.filter(
      (branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
    );
    if (plausible.length === 1) {
      const branch = plausible[0] ?? [];
      out.push(...flattenIssues(branch.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as z.core.$ZodIssue)));
    } else {
      out.push(issue);
    }
  }
  return out;
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** The entries' data by id, per collection (the shape pages and open data look things up in). */
export function dataById(content: LoadedContent): { [K in CollectionName]: Map<string, CollectionData[K]> } {
  const map = <K extends CollectionName>(name: K) =>
    new Map([...content[name]].map(([id, entry]) => [id, entry.data])) as Map<string, CollectionData[K]>;
  return {
    organizations: map('organizations'),
    people: map('people'),
    glossary: map('glossary'),
    riskFactors: map('riskFactors'),
    roadmaps: map('roadmaps'),
    reports: map('reports'),
  };
}
