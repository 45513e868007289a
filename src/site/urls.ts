// Links that keep working when the site is served from a subfolder (Astro's `base`).
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function href(path: string): string {
  return base + path.replace(/^\//, '');
}

export const urls = {
  home: () => href(''),
  roadmaps: () => href('roadmaps/'),
  roadmap: (id: string) => href(`roadmaps/${id}/`),
  organization: (id: string) => href(`organizations/${id}/`),
  glossary: () => href('glossary/'),
  search: () => href('search/'),
  openData: () => href('data/roadmaps.json'),
  roadmapData: (id: string) => href(`data/roadmaps/${id}.json`),
  calendar: (month?: string) => href(`calendar/${month ? `#m-${month}` : ''}`),
  organizationCalendar: (id: string) => href(`organizations/${id}/calendar/`),
  portalIcs: () => href('calendar.ics'),
  organizationIcs: (id: string) => href(`organizations/${id}/calendar.ics`),
  roadmapIcs: (id: string) => href(`roadmaps/${id}/calendar.ics`),
  item: (roadmapId: string, anchor: string) => href(`roadmaps/${roadmapId}/#${anchor}`),
};
