// An organisation's deadlines as an iCalendar file: its own roadmaps and those of every level above it (each
// roadmap's events written once per build and shared by every file it is part of).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../site/content.ts';
import { icsHeaders, icsOf, roadmapsOf } from '../../../site/calendar.ts';
import { ui } from '../../../ui/strings.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const content = await siteContent();
  return [...content.published].map((id) => ({ params: { id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const content = await siteContent();
  const id = params.id!;
  const org = content.organizations.get(id)!;
  return new Response(icsOf(content, ui.calendar.icsOrganization(org.shortName ?? org.name), roadmapsOf(content, id)), { headers: icsHeaders });
};
