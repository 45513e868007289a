// A table of roadmap rows as HTML (src/components/ItemsTable.astro shows it): exactly the columns this roadmap has;
// each row has its own anchor, titled for the search (Pagefind makes it a sub-result of the page, linking to the
// row). On narrow screens (see site.css) every row becomes a block and every cell shows its column's name. A
// deadline shows its words as written and, after them, the dates they give as <time> elements. Written as a
// string, not as nested components: a school's roadmap has 60 rows of up to 10 cells, and a region 1,100 schools.
import type { OpenItem } from '../open-data/roadmap-json.ts';
import { focusFirstAbbreviations, type Abbreviator } from '../glossary/abbreviations.ts';
import { html, trusted, type Html } from '../html/html.ts';
import { occurrenceLabels } from '../calendar/format.ts';
import type { Occurrence } from '../deadlines/types.ts';
import { ui } from '../ui/strings.ts';
import { itemPathTitle } from '../content-model/roadmap-structure.ts';
import { executionCellHtml, implementsHtml, type ExecutionLinks } from './execution-html.ts';
import { indexWordsAttributes, itemText, type PageSearchText } from '../search/search-text.ts';
import { itemTitleForSearch } from '../search/result-fields.ts';

/** Execution on a roadmap's tables: links to other roadmaps' items and organisations, and whether to show a column. */
export interface TableExecution {
  links: ExecutionLinks;
  /** Whether the tables have a column «Выполнение» (the roadmap is reported on, by its owner or others). */
  column: boolean;
}

const optional = ['form', 'deadline', 'responsible', 'audience', 'venue', 'riskCodes', 'result', 'reports'] as const;
type Column = (typeof optional)[number];

function has(item: OpenItem, column: Column): boolean {
  if (column === 'deadline') return item.deadline.text !== null;
  if (column === 'responsible') return item.responsible.length > 0;
  const value = item[column];
  return value !== undefined && value !== null && (!Array.isArray(value) || value.length > 0);
}

function cellText(item: OpenItem, column: Column): string {
  if (column === 'deadline') return item.deadline.text ?? '';
  if (column === 'responsible') return item.responsible.map((r) => r.text).join(', ');
  if (column === 'riskCodes') return (item.riskCodes ?? []).join(', ');
  return (item[column] as string | null | undefined) ?? '';
}

/**
 * The dates a deadline gives, small, after its words: «до 30 января 2023 г. (30.01.2023)»; '' when none. The last
 * window, when the period's end cut it, is said to be due after the period, not on its last day.
 */
export function deadlineDatesHtml(occurrences: readonly Occurrence[]): string {
  const labels = occurrenceLabels(occurrences);
  if (!labels.length) return '';
  const times = labels.map((label, i) => {
    const range = label
      ? label.map((t, j) => html`${j ? ' — ' : ''}<time datetime="${t.datetime}">${t.text}</time>`)
      : '…';
    return html`${i ? ', ' : ''}${range}`;
  });
  const afterPeriod = occurrences.at(-1)?.cutAtEnd ? `; ${ui.calendar.afterPeriod}` : '';
  return html`<span class="dates">(${times}${afterPeriod})</span>`.value;
}

// The column's name for narrow screens, where site.css shows it before the cell's text (and screen readers read it
// there); an attribute rather than an element: a region's roadmap pages have some 340,000 such cells, and every
// element costs Pagefind as much to parse as if it were indexed.
const labelled = (label: string, content: Html) => html`<td data-label="${label}">${content}</td>`;
const empty = trusted('<td></td>');
const executionCell = (content: string) =>
  html`<td class="exec" data-label="${ui.execution.column}: ">${trusted(content)}</td>`;

/** From this many columns a table is shown as cards up to 72em of width rather than 56em (site.css). */
const wideFrom = 6;

/**
 * The table's name: its own caption, or the heading just above it (a section's), which a caption would repeat — and
 * screen readers would read twice.
 */
export type TableName = { caption: string } | { labelledBy: string };

/**
 * `trail`: the sections around the table, as the path to an item names them («III. УРОВЕНЬ ОО», «I»): a search
 * result names its item with it, since numbers restart in each section. `search`: the hidden words the search
 * indexes with each row (src/search/search-text.ts).
 */
export function itemsTableHtml(
  items: readonly OpenItem[],
  name: TableName,
  abbreviator: Abbreviator,
  execution?: TableExecution,
  trail: readonly string[] = [],
  search?: PageSearchText,
): string {
  const t = (text: string) => trusted(abbreviator.toHtml(text));
  const columns = optional.filter((column) => items.some((item) => has(item, column)));
  const extraColumns = [...new Set(items.flatMap((item) => Object.keys(item.extra ?? {})))];
  const executionColumn = execution?.column === true;
  const headings = [
    ui.columns.number,
    ui.columns.title,
    ...columns.map((c) => ui.columns[c]),
    ...extraColumns,
    ...(executionColumn ? [ui.execution.column] : []),
  ];
  const rows = items.map((item) => {
    const implementing =
      execution && item.implements?.length ? trusted(implementsHtml(item.implements, execution.links)) : '';
    const cells = [
      labelled(`${ui.columns.number} `, html`${item.number ?? ''}`),
      labelled(`${ui.columns.title}: `, html`${t(item.title)}${implementing}`),
      ...columns.map((column) => {
        const text = cellText(item, column);
        if (!text) return empty;
        const dates =
          column === 'deadline' && item.deadline.occurrences.length > 0
            ? trusted(` ${deadlineDatesHtml(item.deadline.occurrences)}`)
            : '';
        return labelled(`${ui.columns[column]}: `, html`${t(text)}${dates}`);
      }),
      ...extraColumns.map((heading) => {
        const text = item.extra?.[heading];
        return text ? labelled(`${heading}: `, t(text)) : empty;
      }),
      // Execution is the site's, not the approved document's: not printed (site.css, .exec).
      ...(executionColumn
        ? [
            item.execution
              ? executionCell(executionCellHtml(item.execution, execution.links))
              : trusted('<td class="exec"></td>'),
          ]
        : []),
    ];
    // What a search result shows of the item: its number and title, deadline, responsible and form, and its status
    // if reported («… — просрочено»); the words the search adds to the row go into its last cell, unseen.
    const status =
      item.execution && item.execution.category !== 'untracked'
        ? ui.execution.categories[item.execution.category][1]
        : '';
    const words = search?.words(...itemText(item));
    if (words)
      cells[cells.length - 1] = trusted(cells.at(-1)!.value.replace(/^<td/, `<td${indexWordsAttributes(words)}`));
    const path = itemPathTitle({
      anchor: item.anchor,
      ...(item.number ? { number: item.number } : {}),
      title: item.title,
      trail: [...trail],
    });
    const searchTitle = itemTitleForSearch({ ...item, number: null, title: path }, status);
    return html`<tr id="${item.anchor}" data-pagefind-title="${searchTitle}">${cells}</tr>`;
  });
  const named =
    'caption' in name ? html`><caption>${t(name.caption)}</caption>` : html` aria-labelledby="${name.labelledBy}">`;
  // Six columns and more do not fit a laptop's width as a table: they stay cards longer (site.css).
  const wide = headings.length >= wideFrom ? ' wide' : '';
  const header = headings.map((h, i) =>
    executionColumn && i === headings.length - 1
      ? html`<th scope="col" class="exec">${h}</th>`
      : html`<th scope="col">${h}</th>`,
  );
  return focusFirstAbbreviations(
    html`<table class="items${wide}"${named}<thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table>`.value,
  );
}
