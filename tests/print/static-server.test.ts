/**
 * The local server the PDF writer prints from answers every request path — a literal `%`, bad
 * escapes, `..`, NUL bytes, very long paths — and keeps serving afterwards. Requests go over real
 * sockets, written byte for byte, so no client normalises the path first.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';

let folder: string;
let site: string;
let server: StaticServer;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gongwen-server-'));
  site = join(folder, 'site');
  mkdirSync(join(site, 'charts'), { recursive: true });
  mkdirSync(join(site, 'doc'), { recursive: true });
  writeFileSync(join(site, 'charts', 'growth-50%.png'), 'percent');
  writeFileSync(join(site, 'charts', '增长.png'), 'chinese');
  writeFileSync(join(site, 'doc', 'index.html'), '<p>doc</p>');
  // A file next to the site, which no request may reach.
  writeFileSync(join(folder, 'secret.txt'), 'secret');
  server = await serveDirectory(site);
});

test.afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Sends `GET <target>` exactly as given (to `on`, the site's server unless named) and resolves the status line's code and the body. */
function rawGet(target: string, on: StaticServer = server): Promise<{ status: number; body: string }> {
  const { port, hostname } = new URL(on.origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(Buffer.concat([Buffer.from('GET '), Buffer.from(target, 'latin1'), Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')]));
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A server refusing an oversized request closes while it is still being sent: the answer came first.
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = /^HTTP\/1\.1 (\d{3})/u.exec(text);
      if (!status) reject(new Error(`no HTTP answer to ${JSON.stringify(target.slice(0, 80))}: ${JSON.stringify(text.slice(0, 200))}`));
      else resolve({ status: Number(status[1]), body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
  });
}

test('a % not followed by two hex digits is a literal %: /charts/growth-50%.png is served', async () => {
  expect(await rawGet('/charts/growth-50%.png')).toEqual({ status: 200, body: 'percent' });
  // The same file with its % escaped, as a careful client sends it, and a query string.
  expect(await rawGet('/charts/growth-50%25.png?v=1')).toEqual({ status: 200, body: 'percent' });
  expect(await rawGet('/charts/%E5%A2%9E%E9%95%BF.png')).toEqual({ status: 200, body: 'chinese' });
  expect((await rawGet('/doc/')).body).toBe('<p>doc</p>');
});

test('escapes that do not spell UTF-8 and NUL bytes are 400', async () => {
  for (const target of ['/charts/%C3.png', '/charts/%FF%FE', '/%E5%A2', '/doc/%00', '/doc%00/index.html']) {
    expect((await rawGet(target)).status, target).toBe(400);
  }
  // A raw NUL in the request line is refused by Node's parser itself, still with an answer.
  expect((await rawGet('/doc/\0x')).status).toBe(400);
  expect((await rawGet('*')).status).toBe(400);
});

test('.. never leaves the site: 403 (or 404 inside it), however it is written', async () => {
  for (const target of ['/../secret.txt', '/doc/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/doc/..%2F..%2Fsecret.txt', '/..\\secret.txt']) {
    const { status, body } = await rawGet(target);
    expect([403, 404], target).toContain(status);
    expect(body, target).not.toContain('secret');
  }
  expect((await rawGet('/doc/../charts/growth-50%25.png')).body).toBe('percent');
});

test('very long paths get 414 or 404 (431 past the header limit), never a crash', async () => {
  expect((await rawGet(`/${'a'.repeat(300)}.png`)).status).toBe(414);
  expect((await rawGet(`/${'a/'.repeat(1000)}x`)).status).toBe(404);
  expect((await rawGet(`/${'a'.repeat(100_000)}`)).status).toBe(431);
  // Still serving after all of the above.
  const response = await fetch(`${server.origin}/charts/growth-50%25.png`);
  expect(response.status).toBe(200);
  expect(await response.text()).toBe('percent');
});

test("served at Astro's base (/site), the site answers below it only, and .. still cannot climb out of it", async () => {
  const based = await serveDirectory(site, '/site/');
  try {
    expect(based.url).toBe(`${based.origin}/site/`);
    expect((await rawGet('/site/doc/', based)).body).toBe('<p>doc</p>');
    expect(await rawGet('/site/charts/growth-50%.png', based)).toEqual({ status: 200, body: 'percent' });
    expect((await rawGet('/doc/', based)).status).toBe(404);
    expect((await rawGet('/sitemap/doc/', based)).status).toBe(404);
    expect((await rawGet('/site/../secret.txt', based)).status).toBe(403);
    expect((await rawGet('/site/%2e%2e/secret.txt', based)).status).toBe(403);
  } finally {
    await based.close();
  }
});

test('fileOf names the file of dist/ a URL of the server loads (a folder its index.html), and nothing for another origin or outside the base', async () => {
  const based = await serveDirectory(site, '/site/');
  try {
    expect(server.fileOf(`${server.origin}/doc/`)).toBe(join('doc', 'index.html'));
    expect(server.fileOf(`${server.origin}/charts/%E5%A2%9E%E9%95%BF.png?v=1`)).toBe(join('charts', '增长.png'));
    // A file the page asked for and did not get is named too: its absence is an input of the print.
    expect(server.fileOf(`${server.origin}/charts/missing.png`)).toBe(join('charts', 'missing.png'));
    expect(server.fileOf('http://example.gov.cn/doc/')).toBeNull();
    // A URL resolves its own `..` (as the browser's request does): it names the site's secret.txt, which is not there, never the one above it.
    expect(server.fileOf(`${server.origin}/%2e%2e/secret.txt`)).toBe('secret.txt');
    expect(based.fileOf(`${based.origin}/site/doc/`)).toBe(join('doc', 'index.html'));
    expect(based.fileOf(`${based.origin}/doc/`)).toBeNull();
  } finally {
    await based.close();
  }
});
