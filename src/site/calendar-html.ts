// The lists of calendar pages and of the home page as HTML: one roadmap's items of one month, each linked to its
// row on the roadmap page. A roadmap's list of a month is the same on every calendar it is part of (the regional
// roadmap's on every organisation's), so a shared roadmap's is written once per build and reused (a school's own is
// on one page only and is not kept); the text is escaped and its abbreviations marked up by the roadmap owner's
// abbreviator, as on the roadmap page.
import type { DueEntry, RoadmapGroup } from '../calendar/index.ts';
import { windowLabel } from '../calendar/format.ts';
import { escapeHtml } from '../glossary/abbreviations.ts';
import { numberedTitle } from '../content-model/roadmap-structure.ts';
import { formatDate, ui } from '../ui/strings.ts';
import { isShared, roadmapById } from './calendar.ts';
import type { SiteContent } from './content.ts';
import { urls } from './urls.ts';

/** `due`: when, the item and its deadline as written; `starting`: the item and the day its window ends. */
export type ListKind = 'due' | 'starting';

const time = (datetime: string, text: string) => `<time datetime="${escapeHtml(datetime)}">${escapeHtml(text)}</time>`;

/** One window of a deadline as <time> elements: a day, a month, or a span. */
export function windowHtml(occurrence: DueEntry['occurrence']): string {
  return `<span class="cal-when">${windowLabel(occurrence).map((t) => time(t.datetime, t.text)).join(' — ')}</span>`;
}

const cache = { due: new WeakMap<readonly DueEntry[], string>(), starting: new WeakMap<readonly DueEntry[], string>() };

/** A roadmap's items of a month: the roadmap's title, then its items (`<li>` of a `<ul class="cal-groups">`). */
export function groupHtml(content: SiteContent, group: RoadmapGroup, kind: ListKind): string {
  const cached = cache[kind].get(group.list);
  if (cached !== undefined) return cached;
  const owner = roadmapById(content, group.roadmapId)?.data.owner ?? content.site.home;
  const t = (text: string) => content.abbreviatorFor(owner).toHtml(text);
  const link = (entry: DueEntry['entry']) => `<a href="${escapeHtml(urls.item(entry.roadmapId, entry.anchor))}">${t(numberedTitle(entry.number, entry.title))}</a>`;
  const items = group.list.map(({ entry, occurrence }) =>
    kind === 'starting'
      ? `<li>${link(entry)} <span class="muted">(${occurrence.cutAtEnd ? ui.calendar.afterPeriod : `${ui.calendar.until} ${time(occurrence.end, formatDate(occurrence.end))}`})</span></li>`
      : `<li>${windowHtml(occurrence)} ${link(entry)} <span class="muted">(${ui.calendar.deadline}: ${t(entry.deadline.text)})</span></li>`,
  );
  const html = `<li><a class="cal-roadmap" href="${escapeHtml(urls.roadmap(group.roadmapId))}">${t(group.roadmapTitle)}</a><ul class="cal-items">${items.join('')}</ul></li>`;
  if (isShared(content, group.roadmapId)) cache[kind].set(group.list, html);
  return html;
}

/** Several roadmaps' items of a month, as a `<ul class="cal-groups">`. */
export function groupsHtml(content: SiteContent, groups: readonly RoadmapGroup[], kind: ListKind): string {
  return `<ul class="cal-groups">${groups.map((g) => groupHtml(content, g, kind)).join('')}</ul>`;
}
