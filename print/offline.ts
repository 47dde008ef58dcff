/**
 * The PDF writer's browser talks to the build's own static server only. A print view runs the
 * document's content (Chromium as root, often without a sandbox), so whatever that content asks of
 * another host — a remote <img> or <link>, a fetch(), a WebSocket, a redirect — is stopped before
 * it leaves the machine, and the document is not printed. Two layers say so: the requests Playwright
 * aborts, and the ones the print view's Content-Security-Policy refused before they were made (the
 * console names them). `data:` and `blob:` URLs never reach the network and are not routed.
 */
import type { Browser, ConsoleMessage, Page, Route, WebSocketRoute } from 'playwright-core';

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
  release(): Promise<void>;
}

/**
 * The blocked URLs of the document each page is printing. WebSockets are routed once per page
 * (Playwright cannot unroute them) and counted against the document printing at the time.
 */
const printing = new WeakMap<Page, Set<string>>();

/**
 * Where the browser would connect for any host but the site's: a loopback port nothing listens on,
 * so a connection Chromium opens ahead of a request (for a frame it is about to load) fails here.
 */
const NOWHERE = 'http://127.0.0.1:1';

/**
 * A tab that can reach the static server at `origin` only. Routing (keepOffline) sees requests, not
 * the connections Chromium opens before them: measured, an <iframe> of another host got a TCP
 * connection even though its request was aborted. Through a proxy that leads nowhere, nothing does.
 */
export function offlinePage(browser: Browser, origin: string): Promise<Page> {
  return browser.newPage({ proxy: { server: NOWHERE, bypass: new URL(origin).host } });
}

/** Aborts every request of `page` that is not to `origin` (the static server's) and remembers its URL. */
export async function keepOffline(page: Page, origin: string): Promise<OfflineGuard> {
  const blocked = new Set<string>();
  const onRequest = (route: Route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blocked.add(url);
    return route.abort('blockedbyclient');
  };
  const onConsole = (message: ConsoleMessage) => {
    const refused = CSP_REFUSAL.exec(message.text())?.[1];
    if (refused !== undefined && URL.canParse(refused) && new URL(refused).origin !== origin) blocked.add(refused);
  };
  await page.route('**/*', onRequest);
  page.on('console', onConsole);
  if (!printing.has(page)) {
    // A routed WebSocket that does not call connectToServer() never connects to anything.
    await page.routeWebSocket(
      () => true,
      (socket: WebSocketRoute) => {
        printing.get(page)?.add(socket.url());
        socket.close();
      },
    );
  }
  printing.set(page, blocked);
  return {
    check(slug) {
      if (blocked.size > 0) throw new OfflineError(slug, [...blocked]);
    },
    async release() {
      page.off('console', onConsole);
      // A page that crashed or was closed has no routes left to take off.
      if (!page.isClosed()) await page.unroute('**/*', onRequest);
    },
  };
}
