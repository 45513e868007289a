// A built site served over HTTP on this machine, as a static host serves it: files by path (sirv, the file server
// Vite's own preview uses), `index.html` for folders, 404.html with status 404 for anything else, hidden files
// never, the site under its base path (/shnor/) — for `karta serve` and for the tests that open the site in a browser.
// Each file is looked up when it is asked for (sirv's `dev`), not listed once at the start: a site rebuilt while it is
// served is served as rebuilt, its new pages found and a changed page sent whole.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
  origin: string;
  port: number;
  /** Absolute URL of a path inside the site (base included). */
  url(sitePath?: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 for any free port. */
  port?: number;
  /** Headers sent with every response (e.g. CORS for a site whose search another site merges). */
  headers?: Record<string, string>;
}

export async function serveStatic(root: string, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  const files = sirv(root, { dev: true, etag: true, extensions: ['html'] });
  const notFound = (response: ServerResponse) => {
    let page: Buffer | string = 'Not found';
    try {
      page = readFileSync(path.join(root, '404.html'));
    } catch {
      // a folder without the site's 404 page: plain text
    }
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  };
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    if (`${pathname}/` === base) {
      response.writeHead(301, { Location: base });
      response.end();
      return;
    }
    if (!pathname.startsWith(base)) return notFound(response);
    // sirv looking files up as they are asked for serves hidden ones too: not here.
    if (/[\\/]\./.test(decodeURI(pathname))) return notFound(response);
    // A file removed between sirv finding and sending it (a rebuild under way): that answer ends, the server goes on.
    response.on('pipe', (source) => source.on('error', () => response.destroy()));
    request.url = `/${(request.url ?? '/').slice(base.length)}`;
    files(request, response, () => notFound(response));
  };
  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      // Whatever a request holds, the answer is a page, never a stack trace.
      if (!response.headersSent) notFound(response);
      else response.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (sitePath = '') => origin + base + sitePath.replace(/^\//, ''),
    // Connections a client keeps open for its next request would hold the closing for seconds.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
