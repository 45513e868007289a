// Every deadline of every roadmap the site publishes, as one iCalendar file: each roadmap's events as written once
// for its own file, one after another.
import type { APIRoute } from 'astro';
import { siteContent } from '../site/content.ts';
import { icsHeaders, icsOf } from '../site/calendar.ts';
import { ui } from '../ui/strings.ts';

export const GET: APIRoute = async () => {
  const content = await siteContent();
  return new Response(icsOf(content, ui.calendar.icsPortal(content.site.title), content.roadmaps), { headers: icsHeaders });
};
