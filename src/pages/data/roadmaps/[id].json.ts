// Open data: one roadmap per file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../site/content.ts';
import { roadmapToOpenData } from '../../../open-data/roadmap-json.ts';
import { roadmapById } from '../../../site/calendar.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const content = await siteContent();
  return content.roadmaps.map((entry) => ({ params: { id: entry.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const content = await siteContent();
  const entry = roadmapById(content, params.id!)!;
  return new Response(JSON.stringify(roadmapToOpenData(entry.id, entry.data, content), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
