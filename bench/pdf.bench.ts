/**
 * `npm run bench`: time to PDF through Paged.js against Chromium's own print of the same HTML
 * (the floor for this stack), at 1×, 4× and 16× the seed's length, in one run, interleaved so
 * machine noise hits every path alike. Also Paged.js without the scaling fix (print/paged-scaling.ts),
 * peak memory of Chromium's process tree, and PDF sizes.
 *
 * Options: --runs N (default 5), --copies 1,4,16, --timeout SECONDS (default 300), and the input:
 * default the standalone seed page (bench/standalone-page.ts); --view SLUG the built print view
 * dist/SLUG/print/ (served as the PDF writer serves it; run `npm run build` first); --url URL any page.
 * Whatever the input, the bench repeats its <body> for longer documents and strips its Paged.js
 * scripts for Chromium's own print (bench/print-paths.ts), so the print view needs no bench hooks.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../print/browser.ts';
import { sampleChromium } from './chromium-usage.ts';
import { printOnce } from './print-paths.ts';
import { formatReport, LABEL, PATHS, type Results } from './report.ts';
import { startBenchServer } from './server.ts';
import { serveDirectory } from '../print/static-server.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    copies: { type: 'string', default: '1,4,16' },
    url: { type: 'string' },
    view: { type: 'string' },
    timeout: { type: 'string', default: '300' },
  },
});
const runs = Number(values.runs);
const lengths = values.copies.split(',').map(Number);
const timeoutMs = Number(values.timeout) * 1000;

const bench = await startBenchServer();
const dist = values.view ? await serveDirectory(fileURLToPath(new URL('../dist/', import.meta.url))) : undefined;
const url = values.url ?? (dist ? `${dist.origin}/${values.view}/print/` : `${bench.origin}/standalone/`);
const browser = await launchChromium();
const results: Results = new Map(lengths.map((copies) => [copies, new Map(PATHS.map((path) => [path, []]))]));

try {
  // One untimed round first: Chromium's first page pays for cold caches (fonts, code).
  for (const path of PATHS) await printOnce(browser, url, path, 1, timeoutMs);
  for (const copies of lengths) {
    for (let run = 0; run < runs; run++) {
      // Rotate the order each run so no path always goes first after the previous length.
      for (const path of [...PATHS.slice(run % PATHS.length), ...PATHS.slice(0, run % PATHS.length)]) {
        const usage = sampleChromium();
        const result = await printOnce(browser, url, path, copies, timeoutMs);
        const sample = { ...result, ...usage.stop() };
        results.get(copies)?.get(path)?.push(sample);
        process.stderr.write(`  ${copies}× ${LABEL[path].padEnd(15)} run ${run + 1}/${runs}: ${(sample.ms / 1000).toFixed(2)} s wall, ${(sample.cpuMs / 1000).toFixed(2)} s CPU, ${sample.pages} pages\n`);
      }
    }
  }
} finally {
  await browser.close();
  bench.server.close();
  await dist?.close();
}

console.log(formatReport(results, `${url}${values.url || values.view ? '' : ' (standalone seed page)'}`));
