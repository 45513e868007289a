import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveStatic } from './static-server.ts';

/** A folder with a site's files: path → text. */
function site(dir: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

test('a site rebuilt while served is served as rebuilt: new pages found, a longer page sent whole', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'karta-serve-'));
  const dist = site(path.join(root, 'dist'), { 'index.html': 'первая сборка', '404.html': 'нет такой страницы' });
  const served = await serveStatic(dist, '/shnor/');
  try {
    assert.equal(await (await fetch(served.url(''))).text(), 'первая сборка');
    // As `karta build` puts a new site in place: the previous folder aside, the new one renamed into its place.
    const rebuilt = 'вторая сборка, длиннее первой: '.repeat(50);
    site(path.join(root, 'staging'), { 'index.html': rebuilt, 'roadmaps/new/index.html': 'новая карта' });
    renameSync(dist, path.join(root, 'previous'));
    renameSync(path.join(root, 'staging'), dist);
    assert.equal(await (await fetch(served.url(''))).text(), rebuilt);
    const added = await fetch(served.url('roadmaps/new/'));
    assert.equal(added.status, 200);
    assert.equal(await added.text(), 'новая карта');
  } finally {
    await served.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('hidden files and paths outside the site are never served', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'karta-serve-'));
  const dist = site(path.join(root, 'dist'), {
    'index.html': 'сайт',
    '.env': 'SECRET=1',
    '.git/config': '[core]',
    'roadmaps/.draft.html': 'черновик',
  });
  writeFileSync(path.join(root, 'outside.txt'), 'вне сайта');
  const served = await serveStatic(dist, '/');
  try {
    for (const hidden of [
      '.env',
      '.git/config',
      'roadmaps/.draft.html',
      'roadmaps/.draft',
      '%2eenv',
      '../outside.txt',
    ]) {
      const response = await fetch(`${served.origin}/${hidden}`);
      assert.equal(response.status, 404, hidden);
      assert.doesNotMatch(await response.text(), /SECRET|core|черновик|вне сайта/, hidden);
    }
    assert.equal(await (await fetch(served.url(''))).text(), 'сайт');
  } finally {
    await served.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a file that fails as it is sent (removed by a rebuild) ends that answer; the server runs on', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'karta-serve-'));
  const dist = site(path.join(root, 'dist'), { 'index.html': 'сайт' });
  // Found and measured like any file, but reading it fails (EIO): as a file removed between the two.
  symlinkSync('/proc/self/mem', path.join(dist, 'failing.html'));
  const served = await serveStatic(dist, '/');
  try {
    await assert.rejects(async () => (await fetch(served.url('failing.html'))).text());
    assert.equal(await (await fetch(served.url(''))).text(), 'сайт');
  } finally {
    await served.close();
    rmSync(root, { recursive: true, force: true });
  }
});
