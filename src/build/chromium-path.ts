// The Chromium a system's package has installed: `karta build` prints the roadmaps' PDFs with it, and the browser
// tests and the benchmark (dev/browser.ts) run in it, so that they see pages as the printer does.
import { existsSync } from 'node:fs';

/**
 * Where Chromium may be: Debian's headless shell first (Chromium without its windows: it starts and opens pages in
 * about half the time the whole browser takes), Debian's and Ubuntu's browsers, Google's; without any, the callers
 * take Playwright's own download. The PDFs of the shell and the browser differ only in their Creator (the browser's
 * user agent, or «Chromium»).
 */
const candidates = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The first Chromium installed where a system's package puts it, if any. */
export function systemChromium(): string | undefined {
  return candidates.find((c) => existsSync(c));
}
