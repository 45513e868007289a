// Every deadline of every roadmap the site publishes, as one iCalendar file.
import type { APIRoute } from 'astro';
import { entriesToIcs } from '../calendar/index.ts';
import { siteContent } from '../site/content.ts';
import { entriesOfRoadmaps, icsHeaders, icsOptions } from '../site/calendar.ts';
import { ui } from '../ui/strings.ts';

export const GET: APIRoute = async () => {
  const content = await siteContent();
  const entries = entriesOfRoadmaps(content, content.roadmaps);
  return new Response(entriesToIcs(entries, icsOptions(content, ui.calendar.icsPortal(content.site.title))), { headers: icsHeaders });
};
