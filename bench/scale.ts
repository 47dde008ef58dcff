/**
 * `npm run bench:scale`: how the build grows with the number of documents (issue 14). For each size N
 * it makes a site of N copies of the seed, each with its own 文号 and one character of its own (so every
 * copy has its own font subsets, as real documents do), and times, each as a whole `astro build`:
 * - cold: a new site (no subset cache, no stored PDFs), the machine's converted faces kept (font store);
 * - no change: the same site built again;
 * - one edited: one document gets another character, then the site is built again.
 * It prints the build times, the marginal cost per added document, the split into fonts, pages and PDFs
 * (from the build's own log: Astro's per-route times and gongwen's per-PDF times), peak memory of the
 * whole process tree (PSS: Astro, Chromium, Python), and dist/ per document; then Chromium's own print of
 * the largest site's print views on a warm tab — the floor of the PDF step — and the targets, met or not.
 *
 * Usage: npm run bench:scale -- [--sizes 1,8,32] [--floor 8]   (the sites are kept under bench-results/scale/)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fileHash } from '../plugins/fonts/cache.ts';
import { resolveFonts } from '../plugins/fonts/resolve.ts';
import { convertedFacePath } from '../plugins/fonts/subset-source.ts';
import { launchChromium } from '../print/browser.ts';
import { serveDirectory } from '../print/static-server.ts';
import { descendants } from './chromium-usage.ts';
import { printOnce } from './print-paths.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,8,32' }, floor: { type: 'string', default: '8' } } });
const sizes = values.sizes.split(',').map(Number).sort((a, b) => a - b);
if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('bench:scale: --sizes takes two or more whole numbers, e.g. 1,8,32');

const REPO = new URL('../', import.meta.url);
const ASTRO = fileURLToPath(new URL('node_modules/astro/bin/astro.mjs', REPO));
const WORK = fileURLToPath(new URL('bench-results/scale/', REPO));
const SEED = readFileSync(new URL('content/xiqing-zhangzhengfa-2024-1.mdx', REPO), 'utf8');
const SEED_NUMBER = '西青张政发〔2024〕1号';
const SEED_RECIPIENTS = 'recipients: 机关各科室，各村（合作社）、社区';

/** GB2312 level-1 characters the seed does not use (FandolFang has them all): one more per copy, and one for the edit. */
const extras = (() => {
  const decoder = new TextDecoder('gb18030');
  const found: string[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (/^\p{Script=Han}$/u.test(char) && !SEED.includes(char)) found.push(char);
    }
  }
  return found;
})();
if (extras.length < sizes.at(-1)! * 2) throw new Error(`bench:scale: at most ${Math.floor(extras.length / 2)} documents`);

/** Copy `index` of the seed: 文号 serial index + 1, and the extra characters in a recipient of its own. */
function copyOf(index: number, edited = false): string {
  if (!SEED.includes(SEED_NUMBER) || !SEED.includes(SEED_RECIPIENTS)) throw new Error('bench:scale: the seed no longer has the 文号 or 主送 line this bench changes');
  const own = extras[index]! + (edited ? extras[extras.length - 1 - index]! : '');
  return SEED.replace(SEED_NUMBER, `西青张政发〔2024〕${index + 1}号`).replace(SEED_RECIPIENTS, `${SEED_RECIPIENTS}、${own}村`);
}

const CONFIG = `import { defineConfig } from 'astro/config';
import gongwen from 'gongwen';
export default defineConfig({ integrations: [gongwen({ pdfTimeoutSeconds: 300 })] });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { documentSchema, gongwenLoader } from 'gongwen';
export const collections = { documents: defineCollection({ loader: gongwenLoader('./content'), schema: documentSchema }) };
`;

async function makeSite(n: number): Promise<string> {
  const site = join(WORK, String(n));
  await rm(site, { recursive: true, force: true });
  await mkdir(join(site, 'content'), { recursive: true });
  await writeFile(join(site, 'astro.config.mjs'), CONFIG);
  await mkdir(join(site, 'src'));
  await writeFile(join(site, 'src', 'content.config.ts'), CONTENT_CONFIG);
  for (let i = 0; i < n; i++) await writeFile(join(site, 'content', `doc-${String(i + 1).padStart(4, '0')}.mdx`), copyOf(i));
  return site;
}

interface Build {
  seconds: number;
  peakBytes: number;
  /** Sums of Astro's per-route times: font subsets (and the web's display font), other pages. */
  fontsSeconds: number;
  pagesSeconds: number;
  /** The PDF step's wall time, from the writer's summary line. */
  pdfSeconds: number;
  printed: number;
  reused: number;
}

