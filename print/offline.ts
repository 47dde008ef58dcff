/**
 * The PDF writer's browser talks to the build's own static server only. A print view runs the
 * document's content (Chromium as root, often without a sandbox), so whatever that content asks of
 * another host — a remote <img> or <link>, a fetch(), a WebSocket, a redirect — is stopped before
 * it leaves the machine, and the document is not printed. The tab's proxy leads nowhere for every host
 * but the site's, so nothing connects; the error names what the page asked for: every request to another
 * host, and what the print view's Content-Security-Policy refused before asking (the console names it).
 * `data:` and `blob:` URLs never reach the network.
 */
import type { Browser, ConsoleMessage, Page, Request, WebSocket } from 'playwright-core';

const OFFLINE_FIX = 'Save each image or file next to the MDX file and write it as ![说明](./name.png), so it is built into the site.';

/**
 * Chromium's console line for a request the page's Content-Security-Policy refused: "Refused to load
 * the image 'URL' because it violates …" in older Chromium, "Loading the stylesheet 'URL' violates …" (or
 * "Connecting to", "Framing" — a frame named by its origin only) in the one the tests run.
 */
const CSP_REFUSAL = /^[^']*'([^']+)' (?:because it )?violates the following Content Security Policy/u;

/** A document whose print view asked for something outside the site (also a remote figure: print/images.ts). */
export class OfflineError extends Error {
  constructor(slug: string, urls: readonly string[]) {
    const what = urls.length === 1 ? `${urls[0]}, which is` : `${urls.length} URLs, which are`;
    super(
      `The PDF of "${slug}" was not written: it asked for ${what} not part of the site — the browser was stopped from fetching it, ` +
        `but the published document would reach the network:\n${urls.map((url) => `  ${url}`).join('\n')}\n${OFFLINE_FIX}`,
    );
    this.name = 'OfflineError';
  }
}

export interface OfflineGuard {
  /** Throws OfflineError when the page asked for anything outside the site since the guard was set. */
  check(slug: string): void;
  /** Takes the guard off the page, which is reused for the next document. */
  release(): void;
}

/**
 * Where the browser would connect for any host but the site's: a loopback port nothing listens on.
 * This, not request routing, is what keeps the page offline: a connection Chromium opens ahead of a
 * request (for a frame it is about to load) fails here too, and requests the site serves keep the
 * browser's HTTP cache, which routing would turn off (measured: +40–170 ms a print view).
 */
const NOWHERE = 'http://127.0.0.1:1';

/** A tab that can reach the static server at `origin` only (through a proxy that leads nowhere). */
export function offlinePage(browser: Browser, origin: string): Promise<Page> {
  return browser.newPage({ proxy: { server: NOWHERE, bypass: new URL(origin).host } });
}

/** Remembers every URL of `page` that is not the static server's (`origin`): each one fails through the proxy. */
export function keepOffline(page: Page, origin: string): OfflineGuard {
  const blocked = new Set<string>();
  // A WebSocket to the site's own host is the site's (the dev server's HMR socket): ws: is compared as http:.
  const outside = (url: string) => /^(?:https?|wss?):/u.test(url) && new URL(url.replace(/^ws/u, 'http')).origin !== origin;
  const onRequest = (request: Request) => {
    if (outside(request.url())) blocked.add(request.url());
  };
  const onSocket = (socket: WebSocket) => {
    if (outside(socket.url())) blocked.add(socket.url());
  };
  const onConsole = (message: ConsoleMessage) => {
    const refused = CSP_REFUSAL.exec(message.text())?.[1];
    if (refused !== undefined && URL.canParse(refused) && outside(refused)) blocked.add(refused);
  };
  page.on('request', onRequest);
  page.on('websocket', onSocket);
  page.on('console', onConsole);
  return {
    check(slug) {
      if (blocked.size > 0) throw new OfflineError(slug, [...blocked]);
    },
    release() {
      page.off('request', onRequest);
      page.off('websocket', onSocket);
      page.off('console', onConsole);
    },
  };
}
