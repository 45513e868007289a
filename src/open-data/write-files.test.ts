import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../content-model/load-content.ts';
import { readSiteConfig } from '../content-model/site-config.ts';
import { defaultContentDir } from '../cli/paths.ts';
import { siteContentFrom, type Collections } from '../site/site-content.ts';
import { writeDataFiles, writeDataFilesAside } from './write-files.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

const loaded = loadContent(defaultContentDir);
const entries = <T>(map: Map<string, { id: string; data: T }>) => [...map.values()].map(({ id, data }) => ({ id, data }));
const collections = {
  organizations: entries(loaded.organizations),
  people: entries(loaded.people),
  riskFactors: entries(loaded.riskFactors),
  glossary: entries(loaded.glossary),
  roadmaps: entries(loaded.roadmaps),
} as Collections;
const site = readSiteConfig();

const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();

test('the data files written in a child process are those written here, byte for byte', async () => {
  const here = tempDir('karta-data-here-');
  const aside = tempDir('karta-data-aside-');
  const content = { ...siteContentFrom(collections, site), builtAt: '2026-01-15' };
  writeDataFiles(here, content);
  const seconds = await writeDataFilesAside(aside, collections, site, '2026-01-15').done;
  assert.ok(seconds > 0);
  const written = filesOf(here);
  assert.ok(written.includes(path.join('data', 'roadmaps.json')) && written.some((f) => f.endsWith('.ics')));
  assert.deepEqual(filesOf(aside), written);
  for (const file of written) assert.ok(readFileSync(path.join(aside, file)).equals(readFileSync(path.join(here, file))), file);
});

test('when the files cannot be written, the build learns it', async () => {
  const parent = tempDir('karta-data-fail-');
  const notAFolder = path.join(parent, 'site');
  writeFileSync(notAFolder, 'a file where the site folder should be');
  const writer = writeDataFilesAside(notAFolder, collections, site, '2026-01-15');
  await assert.rejects(writer.done, /^Error: файлы данных не записаны: .*(EEXIST|ENOTDIR)/);
  await writer.stop();
});

test('content that cannot be sent to the process fails the files, not the build process', async () => {
  const folder = tempDir('karta-data-unsendable-');
  const unsendable = { ...collections, glossary: [{ id: 'x', data: { expand() {} } }] } as unknown as Collections;
  const writer = writeDataFilesAside(folder, unsendable, site, '2026-01-15');
  await assert.rejects(writer.done, /^Error: файлы данных не записаны: .*could not be cloned/);
  await writer.stop();
});
