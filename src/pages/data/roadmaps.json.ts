// Open data: every roadmap after validation, in one file.
import type { APIRoute } from 'astro';
import { siteContent } from '../../site/content.ts';
import { roadmapToOpenData } from '../../open-data/roadmap-json.ts';

export const GET: APIRoute = async () => {
  const content = await siteContent();
  const roadmaps = content.roadmaps.map((entry) => roadmapToOpenData(entry.id, entry.data, content));
  return new Response(JSON.stringify({ roadmaps }, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
