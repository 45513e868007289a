// The demo's content as its pages get it, for the tests of what is made of it (no build, no Astro).
import { loadContent } from '../../src/content-model/load-content.ts';
import { readSiteConfig, type SiteOverrides } from '../../src/content-model/site-config.ts';
import { siteContentFrom, type SiteContent } from '../../src/site/site-content.ts';
import { realContent } from './content-copy.ts';

/**
 * The content of src/content, checked and made into what the site publishes as of `builtAt` (with `overrides` of
 * site.yaml, as `karta build --home` gives them).
 */
export function realSiteContent(builtAt: string, overrides: SiteOverrides = {}): SiteContent {
  const loaded = loadContent(realContent);
  return siteContentFrom(
    {
      organizations: [...loaded.organizations.values()],
      people: [...loaded.people.values()],
      riskFactors: [...loaded.riskFactors.values()],
      glossary: [...loaded.glossary.values()],
      roadmaps: [...loaded.roadmaps.values()],
      reports: [...loaded.reports.values()],
    },
    readSiteConfig(realContent, overrides),
    builtAt,
  );
}
