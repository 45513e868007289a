// The lists of calendar pages and of the home page as HTML: one roadmap's items of one month, each linked to its
// row on the roadmap page. A roadmap's list of a month is the same on every calendar it is part of (the regional
// roadmap's on every organisation's), so a shared roadmap's is written once per build and reused (a school's own is
// on one page only and is not kept); the text is escaped and its abbreviations marked up by the roadmap owner's
// abbreviator, as on the roadmap page.
import type { DueEntry, RoadmapGroup } from '../calendar/index.ts';
import { windowLabel } from '../calendar/format.ts';
import { html, trusted, type Html } from '../html/html.ts';
import { numberedTitle } from '../content-model/roadmap-structure.ts';
import { formatDate, ui } from '../ui/strings.ts';
import { isShared, roadmapById } from './calendar-pages.ts';
import { executionLinks } from './published-execution.ts';
import { responsibleOf } from './item-details.ts';
import type { SiteContent } from './page-content.ts';
import { urls } from './urls.ts';

/** `due`: when, the item and its deadline as written; `starting`: the item and the day its window ends. */
export type ListKind = 'due' | 'starting';

const time = (datetime: string, text: string) => html`<time datetime="${datetime}">${text}</time>`;

function windowTimes(occurrence: DueEntry['occurrence']): Html {
  const times = windowLabel(occurrence).map((t, i) => html`${i ? ' — ' : ''}${time(t.datetime, t.text)}`);
  return html`<span class="cal-when">${times}</span>`;
}

const cache = { due: new WeakMap<readonly DueEntry[], string>(), starting: new WeakMap<readonly DueEntry[], string>() };

/** A roadmap's items of a month: the roadmap's title, then its items (`<li>` of a `<ul class="cal-groups">`). */
function groupHtml(content: SiteContent, group: RoadmapGroup, kind: ListKind): string {
  const cached = cache[kind].get(group.list);
  if (cached !== undefined) return cached;
  const roadmap = roadmapById(content, group.roadmapId);
  const owner = roadmap?.data.owner ?? content.site.home;
  const abbreviator = content.abbreviatorFor(owner);
  const t = (text: string) => trusted(abbreviator.toHtml(text));
  const links = executionLinks(content, abbreviator);
  const responsible = roadmap ? responsibleOf(content, roadmap) : new Map<string, string>();
  // Numbers restart in each section: an item is named with the path to it («УРОВЕНЬ ОО › I › п. 4. …»).
  const link = (entry: DueEntry['entry']) => {
    const href = urls.item(entry.roadmapId, entry.anchor);
    const label = links.item(entry.roadmapId, entry.anchor)?.path ?? numberedTitle(entry.number, entry.title);
    return html`<a href="${href}">${t(label)}</a>`;
  };
  const who = (entry: DueEntry['entry']) => {
    const names = responsible.get(entry.anchor);
    return names ? html`; ${ui.calendar.responsible}: ${t(names)}` : '';
  };
  const items = group.list.map(({ entry, occurrence }) => {
    if (kind === 'starting') {
      const end = occurrence.cutAtEnd
        ? ui.calendar.afterPeriod
        : html`${ui.calendar.until} ${time(occurrence.end, formatDate(occurrence.end))}`;
      return html`<li>${link(entry)} <span class="muted">(${end}${who(entry)})</span></li>`;
    }
    const when = windowTimes(occurrence);
    const what = link(entry);
    const deadline = html`${ui.calendar.deadline}: ${t(entry.deadline.text)}`;
    return html`<li>${when} ${what} <span class="muted">(${deadline}${who(entry)})</span></li>`;
  });
  const level = roadmap
    ? ui.execution.roadmapOf(ui.levelsShort[roadmap.data.level], links.organization(roadmap.data.owner).name)
    : '';
  const title = html`<a class="cal-roadmap" href="${urls.roadmap(group.roadmapId)}">${t(group.roadmapTitle)}</a>`;
  const levelNote = level ? html` <span class="muted">(${t(level)})</span>` : '';
  const markup = html`<li>${title}${levelNote}<ul class="cal-items">${items}</ul></li>`.value;
  if (isShared(content, group.roadmapId)) cache[kind].set(group.list, markup);
  return markup;
}

/** Several roadmaps' items of a month, as a `<ul class="cal-groups">`. */
export function groupsHtml(content: SiteContent, groups: readonly RoadmapGroup[], kind: ListKind): string {
  return html`<ul class="cal-groups">${groups.map((g) => trusted(groupHtml(content, g, kind)))}</ul>`.value;
}
