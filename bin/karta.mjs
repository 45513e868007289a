#!/usr/bin/env node
// Entry point of the `karta` command. The project's code is TypeScript run directly by Node (type stripping) and
// Astro 7 needs Node ≥ 22.12; on an older Node (these machines ship Node 20) the command re-runs itself with the
// Node that the project installs as a pinned devDependency (npm package `node`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Vite's bundler (rolldown) allocates with mimalloc, which asks the kernel for transparent huge pages for its 1 GiB
// arena: every part it touches then takes 2 MB, and a build held about 200 MB of them for some 15 MB in use. Set
// before any native module is loaded; inherited by the processes the build starts.
process.env.MIMALLOC_ALLOW_THP ??= '0';

// Node keeps the compiled code of the modules (and our TypeScript with its types stripped) between runs: each of
// the processes of a build starts about a third of a second sooner. The folder is the project's cache; the
// processes started from here find it in the environment.
process.env.NODE_COMPILE_CACHE ??= fileURLToPath(new URL('../.karta/cache/node-compile', import.meta.url));
module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);

const [major, minor] = process.versions.node.split('.').map(Number);
const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

const bundled = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
// This process ends by itself, with `process.exitCode`, not by process.exit() (biome.jsonc says why).
if (stripsTypes) {
  await import('../src/cli/main.ts');
} else if (!existsSync(bundled)) {
  console.error(
    `karta: нужен Node.js 22.18 или новее (сейчас ${process.version}); ` +
      'выполните npm install, он установит подходящий Node в node_modules.',
  );
  process.exitCode = 1;
} else {
  const child = spawn(bundled, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // A signal to this process (a service manager stopping `karta serve`, `kill`) is passed on, so that the command
  // that does the work never outlives it; Ctrl+C reaches both from the terminal anyway.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`karta: не удалось запустить ${bundled}: ${error.message}`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    if (code !== null) {
      process.exitCode = code;
      return;
    }
    // Ended by a signal: end the same way (without the handler above in the way).
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}
