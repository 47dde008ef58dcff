/**
 * A small HTTP server for the bench and the scaling test: the standalone print page at
 * `/standalone/` (`?copies=k` repeats the seed, `&paged=0` leaves Paged.js out, `&fix=0` the scaling fix),
 * its fonts and Paged.js from node_modules. A built print view is served by the PDF writer's own
 * server (print/static-server.ts).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FONT_FILES, PAGEDJS_URL, standalonePage } from './standalone-page.ts';
import { PAGED_SCALING_HANDLER, PAGED_SCALING_URL } from '../print/paged-scaling.ts';
import { PAGINATION_MARKS } from '../print/paged/marks.ts';

/* pagedjs's package exports leave out dist/: find the polyfill from its entry, src/index.js. */
const PAGEDJS_FILE = fileURLToPath(new URL('../dist/paged.polyfill.js', import.meta.resolve('pagedjs')));

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const TTF = 'font/ttf';

/**
 * The Paged.js part of the page, as the print view has it: the polyfill, then the scaling fix; and
 * the print view's signals (print/paged/run.ts): User Timing marks around pagination, then
 * `<html data-gw-paged="N">`.
 */
export function pagedHead(fix: boolean): string {
  const signals =
    `window.PagedConfig={auto:true,before(){performance.mark(${JSON.stringify(PAGINATION_MARKS.start)})},` +
    `after(flow){performance.mark(${JSON.stringify(PAGINATION_MARKS.end)});document.documentElement.dataset.gwPaged=String(flow.total)}};`;
  return (
    `<script>${signals}</script>` +
    `<script src="${PAGEDJS_URL}"></script>` +
    (fix ? `<script src="${PAGED_SCALING_URL}"></script>` : '')
  );
}

const files = new Map<string, Promise<Buffer>>();
/** Fonts and scripts are read once per process: the bench should time Chromium, not the disk. */
const readCached = (path: string): Promise<Buffer> => {
  if (!files.has(path)) files.set(path, readFile(path));
  return files.get(path) as Promise<Buffer>;
};

async function respond(url: URL): Promise<{ type: string; body: string | Buffer } | undefined> {
  if (url.pathname === '/standalone/') {
    const copies = Number(url.searchParams.get('copies') ?? '1');
    const paged = url.searchParams.get('paged') !== '0';
    const fix = url.searchParams.get('fix') !== '0';
    return { type: HTML, body: standalonePage({ copies, head: paged ? pagedHead(fix) : '' }) };
  }
  if (url.pathname === PAGEDJS_URL) return { type: JS, body: await readCached(PAGEDJS_FILE) };
  if (url.pathname === PAGED_SCALING_URL) return { type: JS, body: PAGED_SCALING_HANDLER };
  const role = /^\/fonts\/(\w+)\.ttf$/.exec(url.pathname)?.[1];
  const fontFile = role === undefined ? undefined : FONT_FILES[role];
  return fontFile ? { type: TTF, body: await readCached(fontFile) } : undefined;
}

/** Start on a free port; returns the base URL and the server to close. */
export async function startBenchServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    respond(new URL(req.url ?? '/', 'http://localhost')).then(
      (found) => {
        if (!found) {
          res.writeHead(404).end();
          return;
        }
        // As a static server would: fonts and scripts cacheable, so that Paged.js re-declaring the
        // @font-face rules it copies does not download the fonts again; pages always fresh.
        const cache = found.type === HTML ? 'no-store' : 'max-age=3600';
        res.writeHead(200, { 'content-type': found.type, 'cache-control': cache }).end(found.body);
      },
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('bench server has no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}
