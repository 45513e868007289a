// The child processes of `karta build` (the rendering, the check, the data files): Node modules of this folder,
// talking to their parent by messages.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Starts the module `file` (a URL, usually `new URL('../cli/x.ts', import.meta.url)`) with Node's options of this
 * process but not a debugger's (its port is this one's), and `options` of its own. `closed` settles when it has
 * ended, also when it could not start; `failure` is what went wrong on the way, if anything.
 */
export function startChild(file: URL, options: string[] = []) {
  const forked = fork(fileURLToPath(file), {
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: [...process.execArgv.filter((option) => !option.startsWith('--inspect')), ...options],
  });
  let failure = '';
  const fail = (message: string) => void (failure ||= message);
  forked.on('error', (error) => fail(error.message));
  // 'close' comes after the last message, and also when the process could not be started ('exit' does not then).
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    forked.once('close', (code, signal) => resolve({ code, signal })),
  );
  const stop = () => {
    if (forked.exitCode === null && forked.signalCode === null) forked.kill();
  };
  const send = (message: unknown) => {
    try {
      forked.send(message as never);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      stop();
    }
  };
  return { process: forked, closed, failure: () => failure, fail, send, stop };
}
