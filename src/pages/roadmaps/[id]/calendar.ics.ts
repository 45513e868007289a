// One roadmap's deadlines as an iCalendar file (RFC 5545).
import type { APIRoute, GetStaticPaths } from 'astro';
import { entriesToIcs } from '../../../calendar/index.ts';
import { siteContent } from '../../../site/content.ts';
import { icsHeaders, icsOptions, roadmapEntries } from '../../../site/calendar.ts';
import { ui } from '../../../ui/strings.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const content = await siteContent();
  return content.roadmaps.map((entry) => ({ params: { id: entry.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const content = await siteContent();
  const entry = content.roadmaps.find((r) => r.id === params.id)!;
  return new Response(entriesToIcs(roadmapEntries(content, entry), icsOptions(content, ui.calendar.icsRoadmap(entry.data.title))), { headers: icsHeaders });
};
