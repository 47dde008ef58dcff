/**
 * The PDF in `astro dev`: GET <href><slug>.pdf prints the dev server's own print view (<href><slug>/print/)
 * the way the build's PDF writer does (print/pdf.ts printView), so the page's 下载 PDF link works while
 * writing. One Chromium, started by the first request and closed with the server; each PDF is kept
 * until its document is saved with other content.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { launchChromium } from '../../print/browser.ts';
import { offlinePage } from '../../print/offline.ts';
import { printView } from '../../print/pdf.ts';
import { findSrgbProfile, type ColourProfile } from '../../print/colour-profile.ts';
import type { FontRole, ResolvedFont } from '../fonts/index.ts';

const DOCUMENT_EXTENSION = '.mdx';

/**
 * A print waits until Astro's content layer has stored the saved document: the page's text comes from
 * the .mdx module, which Vite reads at once, but its frontmatter and the fonts' characters come from the
 * content store, which Astro writes (.astro/data-store.json) a moment later — more under load. Printing
 * before then cuts the fonts to the old text. The store is current once it is newer than the document;
 * a save that stored nothing new (a document changed back, a failed sync) is printed after the limit.
 */
const CONTENT_STORED_LIMIT_MS = 10_000;
const CONTENT_STORED_POLL_MS = 50;

export interface DevPdfOptions {
  /** The project root (absolute). */
  root: string;
  /** The documents' folder, relative to `root`. */
  contentDir: string;
  /** gongwen's base, e.g. "/documents/": Astro's dev server has taken its own base off a request's URL before it reaches this middleware. */
  base: string;
  /** The URL path of the pages, Astro's base then gongwen's, e.g. "/site/documents/" (plugins/options.ts pagesHref): where the print view is fetched. */
  href: string;
  timeoutSeconds: number;
  /** Resolves the fonts the print views use (plugins/fonts/resolve.ts), as the build does; called once, by the first print. */
  fonts: () => Promise<Record<FontRole, ResolvedFont>>;
  log: (line: string) => void;
}

export function gongwenDevPdf(server: ViteDevServer, { root, contentDir, base, href, timeoutSeconds, fonts, log }: DevPdfOptions): void {
  const folder = resolve(root, contentDir);
  const dataStore = join(root, '.astro', 'data-store.json');
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}([^/]+)\\.pdf$`, 'u');
  /** Each slug's PDF, printed or being printed, with the SHA-256 of the document it was printed from: a document saved with other bytes prints again. */
  const cache = new Map<string, { version: string; pdf: Promise<Uint8Array> }>();
  let browser: Promise<Browser> | undefined;
  let resolvedFonts: ReturnType<DevPdfOptions['fonts']> | undefined;
  /** Prints run one at a time, each in a tab of its own: two at once would share the CPU and may time out. */
  let queue: Promise<unknown> = Promise.resolve();

  server.httpServer?.once('close', () => {
    void browser?.then((running) => running.close()).catch(() => {});
  });

  let profile: Promise<ColourProfile | null> | undefined;
  const fontsOnce = () =>
    (resolvedFonts ??= fonts().catch((error: unknown) => {
      resolvedFonts = undefined;
      throw error;
    }));

  /** Resolves once the content store is newer than the document `file` (or after the limit). */
  const stored = async (file: string) => {
    const deadline = performance.now() + CONTENT_STORED_LIMIT_MS;
    while (performance.now() < deadline) {
      const store = statSync(dataStore, { throwIfNoEntry: false });
      const document = statSync(file, { throwIfNoEntry: false });
      if (!store || !document || store.mtimeMs >= document.mtimeMs) return;
      await new Promise((resolve) => setTimeout(resolve, CONTENT_STORED_POLL_MS));
    }
  };

  const print = async (slug: string, file: string, origin: string): Promise<Uint8Array> => {
    await stored(file);
    browser ??= launchChromium();
    const running = await browser.catch((error: unknown) => {
      // A failed launch is tried again by the next request (Chromium may be installed meanwhile).
      browser = undefined;
      throw error;
    });
    const page = await offlinePage(running, origin);
    // The dev server's HMR socket answered by nobody: a save makes Vite reload every open dev page, which
    // would reload this print view under Paged.js; the next request prints the saved document anyway.
    await page.routeWebSocket(/./u, () => {});
    try {
      const started = performance.now();
      const printed = await printView(page, `${origin}${href}${encodeURIComponent(slug)}/print/`, slug, timeoutSeconds, await fontsOnce(), await (profile ??= findSrgbProfile()));
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
    const version = createHash('sha256').update(readFileSync(file)).digest('hex');
    let pdf = cache.get(slug)?.version === version ? cache.get(slug)?.pdf : undefined;
    if (!pdf) {
      const job = queue.then(() => print(slug, file, originOf(request)));
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
