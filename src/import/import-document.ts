// The whole import of one read document: roadmap tables recognised, the body assembled, the file-level facts read,
// the YAML written and validated, and the account of every non-empty source cell for the report.
import { assembleRoadmapBody, type BodyNote, type RoadmapBody } from './assemble-roadmap-body.ts';
import { buildRoadmap, type BuiltRoadmap } from './build-roadmap.ts';
import { readDocumentFacts } from './document-facts.ts';
import { ownerLevel } from './owner-level.ts';
import { noRoadmapTableMessage } from './header-message.ts';
import { ImportError } from './import-error.ts';
import type { Place, SourceDocument } from './model.ts';
import { continuesTable, readRoadmapTable, type RoadmapTable } from './table-rows.ts';
import { removeInvisible } from './text-repairs.ts';
import { validateRoadmapYaml } from './validate-roadmap.ts';
import { abbreviationsDefinedIn, buildVocabulary, type Vocabulary } from './vocabulary.ts';
import { writeRoadmapYaml } from './write-roadmap-yaml.ts';
import type { Problem } from '../content-model/problems.ts';

interface CellAccount {
  place: Place;
  text: string;
  /** `skippedTable`: a cell of a table that is not a roadmap table, which the report sums up as a whole. */
  disposition: 'mapped' | 'header' | 'section' | 'caption' | 'dropped' | 'leftover' | 'skippedTable';
  note?: string;
}

export interface ImportResult {
  document: SourceDocument;
  roadmapTables: RoadmapTable[];
  otherTables: number[];
  body: RoadmapBody;
  roadmap: BuiltRoadmap;
  yaml: string;
  problems: Problem[];
  cells: CellAccount[];
  vocabulary: Vocabulary;
}

export interface ImportOptions {
  owner?: string;
  /** The id the file will have (its name without .yaml). */
  id: string;
  /** Shown as the file's name in the validation problems. */
  displayFile: string;
  /** The site's content: its glossary gives known abbreviations; validation resolves references against it. */
  contentDir?: string;
  /** Abbreviations of the site's glossary. */
  glossaryAbbreviations?: readonly string[];
  sourceName: string;
}

const placeKey = (p: Place) => `${p.table ?? 0}:${p.row ?? 0}:${p.cell ?? 0}`;

export function importDocument(document: SourceDocument, options: ImportOptions): ImportResult {
  const invisible = removeInvisible(document);
  if (invisible) document.notes.push(invisible);
  const allText = [
    ...document.text.map((l) => l.text),
    ...document.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text))),
  ];
  const vocabulary = buildVocabulary(allText, [
    ...(options.glossaryAbbreviations ?? []),
    ...abbreviationsDefinedIn(document.text.map((l) => l.text)),
  ]);

  const roadmapTables: RoadmapTable[] = [];
  const otherTables: number[] = [];
  for (const table of document.tables) {
    const previous = roadmapTables.at(-1);
    const previousEnd = previous ? Math.max(previous.table.index, ...(previous.joined ?? [])) : -1;
    // A page break splits a Word or text table in two; a sheet of a workbook is a table of its own, never the rest
    // of the sheet before (a sheet of figures as wide as the roadmap would otherwise become its items).
    const adjacent = previous && previousEnd === table.index - 1 && table.sheet === undefined ? previous : undefined;
    const read = readRoadmapTable(table, adjacent);
    if (!read) otherTables.push(table.index);
    else if (adjacent && continuesTable(read, adjacent)) joinContinuation(adjacent, read);
    else roadmapTables.push(read);
  }
  if (!roadmapTables.length) {
    throw new ImportError(
      document.tables.length
        ? noRoadmapTableMessage(options.sourceName, document.tables)
        : `в файле «${options.sourceName}» не найдено ни одной таблицы: ` +
            'дорожная карта должна быть таблицей со столбцами «№», «Мероприятие», «Сроки», «Ответственные»',
    );
  }

  const body = assembleRoadmapBody(roadmapTables, vocabulary);
  if (!body.built.length)
    throw new ImportError(`в таблице мероприятий файла «${options.sourceName}» нет ни одной строки с мероприятием`);
  const facts = readDocumentFacts(document.text);
  const fallbackTitle = roadmapTables[0]?.caption?.text.replace(/\s+/g, ' ').trim();
  const level = ownerLevel(options.contentDir, options.owner);
  const roadmap = buildRoadmap(body, facts, {
    owner: options.owner,
    fallbackTitle,
    ...(level ? { ownerLevel: level } : {}),
  });
  const header = [
    `Импортировано командой «karta import» из файла «${options.sourceName}».`,
    'Сверьте с документом; поля с пометкой ЗАПОЛНИТЕ заполните, затем запустите npm run check.',
  ];
  const yaml = writeRoadmapYaml(roadmap.data, roadmap.placeholders, header);
  const problems = validateRoadmapYaml(yaml, options.id, {
    contentDir: options.contentDir,
    displayFile: options.displayFile,
  });
  const cells = accountForCells(document, roadmapTables, body.notes, body, otherTables);
  return { document, roadmapTables, otherTables, body, roadmap, yaml, problems, cells, vocabulary };
}

