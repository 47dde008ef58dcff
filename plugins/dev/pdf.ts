/**
 * The PDF in `astro dev`: GET <base><slug>.pdf prints the dev server's own print view (<base><slug>/print/)
 * the way the build's PDF writer does (print/pdf.ts printView), so the page's 下载 PDF link works while
 * writing. One Chromium, started by the first request and closed with the server; each PDF is kept
 * until its document is saved again.
 */
import { existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { launchChromium } from '../../print/browser.ts';
import { offlinePage } from '../../print/offline.ts';
import { printView } from '../../print/pdf.ts';
import type { FontRole, ResolvedFont } from '../fonts/index.ts';

const DOCUMENT_EXTENSION = '.mdx';

/**
 * How long a print waits, after its document was saved, for Astro's content layer to store the new
 * frontmatter (it writes .astro/data-store.json when it has); a save that changed nothing there never writes it.
 */
const CONTENT_SETTLE_MS = 2000;

export interface DevPdfOptions {
  /** The project root (absolute). */
  root: string;
  /** The documents' folder, relative to `root`. */
  contentDir: string;
  /** Where the pages live in the site, e.g. "/" or "/gongwen/" (resolved options' base). */
  base: string;
  timeoutSeconds: number;
  /** Resolves the fonts the print views use (plugins/fonts/resolve.ts), as the build does; called once, by the first print. */
  fonts: () => Promise<Record<FontRole, ResolvedFont>>;
  log: (line: string) => void;
}

export function gongwenDevPdf(server: ViteDevServer, { root, contentDir, base, timeoutSeconds, fonts, log }: DevPdfOptions): void {
  const folder = resolve(root, contentDir);
  const dataStore = join(root, '.astro', 'data-store.json');
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}([^/]+)\\.pdf$`, 'u');
  /**
   * Each slug's PDF, printed or being printed, with the document file's state it was printed from: a file
   * saved since (its size or time changed) prints again, even before the file watcher has said so.
   */
  const cache = new Map<string, { version: string; pdf: Promise<Uint8Array> }>();
  /** Slugs saved since Astro last stored the content, and what lets their next print go. */
  const settling = new Map<string, { done: Promise<void>; release: () => void }>();
  let browser: Promise<Browser> | undefined;
  let resolvedFonts: ReturnType<DevPdfOptions['fonts']> | undefined;
  /** Prints run one at a time, each in a tab of its own: two at once would share the CPU and may time out. */
  let queue: Promise<unknown> = Promise.resolve();

  const settle = (slug: string) => {
    if (settling.has(slug)) return;
    let resolveDone = () => {};
    const done = new Promise<void>((resolve) => {
      resolveDone = resolve;
    });
    const release = () => {
      clearTimeout(timer);
      settling.delete(slug);
      resolveDone();
    };
    const timer = setTimeout(release, CONTENT_SETTLE_MS);
    settling.set(slug, { done, release });
  };

  server.watcher.on('all', (event, file) => {
    if (file === dataStore) {
      for (const { release } of [...settling.values()]) release();
      return;
    }
    if (!file.startsWith(folder) || !file.endsWith(DOCUMENT_EXTENSION)) return;
    if (event === 'change' || event === 'add') settle(basename(file, DOCUMENT_EXTENSION));
  });
  server.httpServer?.once('close', () => {
    void browser?.then((running) => running.close()).catch(() => {});
  });

  const fontsOnce = () =>
    (resolvedFonts ??= fonts().catch((error: unknown) => {
      resolvedFonts = undefined;
      throw error;
    }));

  const print = async (slug: string, origin: string): Promise<Uint8Array> => {
    await settling.get(slug)?.done;
    browser ??= launchChromium();
    const running = await browser.catch((error: unknown) => {
      // A failed launch is tried again by the next request (Chromium may be installed meanwhile).
      browser = undefined;
      throw error;
    });
    const page = await offlinePage(running, origin);
    try {
      const started = performance.now();
      const printed = await printView(page, `${origin}${base}${encodeURIComponent(slug)}/print/`, slug, timeoutSeconds, await fontsOnce());
      log(`${slug}.pdf: ${printed.pages} pages, ${printed.bytes.byteLength} bytes (${Math.round(performance.now() - started)} ms)`);
      return printed.bytes;
    } finally {
      await page.close();
    }
  };

  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const match = request.method === 'GET' || request.method === 'HEAD' ? pattern.exec(new URL(request.url ?? '/', 'http://dev').pathname)?.[1] : undefined;
    if (match === undefined) return next();
    const slug = decodeURIComponent(match);
    const file = join(folder, `${slug}${DOCUMENT_EXTENSION}`);
    // Not a document: Astro's own 404.
    if (!existsSync(file)) return next();
    const { size, mtimeMs } = statSync(file);
    const version = `${size}:${mtimeMs}`;
    let pdf = cache.get(slug)?.version === version ? cache.get(slug)?.pdf : undefined;
    if (!pdf) {
      if (cache.has(slug)) settle(slug);
      const job = queue.then(() => print(slug, originOf(request)));
      queue = job.catch(() => {});
      pdf = job;
      cache.set(slug, { version, pdf: job });
      // A failure is not kept: the next request tries again (the author may have fixed the document).
      job.catch(() => {
        if (cache.get(slug)?.pdf === job) cache.delete(slug);
      });
    }
    pdf.then(
      (bytes) => {
        response.writeHead(200, {
          'Content-Type': 'application/pdf',
          'Content-Length': bytes.byteLength,
          'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(slug)}.pdf`,
          'Cache-Control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : bytes);
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        log(`${slug}.pdf was not printed: ${message}`);
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(`${message}\n`);
      },
    );
  });
}

/** The address the dev server answered this request on: the print view is fetched from the same place. */
function originOf(request: IncomingMessage): string {
  const address = (request.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/u, '');
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${request.socket.localPort}`;
}
