// Execution on the pages, as HTML strings (the tables they go into are strings too, src/site/items-table-html.ts):
// a status as a symbol and a word (never a colour alone), the date it was reported, its evidence, its history on
// demand (<details>, which works without JavaScript and prints open), what other organisations do of an item, and
// a progress summary whose numbers are in the text, with the formula beside it.
import type { Category } from '../execution/item-state.ts';
import { percent, type MeanProgress, type Progress } from '../execution/progress.ts';
import type { OpenEvidence, OpenItemExecution } from '../open-data/execution-json.ts';
import { escapeHtml, html, trusted, type Html } from '../html/html.ts';
import { formatDate, ui } from '../ui/strings.ts';

/** How the pages name organisations and items of other roadmaps, and mark up the abbreviations of a text. */
export interface ExecutionLinks {
  /** Escaped HTML of a text, abbreviations marked up (the page's abbreviator). */
  html(text: string): string;
  organization(id: string): { name: string; href?: string };
  /** An item of a roadmap («roadmap#anchor»): its place in the document and the roadmap it is in. */
  item(
    roadmapId: string,
    anchor: string,
  ): { label: string; title: string; path: string; roadmap: string; href?: string } | undefined;
}

const link = (content: Html, href: string | undefined) => (href ? html`<a href="${href}">${content}</a>` : content);
const time = (date: string) => html`<time datetime="${date}">${formatDate(date)}</time>`;
const marked = (links: ExecutionLinks, text: string) => trusted(links.html(text));
/** «запись от 12.05.2024: выполнено». */
const lastEntry = (date: string, status: keyof typeof ui.execution.statuses) =>
  html`${ui.execution.entryFrom} ${time(date)}: ${ui.execution.statuses[status]}`;

function badge(category: Category): Html {
  const [symbol, word] = ui.execution.categories[category];
  const icon = symbol ? html`<span aria-hidden="true">${symbol}</span>\u00a0` : '';
  return html`<span class="status status-${category}">${icon}${word}</span>`;
}

function evidenceList(evidence: readonly OpenEvidence[], links: ExecutionLinks): Html | '' {
  if (!evidence.length) return '';
  const items = evidence.map((e) => {
    const title = link(marked(links, e.title), e.url);
    const about = html`${ui.execution.evidenceKinds[e.kind]}${e.date ? `, ${formatDate(e.date)}` : ''}`;
    return html`<li>${title} <span class="muted">(${about})</span></li>`;
  });
  return html`<ul class="evidence" aria-label="${ui.execution.evidence}">${items}</ul>`;
}

/** The category a contribution is shown with: overdue first, then its status. */
function contributionCategory(c: OpenItemExecution['contributions'][number]): Category {
  if (c.overdue) return 'overdue';
  return c.status ?? 'untracked';
}

/** The execution cell of an item: status, date, latest evidence, history and other organisations' share. */
export function executionCellHtml(execution: OpenItemExecution, links: ExecutionLinks): string {
  const parts: (Html | '')[] = [];
  if (execution.tracked || execution.status) {
    parts.push(html`<p>${badge(execution.category as Category)}</p>`);
    if (execution.updated && execution.status)
      parts.push(html`<p class="muted last-entry">${lastEntry(execution.updated, execution.status)}</p>`);
    const latest = execution.history.at(-1);
    if (latest) parts.push(evidenceList(latest.evidence, links));
    if (execution.history.length > 1 || latest?.comment || latest?.reporter) {
      const entries = [...execution.history].reverse().map((e) => {
        const comment = e.comment ? html`<br>${marked(links, e.comment)}` : '';
        const reporter = e.reporter ? html`<br>${ui.execution.reporter}: ${marked(links, e.reporter)}` : '';
        const evidence = e === latest ? '' : evidenceList(e.evidence, links);
        return html`<li>${time(e.date)} — ${ui.execution.statuses[e.status]}${comment}${reporter}${evidence}</li>`;
      });
      const heading = ui.execution.history(execution.history.length);
      parts.push(html`<details class="history"><summary>${heading}</summary><ol reversed>${entries}</ol></details>`);
    }
  }
  if (execution.contributions.length) {
    const counts = new Map<Category, number>();
    for (const c of execution.contributions)
      counts.set(contributionCategory(c), (counts.get(contributionCategory(c)) ?? 0) + 1);
    const summary = [...counts].map(([category, n]) => `${ui.execution.categories[category][1]} ${n}`).join(', ');
    const rows = execution.contributions.map((c) => {
      const org = links.organization(c.organization);
      const item = links.item(c.roadmap, c.anchor);
      const name = link(marked(links, org.name), org.href);
      const via = item && c.via === 'implements' ? html` (${link(marked(links, item.label), item.href)})` : '';
      const last = c.updated && c.status ? html` <span class="muted">(${lastEntry(c.updated, c.status)})</span>` : '';
      return html`<li>${name}${via}: ${badge(contributionCategory(c))}${last}</li>`;
    });
    const heading = html`${ui.execution.implementedBy(execution.contributions.length)}: ${summary}`;
    parts.push(html`<details class="contributions"><summary>${heading}</summary><ul>${rows}</ul></details>`);
  }
  return html`${parts}`.value;
}

