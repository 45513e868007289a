// The project's shared site served on 127.0.0.1, and Chromium: what the browser tests of the site's pages open them
// with. The site is built as of a day inside the seeds' periods, so that the home page and calendars have a current
// month with items, and the example school's report has items of every state.
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright';
import { launchChromium } from '../../dev/browser.ts';
import { serveStatic, type StaticSite } from '../../src/build/static-server.ts';
import { sharedSite } from './built-site.ts';

/** One page of every type. */
export const pageTypes = {
  home: '',
  roadmaps: 'roadmaps/',
  'roadmap (largest)': 'roadmaps/krasnodar-krai-2023/',
  'roadmap (control points, specialists)': 'roadmaps/georgievsk-2023-2024/',
  'roadmap (audit, editions, signed original)': 'roadmaps/belorechensk-2023-2024/',
  'edition (no longer in force)': 'roadmaps/belorechensk-2023-2024/editions/2023-04-18/',
  'what an edition changed': 'roadmaps/belorechensk-2023-2024/changes/2023-09-15/',
  organization: 'organizations/apsheronsk-sosh-7/',
  municipality: 'organizations/sochi/',
  'calendar (portal)': 'calendar/',
  'calendar (organisation)': 'organizations/georgievsk-sosh-18/calendar/',
  glossary: 'glossary/',
  'roadmap (execution reported)': 'roadmaps/sochi-example-school-2023/',
  'organization (execution)': 'organizations/sochi-example-school/',
  'monitoring (municipality)': 'organizations/sochi/monitoring/',
  'monitoring (region)': 'organizations/krasnodar-krai/monitoring/',
  organizations: 'organizations/',
  'school roadmaps of a municipality': 'organizations/sochi/roadmaps/',
  'open data': 'open-data/',
  search: 'search/?q=стажировки',
  '404': 'no-such-page/',
};

/** The colour schemes of the version for the visually impaired. */
export const schemes = ['bw', 'wb', 'blue', 'brown'] as const;

/** Waits until the search page has shown every document of its latest search. */
export async function searchShown(page: Page) {
  await page.locator('#search-results li').first().waitFor();
  await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
}

/** Serves the shared site and starts Chromium before the test file's tests, and closes both after them. */
export function servedSite() {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  before(async () => {
    site = await serveStatic(sharedSite('2023-11-20'));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    /** The site's address of a path within it. */
    url: (sitePath: string) => site!.url(sitePath),
    origin: () => site!.origin,
    /** A new context; `a11y`: settings of the version for the visually impaired, kept as the site keeps them. */
    async newContext(
      options: Parameters<Browser['newContext']>[0] = {},
      a11y?: Record<string, string | boolean>,
    ): Promise<BrowserContext> {
      const context = await browser!.newContext(options);
      if (a11y)
        await context.addInitScript((settings) => localStorage.setItem('karta-a11y', JSON.stringify(settings)), a11y);
      return context;
    },
    /** Opens a page of the site; a search page once it has shown its results. */
    async open(page: Page, sitePath: string) {
      await page.goto(site!.url(sitePath), { waitUntil: 'load' });
      if (sitePath.startsWith('search/')) await searchShown(page);
    },
  };
}
