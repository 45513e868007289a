// `karta serve`: show the built site on localhost (Astro's preview server, which knows the site's base path).
import path from 'node:path';
import { defaultOutDir, projectRoot } from './paths.ts';

export async function runServe(options: { outDir?: string; port?: number }): Promise<number> {
  const { preview } = await import('astro');
  const server = await preview({
    root: projectRoot,
    outDir: path.resolve(options.outDir ?? defaultOutDir),
    server: { port: options.port ?? 4321, host: '127.0.0.1' },
    logLevel: 'info',
  });
  await server.closed();
  return 0;
}
