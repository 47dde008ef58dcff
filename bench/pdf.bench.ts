/**
 * `npm run bench`: time to PDF through Paged.js against Chromium's own print of the same HTML
 * (the floor for this stack), at 1×, 4× and 16× the seed's length, in one run, interleaved so
 * machine noise hits every path alike. Also Paged.js without the scaling fix (print/paged-scaling.ts),
 * peak memory of Chromium's process tree, and PDF sizes.
 *
 * Options: --runs N (default 5), --copies 1,4,16, --url URL (a built print view served elsewhere;
 * default: the standalone seed page on the bench's own server), --timeout SECONDS (default 300).
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../print/browser.ts';
import { sampleChromium, type ChromiumUsage } from './chromium-usage.ts';
import { printOnce, type PrintPath, type PrintResult } from './print-paths.ts';
import { startBenchServer } from './server.ts';

const TARGET_RATIO_1X = 1.15;
const TARGET_PDF_BYTES_1X = 700 * 1000;
const PATHS: PrintPath[] = ['native', 'paged', 'paged-unfixed'];
const LABEL: Record<PrintPath, string> = {
  native: 'Chromium print',
  paged: 'Paged.js + fix',
  'paged-unfixed': 'Paged.js as is',
};

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    copies: { type: 'string', default: '1,4,16' },
    url: { type: 'string' },
    timeout: { type: 'string', default: '300' },
  },
});
const runs = Number(values.runs);
const lengths = values.copies.split(',').map(Number);
const timeoutMs = Number(values.timeout) * 1000;

type Sample = PrintResult & ChromiumUsage;

const { origin, server } = await startBenchServer();
const url = values.url ?? `${origin}/standalone/`;
const browser = await launchChromium();
const results = new Map<string, Sample[]>();
const key = (copies: number, path: PrintPath): string => `${copies}:${path}`;

try {
  // One untimed round first: Chromium's first page pays for cold caches (fonts, code).
  for (const path of PATHS) await printOnce(browser, url, path, 1, timeoutMs);
  for (const copies of lengths) {
    for (let run = 0; run < runs; run++) {
      // Rotate the order each run so no path always goes first after the previous length.
      for (const path of PATHS.map((_, i) => PATHS[(i + run) % PATHS.length])) {
        const usage = sampleChromium();
        const result = await printOnce(browser, url, path, copies, timeoutMs);
        const sample = { ...result, ...usage.stop() };
        results.set(key(copies, path), [...(results.get(key(copies, path)) ?? []), sample]);
        process.stderr.write(`  ${copies}× ${LABEL[path].padEnd(15)} run ${run + 1}/${runs}: ${(sample.ms / 1000).toFixed(2)} s wall, ${(sample.cpuMs / 1000).toFixed(2)} s CPU, ${sample.pages} pages\n`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs: number[], digits: number, scale = 1): string =>
  `${(median(xs) / scale).toFixed(digits)} (${(Math.min(...xs) / scale).toFixed(digits)}–${(Math.max(...xs) / scale).toFixed(digits)})`;
const samplesOf = (copies: number, path: PrintPath): Sample[] => results.get(key(copies, path)) as Sample[];
/** Each run against Chromium's own print of the same length in the same round. */
const ratios = (copies: number, path: PrintPath, of: (s: Sample) => number): number[] =>
  samplesOf(copies, path).map((s, i) => of(s) / of(samplesOf(copies, 'native')[i]));
const pad = (cells: string[], widths: number[]): string => cells.map((c, i) => c.padStart(widths[i])).join('  ');

