// `karta serve`: shows the built site on this machine, under the subfolder it was built for (the build records it
// in the site folder, src/build/build-record.ts), with a message in Russian. The browser is not opened: the command
// often runs where there is no screen.
import { displayPath } from '../content-model/content-files.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultOutDir } from '../build/paths.ts';
import { readBuildRecord } from '../build/build-record.ts';
import { serveStatic, type StaticSite } from '../build/static-server.ts';

const defaultPort = 4321;

export async function runServe(options: { outDir?: string; port?: string }): Promise<number> {
  const root = path.resolve(options.outDir ?? defaultOutDir);
  const shown = displayPath(root);
  const asked = options.port === undefined ? undefined : Number(options.port);
  if (asked !== undefined && !(Number.isInteger(asked) && asked >= 1 && asked <= 65535)) {
    console.error(
      `karta serve: --port «${options.port}» — не номер порта: нужно целое число от 1 до 65535, например --port 8080`,
    );
    return 1;
  }
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(
      `karta serve: в папке «${shown}» нет собранного сайта: ` +
        `сначала соберите его (npm run build или karta build --out ${shown})`,
    );
    return 1;
  }
  const base = readBuildRecord(root)?.base ?? '/';
  let site: StaticSite | undefined;
  // A port asked for is that port or nothing; the default one gives way to the next free one, and says so.
  for (let port = asked ?? defaultPort; !site && port < (asked ?? defaultPort) + (asked ? 1 : 20); port++) {
    try {
      site = await serveStatic(root, base, { port });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') {
        console.error(
          `karta serve: порт ${port} не открыть (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        );
        return 1;
      }
      if (asked) {
        console.error(`karta serve: порт ${port} занят другой программой: укажите другой, например --port ${port + 1}`);
        return 1;
      }
      console.log(`Порт ${port} занят, пробую ${port + 1}.`);
    }
  }
  if (!site) {
    console.error(
      `karta serve: порты ${defaultPort}–${defaultPort + 19} заняты: укажите свободный, например --port 8080`,
    );
    return 1;
  }
  console.log(
    `Сайт из папки «${shown}» открыт по адресу ${site.url()}\n` +
      'Откройте этот адрес в браузере (сам браузер не запускается). Остановить — Ctrl+C.',
  );
  const opened = site;
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve());
  });
  await opened.close();
  return 0;
}
