/**
 * Printing makes no request off the machine: a print view that asks for a file of another site
 * (a style sheet, an image, a fetch(), a WebSocket, a frame) is not printed, the error names the
 * document and every URL, and that site never hears from the browser. "The internet" is a local
 * server on another port, which counts every connection made to it.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writePdfs } from '../../print/pdf.ts';
import { FIXTURE_DIST, fixturePdf } from './support.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test.describe.configure({ timeout: 180_000 });

/** A server standing in for every other host: it answers, and counts the connections it gets. */
async function elsewhere(): Promise<{ origin: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const server: Server = createServer((_, response) => response.end('/* from elsewhere */'));
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The fixture site in a temporary folder, with `edit` applied to one print view. */
function siteWith(slug: string, edit: (html: string) => string): string {
  const site = mkdtempSync(join(tmpdir(), 'gongwen-offline-'));
  cpSync(FIXTURE_DIST, site, { recursive: true });
  const view = join(site, slug, 'print', 'index.html');
  writeFileSync(view, edit(readFileSync(view, 'utf8')));
  return site;
}

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/u;

test('with its Content-Security-Policy taken out, a print view asking for other sites is not printed, and no request leaves the machine', async () => {
  const internet = await elsewhere();
  const urls = {
    style: `${internet.origin}/fonts/fangsong.css`,
    image: `${internet.origin}/images/flow.png`,
    fetched: `${internet.origin}/collect?d=1`,
    socket: `${internet.origin.replace('http:', 'ws:')}/live`,
  };
  const site = siteWith('minutes-jiyao', (html) => {
    // The browser's own guard is under test: without the policy, the page's scripts run and its links load.
    expect(html).toMatch(CSP_META);
    return html
      .replace(CSP_META, '')
      .replace('</head>', `<link rel="stylesheet" href="${urls.style}"></head>`)
      .replace(
        '<body class="gw-print">',
        `<body class="gw-print"><img src="${urls.image}" alt=""><script>fetch(${JSON.stringify(urls.fetched)}).catch(() => {}); new WebSocket(${JSON.stringify(urls.socket)});</script>`,
      );
  });
  try {
    const lastGood = sha256(readFileSync(join(site, 'minutes-jiyao.pdf')));
    rmSync(join(site, 'letter-han.pdf'));
    const error = await writePdfs(
      site,
      [
        { slug: 'minutes-jiyao', pathname: '/minutes-jiyao/print/' },
        { slug: 'letter-han', pathname: '/letter-han/print/' },
      ],
      { timeoutSeconds: 120 },
    ).then(
      () => null,
      (reason: Error) => reason,
    );
    expect(error, 'the build must fail').not.toBeNull();
    expect(error!.message).toContain('1 of 2 PDFs were not written');
    expect(error!.message).toContain('The PDF of "minutes-jiyao" was not written: it asked for 4 URLs, which are not part of the site');
    for (const url of Object.values(urls)) expect(error!.message).toContain(`\n  ${url}\n`);
    expect(error!.message).toContain('write it as ![说明](./name.png)');
    expect(internet.connections(), 'connections that reached "the internet"').toBe(0);
    expect(sha256(readFileSync(join(site, 'minutes-jiyao.pdf'))), 'the last good PDF is kept byte for byte').toBe(lastGood);
    expect(sha256(readFileSync(join(site, 'letter-han.pdf'))), 'the next document, printed in the same tab, is unaffected').toBe(
      sha256(readFileSync(fixturePdf('letter-han').pdf)),
    );
  } finally {
    await internet.close();
    rmSync(site, { recursive: true, force: true });
  }
});

test('with its Content-Security-Policy, what the policy refused is named as well: the document is not printed', async () => {
  const internet = await elsewhere();
  const style = `${internet.origin}/fonts/fangsong.css`;
  const frame = `${internet.origin}/zhengce/content.htm`;
  const site = siteWith('minutes-jiyao', (html) => {
    expect(html).toMatch(CSP_META);
    return html
      .replace('</head>', `<link rel="stylesheet" href="${style}"></head>`)
      .replace('<body class="gw-print">', `<body class="gw-print"><iframe src="${frame}"></iframe>`);
  });
  try {
    const error = await writePdfs(site, [{ slug: 'minutes-jiyao', pathname: '/minutes-jiyao/print/' }], { timeoutSeconds: 120 }).then(
      () => null,
      (reason: Error) => reason,
    );
    expect(error, 'the build must fail').not.toBeNull();
    expect(error!.message).toContain('The PDF of "minutes-jiyao" was not written: it asked for 2 URLs, which are not part of the site');
    expect(error!.message).toContain(`\n  ${style}\n`);
    // Chromium names a refused frame by its origin only.
    expect(error!.message).toContain(`\n  ${internet.origin}/\n`);
    expect(internet.connections(), 'connections that reached "the internet"').toBe(0);
  } finally {
    await internet.close();
    rmSync(site, { recursive: true, force: true });
  }
});
