// axe-core in a page of the built site, for the rules of WCAG 2.1 A/AA and 2.2 AA: the violations, one line each.
//
// axe-core is loaded into the page's context once, as an init script that every page of the context then has from
// its start, and only the violations are worked out in full and leave the page. A driver that injects axe-core's
// 500 KB at each check and brings back every passing element of every rule spends several times longer than the
// rules themselves.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright';
import type * as Axe from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const withAxe = new WeakSet<BrowserContext>();

export async function axeViolations(page: Page): Promise<string[]> {
  const context = page.context();
  if (!withAxe.has(context)) {
    withAxe.add(context);
    await context.addInitScript({ content: axeSource });
  }
  // A page opened before the context had the script gets it now.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    // `resultTypes`: only the violations are worked out in full (a selector for each element); the passing and
    // incomplete results, which nothing reads, get one element each.
    const results = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return results.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')}`,
    );
  }, tags);
}
