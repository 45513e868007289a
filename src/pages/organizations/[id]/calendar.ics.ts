// An organisation's deadlines as an iCalendar file: its own roadmaps and those of every level above it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { entriesToIcs } from '../../../calendar/index.ts';
import { roadmapsFor } from '../../../content-model/organization-tree.ts';
import { siteContent } from '../../../site/content.ts';
import { entriesOfRoadmaps, icsHeaders, icsOptions } from '../../../site/calendar.ts';
import { ui } from '../../../ui/strings.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const content = await siteContent();
  return [...content.published].map((id) => ({ params: { id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const content = await siteContent();
  const id = params.id!;
  const org = content.organizations.get(id)!;
  const entries = entriesOfRoadmaps(content, roadmapsFor(id, content.organizations, content.roadmaps));
  return new Response(entriesToIcs(entries, icsOptions(content, ui.calendar.icsOrganization(org.shortName ?? org.name))), { headers: icsHeaders });
};
