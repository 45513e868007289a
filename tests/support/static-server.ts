// Serves a built site over HTTP on localhost, as a static host would: files by path, `index.html` for folders,
// 404.html for anything else, the site under its base path (e.g. /shnor/).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar; charset=utf-8',
};

export interface StaticSite {
  origin: string;
  /** Absolute URL of a path inside the site (base included). */
  url(sitePath?: string): string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const candidate = path.join(root, pathname.slice(base.length));
      if (candidate.startsWith(root)) {
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
      }
    }
    if (!file) {
      response.writeHead(404, { 'Content-Type': types['.html']! });
      response.end(readFileSync(path.join(root, '404.html')));
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (sitePath = '') => origin + base + sitePath.replace(/^\//, ''),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
