// Execution on the pages, as HTML strings (the tables they go into are strings too, src/site/items-table-html.ts):
// a status as a symbol and a word (never a colour alone), the date it was reported, its evidence, its history on
// demand (<details>, which works without JavaScript and prints open), what other organisations do of an item, and
// a progress summary whose numbers are in the text, with the formula beside it.
import type { Category } from '../execution/item-state.ts';
import { percent, type MeanProgress, type Progress } from '../execution/progress.ts';
import type { OpenEvidence, OpenItemExecution } from '../open-data/execution-json.ts';
import { escapeHtml } from '../glossary/abbreviations.ts';
import { formatDate, ui } from '../ui/strings.ts';

/** How the pages name organisations and items of other roadmaps, and mark up the abbreviations of a text. */
export interface ExecutionLinks {
  /** Escaped HTML of a text, abbreviations marked up (the page's abbreviator). */
  html(text: string): string;
  organization(id: string): { name: string; href?: string };
  /** An item of a roadmap («roadmap#anchor»): its place in the document and the roadmap it is in. */
  item(roadmapId: string, anchor: string): { label: string; title: string; roadmap: string; href?: string } | undefined;
}

const link = (html: string, href: string | undefined) => (href ? `<a href="${escapeHtml(href)}">${html}</a>` : html);

export function statusBadgeHtml(category: Category): string {
  const [symbol, word] = ui.execution.categories[category];
  return `<span class="status status-${category}">${symbol ? `<span aria-hidden="true">${symbol}</span>\u00a0` : ''}${word}</span>`;
}

const time = (date: string) => `<time datetime="${date}">${formatDate(date)}</time>`;

function evidenceHtml(evidence: readonly OpenEvidence[], links: ExecutionLinks): string {
  if (!evidence.length) return '';
  const items = evidence.map((e) => `<li>${link(links.html(e.title), e.url)} <span class="muted">(${ui.execution.evidenceKinds[e.kind]}${e.date ? `, ${formatDate(e.date)}` : ''})</span></li>`);
  return `<ul class="evidence" aria-label="${ui.execution.evidence}">${items.join('')}</ul>`;
}

/** The execution cell of an item: status, date, latest evidence, history and other organisations' share. */
export function executionCellHtml(execution: OpenItemExecution, links: ExecutionLinks): string {
  const parts: string[] = [];
  if (execution.tracked || execution.status) {
    parts.push(`<p>${statusBadgeHtml(execution.category as Category)}</p>`);
    if (execution.updated && execution.status) parts.push(`<p class="muted">${ui.execution.lastEntry(time(execution.updated), ui.execution.statuses[execution.status])}</p>`);
    const latest = execution.history.at(-1);
    if (latest) parts.push(evidenceHtml(latest.evidence, links));
    if (execution.history.length > 1 || latest?.comment || latest?.reporter) {
      const entries = [...execution.history].reverse().map((e) => {
        const lines = [`${time(e.date)} — ${escapeHtml(ui.execution.statuses[e.status])}`];
        if (e.comment) lines.push(links.html(e.comment));
        if (e.reporter) lines.push(`${ui.execution.reporter}: ${links.html(e.reporter)}`);
        return `<li>${lines.join('<br>')}${e === latest ? '' : evidenceHtml(e.evidence, links)}</li>`;
      });
      parts.push(`<details class="history"><summary>${ui.execution.history(execution.history.length)}</summary><ol reversed>${entries.join('')}</ol></details>`);
    }
  }
  if (execution.contributions.length) {
    const counts = new Map<string, number>();
    for (const c of execution.contributions) counts.set(c.overdue ? 'overdue' : (c.status ?? 'none'), (counts.get(c.overdue ? 'overdue' : (c.status ?? 'none')) ?? 0) + 1);
    const summary = [...counts].map(([k, n]) => `${k === 'overdue' ? ui.execution.categories.overdue[1] : k === 'none' ? ui.execution.noData : ui.execution.statuses[k as keyof typeof ui.execution.statuses]} ${n}`).join(', ');
    const rows = execution.contributions.map((c) => {
      const org = links.organization(c.organization);
      const item = links.item(c.roadmap, c.anchor);
      const category: Category = c.overdue ? 'overdue' : c.status === null ? 'untracked' : c.status === 'in-progress' ? 'in-progress' : c.status === 'not-done' ? 'not-done' : c.status;
      return `<li>${link(links.html(org.name), org.href)}${item && c.via === 'implements' ? ` (${link(links.html(item.label), item.href)})` : ''}: ${statusBadgeHtml(category)}${c.updated && c.status ? ` <span class="muted">(${ui.execution.lastEntry(time(c.updated), ui.execution.statuses[c.status])})</span>` : ''}</li>`;
    });
    parts.push(`<details class="contributions"><summary>${ui.execution.implementedBy(execution.contributions.length)}: ${escapeHtml(summary)}</summary><ul>${rows.join('')}</ul></details>`);
  }
  return parts.join('');
}

