// Whether each published roadmap is in force on the build's day, and lists of roadmaps with those in force first:
// what the roadmap pages, the lists and the search say (src/content-model/roadmap-validity.ts decides).
import { inForceFirst, roadmapValidity, type RoadmapValidity } from '../content-model/roadmap-validity.ts';
import { html, type Html } from '../html/html.ts';
import { formatDate, ui } from '../ui/strings.ts';
import type { RoadmapEdition, RoadmapEntry, SiteContent } from './site-content.ts';

/**
 * A roadmap's validity on the build's day. An earlier edition (src/site/published-editions.ts) is superseded by the
 * edition in force, which carries the roadmap's id.
 */
export function validityOf(content: SiteContent, entry: RoadmapEntry | RoadmapEdition): RoadmapValidity {
  const supersededBy = 'current' in entry && !entry.current ? entry.roadmapId : undefined;
  return roadmapValidity({ period: entry.data.period, supersededBy }, content.builtAt);
}

/** Roadmaps in force first, the given order kept within each group. */
export function inForceFirstOf(content: SiteContent, list: readonly RoadmapEntry[]): RoadmapEntry[] {
  return inForceFirst(list, (r) => validityOf(content, r));
}

/** The word in lists: «действует», «завершена», «утратила силу» (a word, never a colour alone). */
export function validityBadge(validity: RoadmapValidity): Html {
  return html`<span class="validity validity-${validity.state}">${ui.validity.states[validity.state]}</span>`;
}

/** The line under a roadmap's title. */
export function validityLine(validity: RoadmapValidity, period: { start: string; end: string }): string {
  if (validity.state === 'ended') return ui.validity.line.ended(formatDate(period.end));
  if (validity.state === 'superseded') return ui.validity.line.superseded;
  return ui.validity.line['in-force'](formatDate(period.start), formatDate(period.end));
}
