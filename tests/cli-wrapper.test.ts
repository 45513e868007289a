// `bin/karta.mjs` as a user starts it: with the Node of the machine (Node 20 here, which re-runs the command with
// the Node the project installs), not with the Node the tests run under.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { commandLimitMs, projectRoot } from './support/content-copy.ts';
import { tempDir } from './support/temp-dir.ts';

/** The machine's own `node`: the first on PATH outside the project's node_modules (npm puts that one first). */
function machineNode(): string {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => dir && !dir.includes('node_modules'));
  const found = spawnSync('sh', ['-c', 'command -v node'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: dirs.join(path.delimiter) },
  });
  return found.stdout.trim() || process.execPath;
}

const node = machineNode();
const karta = path.join(projectRoot, 'bin', 'karta.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

test('the command passes on its exit code, whichever Node starts it', () => {
  const understood = spawnSync(node, [karta, 'deadline', 'ежеквартально', '--period', '2023-01-01:2023-12-31'], {
    encoding: 'utf8',
    timeout: commandLimitMs.other,
  });
  assert.equal(understood.status, 0, understood.stderr);
  assert.equal(JSON.parse(understood.stdout).kind, 'recurrence');
  const wrong = spawnSync(node, [karta, 'check', '--content', path.join(tempDir('karta-wrapper-'), 'missing')], {
    encoding: 'utf8',
    timeout: commandLimitMs.other,
  });
  assert.equal(wrong.status, 1, wrong.stdout + wrong.stderr);
});

test('karta serve stops when its process is told to stop, and nothing keeps serving', async () => {
  const site = tempDir('karta-wrapper-');
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Проба</title>');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(node, [karta, 'serve', '--out', site, '--port', String(port)], {
    stdio: 'ignore',
    timeout: commandLimitMs.other,
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    server.once('exit', (code, signal) => resolve({ code, signal })),
  );
  try {
    let up = false;
    for (let tries = 0; tries < 150 && !up; tries++) {
      up = await answers(url);
      if (!up) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(up, `karta serve did not answer at ${url}`);
    server.kill('SIGTERM');
    const { code, signal } = await ended;
    assert.ok(signal === 'SIGTERM' || code === 0 || code === 143, `ended with ${code ?? signal}`);
    // The server that did the work (under the project's Node, when the machine's is older) has gone with it.
    let stillUp = true;
    for (let tries = 0; tries < 50 && stillUp; tries++) {
      stillUp = await answers(url);
      if (stillUp) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(stillUp, false, `${url} still answers after karta serve was stopped`);
  } finally {
    server.kill('SIGKILL');
  }
});