/** «Выполняет: п. 2 … карты …» under an item's title, for each item of a higher roadmap it implements. */
export function implementsHtml(targets: readonly string[], links: ExecutionLinks): string {
  const items = targets.map((target) => {
    const [roadmapId = '', anchor = ''] = target.split('#');
    const item = links.item(roadmapId, anchor);
    return item ? `${link(links.html(item.label), item.href)} <span class="muted">(${links.html(item.roadmap)})</span>` : escapeHtml(target);
  });
  return `<p class="implements">${ui.execution.implementsLabel}: ${items.join('; ')}</p>`;
}

/** The progress of a roadmap or an organisation: a bar with its numbers in words, the counts, and the formula. */
export function progressHtml(progress: Progress, asOf: string, html: (text: string) => string = escapeHtml): string {
  const pct = progress.ratio === null ? 0 : percent(progress.ratio);
  const counts = (['done', 'overdue', 'notDone', 'inProgress', 'planned', 'undated'] as const)
    .map((key) => {
      const category = ({ notDone: 'not-done', inProgress: 'in-progress' } as Record<string, Category>)[key] ?? (key as Category);
      return progress[key] ? `<li>${statusBadgeHtml(category)}: ${progress[key]}</li>` : '';
    })
    .join('');
  return [
    `<p><progress max="${Math.max(progress.items, 1)}" value="${progress.done}" aria-label="${ui.execution.progressLabel}"></progress> ${ui.execution.progressText(progress.done, progress.items, pct)}</p>`,
    `<p>${ui.execution.dueText(progress.due, progress.doneOfDue, progress.overdue)}${progress.undated ? ` ${ui.execution.undatedText(progress.undated)}` : ''}${progress.cancelled ? ` ${ui.execution.cancelledText(progress.cancelled)}` : ''}</p>`,
    `<ul class="status-counts">${counts}</ul>`,
    `<p class="muted">${ui.execution.asOfLine(formatDate(asOf))}</p>`,
    formulaHtml(html),
  ].join('');
}

export function formulaHtml(html: (text: string) => string = escapeHtml): string {
  return `<details class="formula"><summary>${ui.execution.howCounted}</summary><ul>${ui.execution.formula.map((line) => `<li>${html(line)}</li>`).join('')}</ul></details>`;
}

/** A progress figure in a table cell: «40 % (4 из 10)», or «нет отчёта». */
export function progressCellHtml(progress: Progress | MeanProgress | undefined): string {
  if (!progress || progress.ratio === null) return `<span class="muted">${ui.execution.noData}</span>`;
  const pct = percent(progress.ratio);
  const detail = 'items' in progress ? ` <span class="muted">(${progress.done} из ${progress.items})</span>` : '';
  return `<progress max="100" value="${pct}" aria-hidden="true"></progress> ${pct} %${detail}`;
}

/** One item in a list of another page: its place in the document (linked), its title, and what is said of it. */
export function itemLineHtml(links: ExecutionLinks, roadmapId: string, anchor: string, title: string, after = ''): string {
  const item = links.item(roadmapId, anchor);
  const where = item ? `${link(links.html(item.label), item.href)} <span class="muted">(${links.html(item.roadmap)})</span>` : escapeHtml(anchor);
  return `<li>${where}: ${links.html(title)}${after ? ` — ${after}` : ''}</li>`;
}

export function dueDateHtml(date: string): string {
  return `${ui.execution.dueOn} ${time(date)}`;
}
