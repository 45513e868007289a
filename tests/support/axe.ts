// axe-core in a page of the built site, for the rules of WCAG 2.1 A/AA and 2.2 AA: the violations, one line each.
import type { Page } from 'playwright';
import { AxeBuilder } from '@axe-core/playwright';

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    // axe.run in the page itself. Otherwise each frame's partial results, every element of every rule, are sent out
    // and finished in a blank page opened for it: several times slower on a roadmap, and the pages have no frames.
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('; ')}`,
  );
}
