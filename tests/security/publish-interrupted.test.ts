// Putting a new site in place, stopped dead (SIGKILL) at each of its steps: the previous site is never lost. A build
// killed between the two renames leaves no site folder, only the previous site aside; the next build, or
// `karta serve`, puts it back before anything else, and the next complete build replaces it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { publishDirectory, restoreInterrupted, type PublishStep } from '../../src/build/publish.ts';
import { tempDir } from '../support/temp-dir.ts';
import { commandLimitMs } from '../support/content-copy.ts';

const publishModule = new URL('../../src/build/publish.ts', import.meta.url).href;

/** Publishes a new site into `target` in a child process that kills itself at `step`. */
function publishKilledAt(target: string, step: PublishStep) {
  const script = `
    import { writeFileSync } from 'node:fs';
    import { join } from 'node:path';
    const { publishDirectory } = await import(${JSON.stringify(publishModule)});
    await publishDirectory(${JSON.stringify(target)},
      async (staging) => writeFileSync(join(staging, 'index.html'), 'new site'),
      (step) => { if (step === ${JSON.stringify(step)}) process.kill(process.pid, 'SIGKILL'); });`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: commandLimitMs.other,
  });
}

const siteText = (target: string) =>
  existsSync(path.join(target, 'index.html')) ? readFileSync(path.join(target, 'index.html'), 'utf8') : undefined;

for (const step of ['filled', 'previous-aside', 'new-in-place'] as const) {
  test(`killed at «${step}»: a complete site is in place or restored, and the next build publishes`, async () => {
    const target = path.join(tempDir('karta-killed-'), 'dist');
    mkdirSync(target);
    writeFileSync(path.join(target, 'index.html'), 'previous site');
    const run = publishKilledAt(target, step);
    assert.equal(run.signal, 'SIGKILL', run.stderr);

    if (step === 'previous-aside')
      assert.equal(existsSync(target), false, 'the state this protects against: no site in place');
    restoreInterrupted(target);
    assert.equal(siteText(target), step === 'new-in-place' ? 'new site' : 'previous site');

    const { previousRemoved } = await publishDirectory(target, async (staging) =>
      writeFileSync(path.join(staging, 'index.html'), 'next site'),
    );
    await previousRemoved;
    assert.equal(siteText(target), 'next site');
    assert.deepEqual(readdirSync(path.dirname(target)), ['dist'], 'nothing of the killed build is left');
  });
}

test(
  'a build that starts after a kill between the renames restores the previous site ' + 'before it fills its own',
  async () => {
    const target = path.join(tempDir('karta-killed-build-'), 'dist');
    mkdirSync(target);
    writeFileSync(path.join(target, 'index.html'), 'previous site');
    publishKilledAt(target, 'previous-aside');
    await assert.rejects(
      publishDirectory(target, async () => {
        assert.equal(siteText(target), 'previous site', 'restored before the new build works');
        throw new Error('this build fails too');
      }),
      /this build fails too/,
    );
    assert.equal(siteText(target), 'previous site');
  },
);
