// Accessibility of the built site in real Chromium: axe-core (WCAG 2.1 A/AA and 2.2 AA) on one page of every type,
// and in every colour scheme of the version for the visually impaired. The layout, keyboard and search are in
// site.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from '../support/axe.ts';
import { pageTypes as pages, schemes, servedSite } from '../support/served-site.ts';

const { newContext, open } = servedSite();

describe('axe-core (WCAG 2.1 A/AA, 2.2 AA)', () => {
  test('the check reports violations where there are some: a picture without text, grey on white', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="ru"><title>Проверка</title><main><h1>Проверка</h1>' +
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb">Серый текст</p></main></html>',
    );
    const found = (await axeViolations(page)).map((line) => line.split(':')[0]);
    await context.close();
    assert.deepEqual(found.sort(), ['color-contrast', 'image-alt']);
  });

  test('axe-core finds no violations on any page type', async () => {
    const context = await newContext();
    const page = await context.newPage();
    for (const [name, sitePath] of Object.entries(pages)) {
      await open(page, sitePath);
      assert.deepEqual(await axeViolations(page), [], name);
    }
    await context.close();
  });

  for (const scheme of schemes) {
    test(`axe-core finds no violations in the version for the visually impaired, colour scheme ${scheme}`, async () => {
      const context = await newContext({}, { on: true, scheme, font: '2', images: 'off', spacing: 'wide' });
      const page = await context.newPage();
      for (const [name, sitePath] of Object.entries(pages)) {
        // Same components as the other roadmap and calendar pages, and several times slower.
        if (name === 'roadmap (largest)' || name === 'calendar (portal)') continue;
        await open(page, sitePath);
        assert.equal(await page.getAttribute('html', 'data-scheme'), scheme);
        assert.deepEqual(await axeViolations(page), [], `${name} in ${scheme}`);
      }
      await context.close();
    });
  }
});
