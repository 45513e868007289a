// One roadmap's deadlines as an iCalendar file (RFC 5545).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../site/content.ts';
import { icsHeaders, icsOf, roadmapById } from '../../../site/calendar.ts';
import { ui } from '../../../ui/strings.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const content = await siteContent();
  return content.roadmaps.map((entry) => ({ params: { id: entry.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const content = await siteContent();
  const entry = roadmapById(content, params.id!)!;
  return new Response(icsOf(content, ui.calendar.icsRoadmap(entry.data.title), [entry]), { headers: icsHeaders });
};
