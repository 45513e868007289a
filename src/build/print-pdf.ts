// Printing roadmap pages to tagged PDF with Chromium (playwright-core drives it): the page as the print stylesheet
// lays it out, A4 (landscape for wide tables), with a structure tree (headings, lists, tables with their header
// cells; the header row repeated on every page), the document's language from the page (ru), its title in the
// metadata and shown as the window's title, and an outline of its headings. What is not the approved document —
// execution and its column, which change with the day — is left out, by a stylesheet of the printer's own.
import { existsSync } from 'node:fs';
import { serveStatic } from './static-server.ts';
import { pdfDisabled, type PdfPrinter } from './make-documents.ts';
import { systemChromium } from './chromium-path.ts';

/**
 * Not the document: execution as of the build's day (a summary, a column of the tables). Headings may end a page: a
 * heading Chromium moves to the next page to keep it with what follows gets its text twice in the PDF's outline.
 */
const documentOnly = `
.execution-summary, .no-print { display: none !important; }
h2, h3, h4 { break-after: auto !important; }
td[data-label^="Выполнение"] { display: none !important; }
table:has(td[data-label^="Выполнение"]) > thead > tr > th:last-child { display: none !important; }
`;

/** The Chromium to print with: `browser` when given, else the first found. */
function findChromium(browser: string | undefined, playwrightOwn: () => string): string | undefined {
  if (browser !== undefined) return existsSync(browser) ? browser : undefined;
  const found = systemChromium();
  if (found) return found;
  try {
    const own = playwrightOwn();
    return own && existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

/** A printer of the site in `siteDir` served under `base`, or why there is none. */
export async function startChromiumPrinter(
  siteDir: string,
  base: string,
  browser: string | undefined,
): Promise<PdfPrinter | { unavailable: string }> {
  // «none» is answered before playwright-core is loaded (half a second).
  if (browser === 'none') return { unavailable: pdfDisabled };
  const { chromium } = await import('playwright-core');
  const executablePath = findChromium(browser, () => chromium.executablePath());
  if (!executablePath) {
    return { unavailable: browser ? `браузера ${browser} нет` : 'не найден браузер Chromium' };
  }
  let launched: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    launched = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
      ],
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { unavailable: `Chromium (${executablePath}) не запустился: ${message}` };
  }
  const browserProcess = launched;
  const site = await serveStatic(siteDir, base);
  // Pages only from the site itself: nothing else is fetched while printing.
  // The page's security policy allows no inline style: the printer's own stylesheet goes in past it.
  const context = await browserProcess.newContext({ bypassCSP: true });
  await context.route(
    (url) => !url.href.startsWith(site.origin),
    (route) => route.abort(),
  );
  // Tabs are reused, one per print at a time: opening a tab costs about as much as laying out a small page.
  const idle: Awaited<ReturnType<typeof context.newPage>>[] = [];
  return {
    async print(page, title, landscape) {
      const tab = idle.pop() ?? (await context.newPage());
      let reusable = false;
      try {
        await tab.goto(site.url(page), { waitUntil: 'load' });
        await tab.emulateMedia({ media: 'print' });
        await tab.addStyleTag({ content: documentOnly });
        // The document's own title in the PDF's metadata, not the site's «… — Дорожные карты ШНОР». The first
        // heading printed («ПРИКАЗ», or the roadmap's title when there is no order's text) is the PDF's H1: the
        // page's own h1 is not printed, and a screen reader's list of headings starts at an H1.
        await tab.evaluate((t) => {
          document.title = t;
          const first = [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')].find((h) =>
            h.checkVisibility(),
          );
          if (!first || first.tagName === 'H1') return;
          const h1 = document.createElement('h1');
          for (const { name, value } of first.attributes) h1.setAttribute(name, value);
          h1.append(...first.childNodes);
          first.replaceWith(h1);
        }, title);
        const pdf = await tab.pdf({
          format: 'A4',
          landscape,
          tagged: true,
          outline: true,
          printBackground: true,
          margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
        });
        reusable = true;
        return pdf;
      } finally {
        // A tab that failed is closed rather than trusted with the next page.
        if (reusable) idle.push(tab);
        else await tab.close().catch(() => {});
      }
    },
    async close() {
      await context.close().catch(() => {});
      await browserProcess.close().catch(() => {});
      await site.close();
    },
  };
}
