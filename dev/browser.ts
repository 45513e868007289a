// Real Chromium for browser tests and the benchmark: the one `karta build` prints PDFs with (Debian's headless shell,
// else its browser; Playwright cannot download its own browsers here), otherwise Playwright's own browser.
import { chromium, type Browser } from 'playwright';
import { systemChromium } from '../src/build/chromium-path.ts';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: systemChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