/** «Выполняет: п. 2 … карты …» under an item's title, for each item of a higher roadmap it implements. */
export function implementsHtml(targets: readonly string[], links: ExecutionLinks): string {
  const items = targets.map((target, i) => {
    const [roadmapId = '', anchor = ''] = target.split('#');
    const item = links.item(roadmapId, anchor);
    const label = item
      ? html`${link(marked(links, item.label), item.href)} <span class="muted">(${marked(links, item.roadmap)})</span>`
      : target;
    return html`${i ? '; ' : ''}${label}`;
  });
  return html`<p class="implements">${ui.execution.implementsLabel}: ${items}</p>`.value;
}

/** The progress of a roadmap or an organisation: a bar with its numbers in words, the counts, and the formula. */
export function progressHtml(progress: Progress, asOf: string, mark: (text: string) => string = escapeHtml): string {
  const keys = [
    ['done', 'done'],
    ['overdue', 'overdue'],
    ['notDone', 'not-done'],
    ['inProgress', 'in-progress'],
    ['planned', 'planned'],
    ['undated', 'undated'],
  ] as const;
  const counts = keys.map(([key, category]) =>
    progress[key] ? html`<li>${badge(category)}: ${progress[key]}</li>` : '',
  );
  const label = ui.execution.progressLabel;
  // Every item cancelled: nothing to show a share of (the open data's percent is null too).
  const bar = html`<progress max="${progress.items}" value="${progress.done}" aria-label="${label}"></progress>`;
  const numbers =
    progress.ratio === null
      ? ui.execution.noItemsCounted(progress.cancelled)
      : html`${bar} ${ui.execution.progressText(progress.done, progress.items, percent(progress.ratio))}`;
  const due = ui.execution.dueText(progress.due, progress.doneOfDue, progress.overdue);
  const undated = progress.undated ? ` ${ui.execution.undatedText(progress.undated)}` : '';
  const cancelled = progress.cancelled ? ` ${ui.execution.cancelledText(progress.cancelled)}` : '';
  const asOfLine = ui.execution.asOfLine(formatDate(asOf));
  const figures = html`<p>${numbers}</p><p>${due}${undated}${progress.ratio === null ? '' : cancelled}</p>`;
  const countList = html`<ul class="status-counts">${counts}</ul>`;
  return html`${figures}${countList}<p class="muted">${asOfLine}</p>${trusted(formulaHtml(mark))}`.value;
}

/** «Как считается»: the formula, folded. `mark` marks up the abbreviations of its lines. */
export function formulaHtml(mark: (text: string) => string = escapeHtml): string {
  const lines = ui.execution.formula.map((line) => html`<li>${trusted(mark(line))}</li>`);
  return html`<details class="formula"><summary>${ui.execution.howCounted}</summary><ul>${lines}</ul></details>`.value;
}

/** A progress figure in a table cell: «40 % (4 из 10)», or «нет отчёта». */
export function progressCellHtml(progress: Progress | MeanProgress | undefined): string {
  if (progress && 'items' in progress && progress.ratio === null && progress.cancelled)
    return html`<span class="muted">${ui.execution.allCancelled}</span>`.value;
  if (!progress || progress.ratio === null) return html`<span class="muted">${ui.execution.noData}</span>`.value;
  const pct = percent(progress.ratio);
  const detail = 'items' in progress ? html` <span class="muted">(${progress.done} из ${progress.items})</span>` : '';
  return html`<progress max="100" value="${pct}" aria-hidden="true"></progress> ${pct} %${detail}`.value;
}

/** One item in a list of another page: its place in the document (linked), its title, and what is said of it. */
export function itemLineHtml(
  links: ExecutionLinks,
  roadmapId: string,
  anchor: string,
  title: string,
  after: Html | '' = '',
): string {
  const item = links.item(roadmapId, anchor);
  const where = item
    ? html`${link(marked(links, item.label), item.href)} <span class="muted">(${marked(links, item.roadmap)})</span>`
    : html`${anchor}`;
  return html`<li>${where}: ${marked(links, title)}${after ? html` — ${after}` : ''}</li>`.value;
}

/** «срок 30.11.2023», and after it what is said of it. */
export function dueDateHtml(date: string, after = ''): Html {
  return html`${ui.execution.dueOn} ${time(date)}${after}`;
}

/** A status badge and its latest entry, for lists of items. */
export function statusLineHtml(
  category: Category,
  updated: string | null,
  status: keyof typeof ui.execution.statuses | null,
): Html {
  const last = updated && status ? html` <span class="muted">(${lastEntry(updated, status)})</span>` : '';
  return html`${badge(category)}${last}`;
}
