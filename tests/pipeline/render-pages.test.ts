import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPagesAside } from '../../src/build/render-pages.ts';
import { copyContent, edit } from '../support/content-copy.ts';
import { tempDir } from '../support/temp-dir.ts';
import { takeBuildTurn } from '../support/build-turn.ts';

// The rendering process builds with Astro in the project's working folder, as a build does: one at a time.
let giveBack = () => {};
before(() => {
  giveBack = takeBuildTurn();
});
after(() => giveBack());

test('content with errors: the rendering process says the build is refused, and nothing is written', async () => {
  const content = copyContent();
  edit(content, 'organizations/sochi-cro.yaml', 'kind: agency', 'kind: agency\ncolour: red');
  const site = tempDir('karta-pages-refused-');
  const searched: string[] = [];
  const aside = renderPagesAside(
    {
      contentDir: content,
      siteDir: site,
      overrides: {},
      builtAt: '2026-01-15',
      verbose: false,
      documents: true,
      documentsCache: tempDir('karta-documents-'),
    },
    (files) => searched.push(...files),
  );
  // What the process said, as it said it, and how it ended.
  assert.equal((await aside.reported).kind, 'rejected');
  const outcome = await aside.ended;
  assert.equal(outcome.kind, 'rejected');
  assert.deepEqual(searched, []);
  assert.deepEqual(readdirSync(site), []);
});

test('a site folder that cannot be written: the failure comes back with its cause', async () => {
  const parent = tempDir('karta-pages-fail-');
  const notAFolder = path.join(parent, 'site');
  writeFileSync(notAFolder, 'a file where the site folder should be');
  const outcome = await renderPagesAside(
    {
      contentDir: copyContent(),
      siteDir: notAFolder,
      overrides: {},
      builtAt: '2026-01-15',
      verbose: false,
      documents: true,
      documentsCache: tempDir('karta-documents-'),
    },
    () => {},
  ).ended;
  assert.equal(outcome.kind, 'failed');
  assert.match(outcome.kind === 'failed' ? outcome.error : '', /EEXIST|ENOTDIR|not a directory|file already exists/i);
});

test('a rendering process that ends without a word fails the build, not silently', async () => {
  const pages = renderPagesAside(
    {
      contentDir: copyContent(),
      siteDir: tempDir('karta-pages-killed-'),
      overrides: {},
      builtAt: '2026-01-15',
      verbose: false,
      documents: true,
      documentsCache: tempDir('karta-documents-'),
    },
    () => {},
  );
  await pages.stop();
  const outcome = await pages.ended;
  assert.equal(outcome.kind, 'failed');
  // Without a word, what it said is how it ended: the build does not wait for a report that never comes.
  assert.deepEqual(await pages.reported, outcome);
  assert.match(
    outcome.kind === 'failed' ? outcome.error : '',
    /^страницы не собраны: процесс сборки страниц завершился/,
  );
});
