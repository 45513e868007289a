// Where a calendar event links to: the item on its roadmap page. With the site's public address (site.yaml `url`)
// the link is absolute, so calendar apps can open it; without it, a path from the site's root (base included),
// which works when the .ics file is opened from the site itself. Pure.

/** `base`: the site's folder («/», «/shnor/»); `siteUrl`: its public address, if known. */
export function itemUrlFor(base: string, siteUrl?: string): (roadmapId: string, anchor: string) => string {
  const folder = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return (roadmapId, anchor) => {
    const path = `${folder}roadmaps/${encodeURIComponent(roadmapId)}/#${encodeURIComponent(anchor)}`;
    return siteUrl ? new URL(path, siteUrl).href : path;
  };
}