/** Proportional set size of a process (shared pages split among their users), else its RSS; 0 once it is gone. */
function pssKiB(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/mu.exec(rollup)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function build(site: string): Promise<Build> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [ASTRO, 'build', '--root', site], { cwd: site, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    let peakKiB = 0;
    const timer = setInterval(() => {
      const tree = [child.pid!, ...descendants(child.pid!)];
      peakKiB = Math.max(peakKiB, tree.reduce((sum, pid) => sum + pssKiB(pid), 0));
    }, 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`bench:scale: astro build of ${site} failed (exit ${code}):\n${output.slice(-4000)}`));
      const routeMs = (test: (route: string) => boolean) =>
        [...output.matchAll(/├─ (\S+) \(\+(\d+)ms\)/gu)].filter(([, route]) => test(route!)).reduce((sum, [, , ms]) => sum + Number(ms), 0);
      const isFont = (route: string) => route.includes('/_gongwen/fonts/') || route.endsWith('display.woff2');
      const printed = output.match(/\.pdf: \d+ pages, \d+ bytes \(\d+ ms\)/gu)?.length ?? 0;
      const reused = output.match(/not printed again/gu)?.length ?? 0;
      resolve({
        seconds,
        peakBytes: peakKiB * 1024,
        fontsSeconds: routeMs(isFont) / 1000,
        pagesSeconds: routeMs((route) => !isFont(route)) / 1000,
        // The writer's own wall time for the step (its tabs print at once, so the documents' times overlap).
        pdfSeconds: Number(/PDFs: \d+ printed, \d+ reused, in (\d+) ms/u.exec(output)?.[1] ?? 0) / 1000,
        printed,
        reused,
      });
    });
  });
}

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await sizeOf(join(path, entry));
  return total;
}

async function distPerDocument(site: string, n: number): Promise<{ pdf: number; rest: number }> {
  const dist = join(site, 'dist');
  const pdfs = (await readdir(dist)).filter((name) => name.endsWith('.pdf'));
  const pdfBytes = (await Promise.all(pdfs.map((name) => sizeOf(join(dist, name))))).reduce((a, b) => a + b, 0);
  return { pdf: pdfBytes / n, rest: ((await sizeOf(dist)) - pdfBytes) / n };
}

/** Chromium's own print (no Paged.js) and our Paged.js print of up to `count` print views, warm tab, one untimed round first. */
async function floor(site: string, n: number, count: number): Promise<{ native: number; paged: number; views: number }> {
  const server = await serveDirectory(join(site, 'dist'));
  const browser = await launchChromium();
  try {
    const urls = Array.from({ length: Math.min(n, count) }, (_, i) => `${server.origin}/doc-${String(i + 1).padStart(4, '0')}/print/`);
    await printOnce(browser, urls[0]!, 'native', 1, 300_000);
    await printOnce(browser, urls[0]!, 'paged', 1, 300_000);
    let native = 0;
    let paged = 0;
    for (const url of urls) {
      native += (await printOnce(browser, url, 'native', 1, 300_000)).ms;
      paged += (await printOnce(browser, url, 'paged', 1, 300_000)).ms;
    }
    return { native: native / urls.length / 1000, paged: paged / urls.length / 1000, views: urls.length };
  } finally {
    await browser.close();
    await server.close();
  }
}

// The sites import `gongwen`, i.e. lib/: build it if its sources changed (it skips itself otherwise).
execFileSync(process.execPath, [fileURLToPath(new URL('scripts/package.ts', REPO))], { stdio: 'inherit' });

const { fang } = await resolveFonts({}, new URL(`file://${WORK}`));
const fandolKept = fang.outlines !== 'cff' || existsSync(convertedFacePath(await fileHash(fang.file), fang.faceIndex));
const rows: { n: number; cold: Build; unchanged: Build; edited: Build; dist: { pdf: number; rest: number } }[] = [];
for (const n of sizes) {
  const site = await makeSite(n);
  process.stderr.write(`N = ${n}: cold build…\n`);
  const cold = await build(site);
  process.stderr.write(`N = ${n}: ${cold.seconds.toFixed(1)} s; no-change rebuild…\n`);
  const unchanged = await build(site);
  await writeFile(join(site, 'content', 'doc-0001.mdx'), copyOf(0, true));
  process.stderr.write(`N = ${n}: ${unchanged.seconds.toFixed(1)} s; one document edited…\n`);
  const edited = await build(site);
  rows.push({ n, cold, unchanged, edited, dist: await distPerDocument(site, n) });
}
const largest = rows.at(-1)!;
process.stderr.write(`floor: Chromium's own print of the N = ${largest.n} site's print views…\n`);
const measuredFloor = await floor(join(WORK, String(largest.n)), largest.n, Number(values.floor));