const widths = [6, 15, 5, 19, 17, 17, 17, 10, 9, 8];
const lines = [
  `Bench: ${url}${values.url ? '' : ' (standalone seed page)'}; ${runs} runs per cell, interleaved.`,
  'Cells: median (min–max). Ratios: each run over Chromium’s own print of the same length in the same round.',
  'Wall: opening the page to holding the PDF. CPU: user+system time of Chromium’s process tree (less disturbed by a busy machine).',
  'Memory: peak summed VmRSS of Chromium’s process tree (/proc), whole browser.',
  '',
  pad(['length', 'path', 'pages', 'wall s', '× Chromium wall', 'CPU s', '× Chromium CPU', 'paginate s', 'peak RSS', 'PDF KB'], widths),
];
for (const copies of lengths) {
  for (const path of PATHS) {
    const samples = samplesOf(copies, path);
    const pageCounts = [...new Set(samples.map((s) => s.pages))];
    lines.push(
      pad(
        [
          `${copies}×`,
          LABEL[path],
          pageCounts.join('/'),
          spread(samples.map((s) => s.ms), 2, 1000),
          path === 'native' ? '1' : spread(ratios(copies, path, (s) => s.ms), 2),
          spread(samples.map((s) => s.cpuMs), 2, 1000),
          path === 'native' ? '1' : spread(ratios(copies, path, (s) => s.cpuMs), 2),
          path === 'native' ? '–' : (median(samples.map((s) => s.paginateMs)) / 1000).toFixed(2),
          `${(Math.max(...samples.map((s) => s.peakBytes)) / 1e6).toFixed(0)} MB`,
          (samples[0].pdf.length / 1000).toFixed(0),
        ],
        widths,
      ),
    );
  }
}

/**
 * Cost per page: wall time over pages at each length, and the cost of each page added between two
 * lengths ((t₂ − t₁) / (pages₂ − pages₁)), which leaves out the fixed cost of opening a page and
 * loading fonts: linear growth keeps it flat from one step to the next.
 */
const perPageLines = ['', 'Cost per page (ms, median wall): whole run / pages, and per added page between lengths'];
for (const path of PATHS) {
  const cells: string[] = [];
  lengths.forEach((copies, i) => {
    const samples = samplesOf(copies, path);
    cells.push(`${copies}×: ${(median(samples.map((s) => s.ms)) / samples[0].pages).toFixed(1)}`);
    if (i > 0) {
      const before = samplesOf(lengths[i - 1], path);
      const added = (median(samples.map((s) => s.ms)) - median(before.map((s) => s.ms))) / (samples[0].pages - before[0].pages);
      cells.push(`${lengths[i - 1]}→${copies}×: ${added.toFixed(1)}`);
    }
  });
  const first = samplesOf(lengths[0], path);
  const last = samplesOf(lengths[lengths.length - 1], path);
  const growth = median(last.map((s) => s.ms)) / last[0].pages / (median(first.map((s) => s.ms)) / first[0].pages);
  perPageLines.push(`  ${LABEL[path].padEnd(15)} ${cells.join(', ')}; per page ${lengths[lengths.length - 1]}×/${lengths[0]}×: ${growth.toFixed(2)}`);
}
lines.push(...perPageLines);

const first = lengths[0];
const ratio1x = median(ratios(first, 'paged', (s) => s.ms));
const pdfBytes = samplesOf(first, 'paged')[0].pdf.length;
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
lines.push(
  '',
  'Targets',
  `  time at ${first}×: Paged.js + fix ${ratio1x.toFixed(2)}× Chromium’s own print (target ≤ ${TARGET_RATIO_1X}×): ${verdict(ratio1x <= TARGET_RATIO_1X)}`,
  '  cost linear in length: see the per-added-page costs above (flat = linear)',
  `  PDF at ${first}×: ${(pdfBytes / 1000).toFixed(0)} KB (target ≤ ${TARGET_PDF_BYTES_1X / 1000} KB): ${verdict(pdfBytes <= TARGET_PDF_BYTES_1X)}`,
);
for (const copies of lengths) {
  const fixed = samplesOf(copies, 'paged')[0].pages;
  const unfixed = samplesOf(copies, 'paged-unfixed')[0].pages;
  if (fixed !== unfixed) lines.push(`  WARNING: at ${copies}× the fix gives ${fixed} pages, Paged.js as is ${unfixed}`);
}
console.log(lines.join('\n'));
