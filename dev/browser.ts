// Real Chromium for browser tests: Debian's /usr/bin/chromium when present (Playwright cannot download its own
// browsers here), otherwise Playwright's own browser.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright';

export async function launchChromium(): Promise<Browser> {
  const system = '/usr/bin/chromium';
  return chromium.launch({
    executablePath: existsSync(system) ? system : undefined,
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