const s = (x: number, digits = 1) => x.toFixed(digits).padStart(7);
const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(2).padStart(6);
const mb = (bytes: number) => (bytes / 1e6).toFixed(2).padStart(6);
console.log(`\nbench:scale — N copies of the seed, one \`astro build\` each (${new Date().toISOString().slice(0, 10)}); ${fang.fullName} ${fandolKept ? 'already converted (font store)' : 'converted during the first build'}`);
console.log('    N   cold s  no-change s  one-edited s   fonts s  pages s   PDFs s  printed/reused (cold; no change)  peak PSS GiB  dist/doc MB (PDF + rest)');
for (const { n, cold, unchanged, edited, dist } of rows) {
  console.log(
    `${String(n).padStart(5)}  ${s(cold.seconds)}  ${s(unchanged.seconds).padStart(11)}  ${s(edited.seconds).padStart(12)}  ${s(cold.fontsSeconds)}  ${s(cold.pagesSeconds)}  ${s(cold.pdfSeconds)}  ` +
      `${`${cold.printed}/${cold.reused}; ${unchanged.printed}/${unchanged.reused}`.padStart(31)}  ${gib(Math.max(cold.peakBytes, unchanged.peakBytes, edited.peakBytes)).padStart(12)}  ${mb(dist.pdf)} + ${mb(dist.rest)}`,
  );
}
const first = rows[0]!;
const added = largest.n - first.n;
const perAddedCold = (largest.cold.seconds - first.cold.seconds) / added;
const perUnchanged = (largest.unchanged.seconds - first.unchanged.seconds) / added;
const perPdf = largest.cold.pdfSeconds / largest.cold.printed;
const at32 = rows.find((row) => row.n === 32);
const at128 = rows.find((row) => row.n === 128);
console.log(`\nper added document (N = ${first.n} → ${largest.n}): cold ${perAddedCold.toFixed(2)} s, no-change rebuild ${(perUnchanged * 1000).toFixed(0)} ms`);
console.log(
  `PDF step per document (cold, N = ${largest.n}): ${perPdf.toFixed(2)} s; on a warm tab over ${measuredFloor.views} print views: Chromium's own print ${measuredFloor.native.toFixed(2)} s, ` +
    `our Paged.js print ${measuredFloor.paged.toFixed(2)} s (${(measuredFloor.paged / measuredFloor.native).toFixed(2)}×); the build's ${perPdf.toFixed(2)} s is ${(perPdf / measuredFloor.native).toFixed(2)}× the floor`,
);
const target = (label: string, met: boolean | undefined, value: string) => console.log(`  ${met === undefined ? 'not measured' : met ? 'met    ' : 'NOT met'}  ${label}: ${value}`);
console.log('\ntargets (issue 14):');
target('cold ≤ 1.5 s per added document', perAddedCold <= 1.5, `${perAddedCold.toFixed(2)} s`);
target('N = 32 cold ≤ 60 s', at32 && at32.cold.seconds <= 60, at32 ? `${at32.cold.seconds.toFixed(1)} s` : 'run with 32 in --sizes');
target('no-change rebuild ≤ 10 % of cold', largest.unchanged.seconds <= 0.1 * largest.cold.seconds, `${((100 * largest.unchanged.seconds) / largest.cold.seconds).toFixed(0)} % at N = ${largest.n}`);
target('no-change rebuild ≤ 50 ms per unchanged document', perUnchanged <= 0.05, `${(perUnchanged * 1000).toFixed(0)} ms`);
target("PDF step ≤ 1.5× Chromium's own print on a warm tab", perPdf <= 1.5 * measuredFloor.native, `${(perPdf / measuredFloor.native).toFixed(2)}×`);
target('dist/ ≤ 1 MB per document beyond its PDF', largest.dist.rest <= 1e6, `${(largest.dist.rest / 1e6).toFixed(2)} MB`);
target('peak memory ≤ 2 GiB at N = 128', at128 && Math.max(at128.cold.peakBytes, at128.unchanged.peakBytes, at128.edited.peakBytes) <= 2 * 2 ** 30, at128 ? `${gib(at128.cold.peakBytes).trim()} GiB` : 'run with 128 in --sizes');
console.log('  (≤ 2× at 16× length: `npm run bench` measures it)');
