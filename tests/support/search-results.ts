// The search page's results as a visitor gets all of them: «Показать ещё» pressed until it goes.
import type { Page } from 'playwright';

/**
 * Shows every result of the search on the page. After each press it waits for the whole next five and the list no
 * longer busy: while they come, «Показать ещё» is still there (disabled), and pressing it again then would wait for
 * a button that goes once they were the last.
 */
export async function showEveryResult(page: Page): Promise<void> {
  while (await page.locator('#search-more:not([hidden])').count()) {
    const shown = await page.locator('#search-results > li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('#search-results > li').length > n &&
        !document.getElementById('search-results')!.hasAttribute('aria-busy'),
      shown,
    );
  }
}
