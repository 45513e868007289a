// Abbreviations of the site's glossary (known bodies and terms), read without validating the whole content: they
// help to split «ЦОКО ИРО КК» into two responsible bodies and to mend «У ОН» into «УОН».
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export function glossaryAbbreviations(contentDir: string): string[] {
  const folder = path.join(contentDir, 'glossary');
  if (!existsSync(folder)) return [];
  const out: string[] = [];
  for (const name of readdirSync(folder)) {
    if (!/\.ya?ml$/.test(name)) continue;
    try {
      const entry = parse(readFileSync(path.join(folder, name), 'utf8')) as { abbr?: unknown } | null;
      if (typeof entry?.abbr === 'string' && entry.abbr.trim()) out.push(entry.abbr.trim());
    } catch {
      // A broken glossary file is `karta check`'s business; the import goes on without it.
    }
  }
  return out;
}
