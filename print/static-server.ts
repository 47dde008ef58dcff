/**
 * A tiny static HTTP server over a built site (dist/) on 127.0.0.1 and an ephemeral port,
 * so the print views load their CSS, scripts and fonts as a browser would. A site built with
 * Astro's `base` (e.g. "/site") links its files below that path, so dist/ is served there, as
 * `astro preview` and the site's own host do.
 *
 * Every request gets an answer and none can stop the build: a path that cannot name a file of the
 * site is refused with its status (400 malformed, 403 outside the site, 404 not there, 414 too long).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  /** Origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** The URL dist/ is served at, with a trailing slash, e.g. http://127.0.0.1:40123/site/ */
  url: string;
  /** The file of dist/ a URL of this server names, relative to dist/ (a folder's index.html), or null when it names none. */
  fileOf(url: string): string | null;
  close(): Promise<void>;
}

/**
 * A URL path's text, or null when its escapes do not spell UTF-8 (`%C3` alone, `%FF`).
 * A `%` not followed by two hex digits is the character itself: browsers send
 * `<img src="growth-50%.png">` as written, so that is the file's name.
 */
export function decodePathname(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.replace(/%(?![0-9A-Fa-f]{2})/gu, '%25'));
  } catch {
    return null;
  }
}

/** What a request path names: a file below `root` (served at `prefix`), or the status that refuses it. */
function fileFor(root: string, prefix: string, target: string): string | number {
  // The request target as sent: origin-form only (`/path?query`); `*` and absolute URLs name no file.
  if (!target.startsWith('/')) return 400;
  const decoded = decodePathname(target.replace(/[?#].*$/su, ''));
  if (decoded === null || decoded.includes('\0')) return 400;
  if (decoded !== prefix && !decoded.startsWith(`${prefix}/`)) return 404;
  const pathname = decoded.slice(prefix.length) || '/';
  const file = join(root, pathname);
  const inside = relative(root, file);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return 403;
  return file;
}

const STATUS_OF_ERROR: Record<string, number> = { ENOENT: 404, ENOTDIR: 404, EISDIR: 404, ENAMETOOLONG: 414, EACCES: 403, EPERM: 403 };

async function answer(root: string, prefix: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let file = fileFor(root, prefix, request.url ?? '/');
  if (typeof file === 'number') {
    response.writeHead(file).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    // Paged.js takes the page's style sheets out and puts them back, declaring every @font-face
    // again: without a cache header Chromium fetched the print view's fonts twice (2.8 MB for the
    // seed, seen in the requests). The server lives for one build, so nothing it serves goes stale.
    const cache = type.startsWith('text/html') ? 'no-store' : 'max-age=3600';
    response.writeHead(200, { 'content-type': type, 'content-length': body.byteLength, 'cache-control': cache });
    response.end(body);
  } catch (error) {
    response.writeHead(STATUS_OF_ERROR[(error as NodeJS.ErrnoException).code ?? ''] ?? 500).end();
  }
}

/** Serves `directory` at the path `servedAt` (Astro's `base`, "/" by default); anything outside it is 404. */
export async function serveDirectory(directory: string, servedAt = '/'): Promise<StaticServer> {
  const root = resolve(directory);
  // "/site/", "site" and "/site" are one base; "/" is none.
  const prefix = `/${servedAt.replace(/^\/+|\/+$/gu, '')}`.replace(/^\/$/u, '');
  const server: Server = createServer((request, response) => {
    answer(root, prefix, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${prefix}/`,
    fileOf: (url) => {
      const parsed = URL.parse(url);
      if (parsed?.origin !== `http://127.0.0.1:${port}`) return null;
      const file = fileFor(root, prefix, parsed.pathname);
      if (typeof file === 'number') return null;
      return relative(root, statSync(file, { throwIfNoEntry: false })?.isDirectory() ? join(file, 'index.html') : file);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