/** The continuation's rows join the table before, in its current section; a repeated header is reported dropped. */
function joinContinuation(previous: RoadmapTable, read: RoadmapTable): void {
  const index = read.table.index;
  const repeated = read.headerPlace !== previous.headerPlace;
  previous.rows.push(...read.rows);
  previous.notes.push(...read.notes);
  if (repeated)
    previous.notes.push({
      kind: 'dropped',
      place: read.headerPlace,
      message: 'повтор шапки таблицы (после разрыва страницы) пропущен',
    });
  previous.notes.push({
    kind: 'repair',
    place: { table: index, row: 1 },
    message: `таблица ${index} продолжает таблицу ${previous.table.index} после разрыва страницы: строки присоединены`,
  });
  previous.joined = [...(previous.joined ?? []), index];
}

/** Where every non-empty cell of the source went. */
function accountForCells(
  document: SourceDocument,
  tables: RoadmapTable[],
  notes: readonly BodyNote[],
  body: RoadmapBody,
  otherTables: readonly number[],
): CellAccount[] {
  const mapped = new Set<string>();
  for (const built of body.built)
    for (const field of built.fields) for (const place of field.places) mapped.add(placeKey(place));
  const rowKey = (p: Place) => `${p.table ?? 0}:${p.row ?? 0}`;
  const sectionRows = new Set(notes.filter((n) => n.kind === 'mapped').map((n) => rowKey(n.place)));
  const droppedRows = new Set(notes.filter((n) => n.kind === 'dropped').map((n) => rowKey(n.place)));
  const headerRows = new Set(tables.map((t) => rowKey(t.headerPlace)));
  const captions = new Set(
    tables.flatMap((t) => (t.caption ? [placeKey(t.caption.place), rowKey(t.caption.place)] : [])),
  );

  const out: CellAccount[] = [];
  for (const table of document.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (!cell.text.trim() || (cell.mergedFrom && placeKey(cell.mergedFrom) !== placeKey(cell.place))) continue;
        const key = placeKey(cell.place);
        const disposition: CellAccount['disposition'] = otherTables.includes(table.index)
          ? 'skippedTable'
          : mapped.has(key)
            ? 'mapped'
            : headerRows.has(rowKey(cell.place))
              ? 'header'
              : sectionRows.has(rowKey(cell.place))
                ? 'section'
                : captions.has(key) || captions.has(rowKey(cell.place))
                  ? 'caption'
                  : droppedRows.has(rowKey(cell.place))
                    ? 'dropped'
                    : 'leftover';
        out.push({ place: cell.place, text: cell.text, disposition });
      }
    }
  }
  return out;
}
