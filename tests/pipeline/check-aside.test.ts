import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/content-model/load-content.ts';
import { readSiteConfig } from '../../src/content-model/site-config.ts';
import { defaultContentDir } from '../../src/build/paths.ts';
import { siteContentFrom, type Collections } from '../../src/site/site-content.ts';
import { writeDataFiles } from '../../src/build/write-data-files.ts';
import { checkAndWriteDataFilesAside } from '../../src/build/check-aside.ts';
import { copyContent, edit } from '../support/content-copy.ts';
import { tempDir } from '../support/temp-dir.ts';

const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();

test(
  'the child process sends the checked content, then writes the data files as they are written here, ' +
    'byte for byte',
  async () => {
    const aside = tempDir('karta-aside-');
    const writer = checkAndWriteDataFilesAside(
      { contentDir: defaultContentDir, overrides: {}, builtAt: '2026-01-15' },
      aside,
      { documents: true, documentsCache: tempDir('karta-documents-') },
    );
    const checked = await writer.checked;
    assert.ok(checked, 'the real content passes');
    const loaded = loadContent(defaultContentDir);
    assert.deepEqual(checked.collections.roadmaps.map((r) => r.id).sort(), [...loaded.roadmaps.keys()].sort());
    const mdx = checked.collections.roadmaps.find((r) => r.file.endsWith('.mdx'));
    assert.ok(mdx?.body?.includes('ПРИКАЗ'), 'MDX roadmaps come with their file and body');
    assert.deepEqual(checked.site, readSiteConfig(defaultContentDir));
    assert.ok(writer.checkSeconds() > 0);
    assert.ok((await writer.dataFiles).seconds > 0);

    const here = tempDir('karta-here-');
    writeDataFiles(
      here,
      siteContentFrom(checked.collections as Collections, checked.site, '2026-01-15'),
      checked.attachments,
    );
    const written = filesOf(here);
    assert.ok(written.includes(path.join('data', 'roadmaps.json')) && written.some((f) => f.endsWith('.ics')));
    // And the Word and Excel copies of every roadmap, made with the data files (src/build/make-documents.ts).
    const documents = filesOf(aside).filter((f) => /\.(docx|xlsx)$/.test(f));
    assert.equal(
      documents.length,
      2 * checked.collections.roadmaps.filter((r) => !(r.data as { amends?: string }).amends).length,
    );
    assert.deepEqual(
      filesOf(aside).filter((f) => !documents.includes(f)),
      written,
    );
    for (const file of written)
      assert.ok(readFileSync(path.join(aside, file)).equals(readFileSync(path.join(here, file))), file);
  },
);

test('content with errors: nothing is sent and no data file is written', async () => {
  const content = copyContent();
  edit(content, 'organizations/sochi-cro.yaml', 'kind: agency', 'kind: agency\ncolour: red');
  const site = tempDir('karta-aside-errors-');
  const writer = checkAndWriteDataFilesAside({ contentDir: content, overrides: {}, builtAt: '2026-01-15' }, site, {
    documents: true,
    documentsCache: tempDir('karta-documents-'),
  });
  assert.equal(await writer.checked, undefined);
  await assert.rejects(writer.dataFiles, /файлы данных не записаны/);
  assert.deepEqual(readdirSync(site), []);
});

test('when the files cannot be written, the build learns why', async () => {
  const parent = tempDir('karta-aside-fail-');
  const notAFolder = path.join(parent, 'site');
  writeFileSync(notAFolder, 'a file where the site folder should be');
  const writer = checkAndWriteDataFilesAside(
    { contentDir: defaultContentDir, overrides: {}, builtAt: '2026-01-15' },
    notAFolder,
    { documents: true, documentsCache: tempDir('karta-documents-') },
  );
  assert.ok(await writer.checked);
  await assert.rejects(writer.dataFiles, /^Error: файлы данных не записаны: .*(EEXIST|ENOTDIR)/);
  await writer.stop();
});

test('a check process that ends before sending the content fails the check, not silently', async () => {
  const writer = checkAndWriteDataFilesAside(
    { contentDir: defaultContentDir, overrides: {}, builtAt: '2026-01-15' },
    tempDir('karta-aside-killed-'),
    { documents: true, documentsCache: tempDir('karta-documents-') },
  );
  await writer.stop();
  await assert.rejects(writer.checked, /^Error: содержимое не проверено/);
});
