// The parallel build (src/build/astro-integration.ts) relies on three things of Astro's that are not its documented
// API. Should an upgrade of Astro change one, this test says which, and the build still works but slower (it
// falls back by itself: pages read back, the index written at the end) — or use `karta build --plain`, which relies
// on none of them. Look at each of these when Astro is upgraded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const astro = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const read = (file: string) => readFileSync(path.join(astro, file), 'utf8');
const version = (JSON.parse(read('package.json')) as { version: string }).version;

test('Astro lets an integration wrap its prerenderer (astro:build:start gives setPrerenderer)', () => {
  assert.match(
    read('dist/types/public/integrations.d.ts'),
    new RegExp(
      String.raw`'astro:build:start': \(options: \{[^}]*setPrerenderer: \(prerenderer: AstroPrerenderer \| ` +
        String.raw`\(\(defaultPrerenderer: AstroPrerenderer\) => AstroPrerenderer\)\) => void;`,
    ),
    `Astro ${version}: the hook astro:build:start no longer gives setPrerenderer as the parallel build uses it ` +
      '(src/build/astro-integration.ts, kartaBuild)',
  );
  const prerenderer =
    /interface AstroPrerenderer \{[\s\S]*?\n\}/.exec(read('dist/types/public/integrations.d.ts'))?.[0] ?? '';
  for (const member of ['setup', 'teardown', 'getStaticPaths', 'render']) {
    assert.match(
      prerenderer,
      new RegExp(`\\b${member}\\??[:(]`),
      `Astro ${version}: AstroPrerenderer has no ${member} (src/build/astro-integration.ts wraps it)`,
    );
  }
});

test(
  'Astro renders a page into bytes of its own and makes its response of them ' +
    '(pages written from those bytes, then released)',
  () => {
    const page = read('dist/runtime/server/render/page.js');
    assert.match(
      page,
      /const bytes = encoder\.encode\(str\);/,
      `Astro ${version}: a page is no longer encoded into bytes of its own ` +
        '(releaseBytes in src/build/release-bytes.ts may not free them)',
    );
    assert.match(
      page,
      /return new Response\(bytes, \{/,
      `Astro ${version}: a page's response is no longer made of its bytes ` +
        '(keepRenderedBytes in src/build/astro-integration.ts)',
    );
  },
);
