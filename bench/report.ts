/**
 * The bench's table: for each length and path, medians with min–max over the runs, ratios to
 * Chromium's own print in the same round, cost per page, and the targets of issue 3 item 7.
 */
import type { ChromiumUsage } from './chromium-usage.ts';
import type { PrintPath, PrintResult } from './print-paths.ts';

export type Sample = PrintResult & ChromiumUsage;

/** Samples by length, then path; runs in the same order for every path (same rounds). */
export type Results = Map<number, Map<PrintPath, Sample[]>>;

export const PATHS: PrintPath[] = ['native', 'paged', 'paged-unfixed'];
export const LABEL: Record<PrintPath, string> = {
  native: 'Chromium print',
  paged: 'Paged.js + fix',
  'paged-unfixed': 'Paged.js as is',
};

const TARGET_RATIO_1X = 1.15;
const TARGET_PDF_BYTES_1X = 700 * 1000;
/** Cost linear in length: the last step's added-page cost at most this many times the first step's (noise allowance). */
const TARGET_ADDED_PAGE_GROWTH = 1.5;

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`bench: no item ${index} of ${items.length}`);
  return item;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? at(s, mid) : (at(s, mid - 1) + at(s, mid)) / 2;
}

const spread = (xs: readonly number[], digits: number, scale = 1): string =>
  `${(median(xs) / scale).toFixed(digits)} (${(Math.min(...xs) / scale).toFixed(digits)}–${(Math.max(...xs) / scale).toFixed(digits)})`;

const pad = (cells: readonly string[], widths: readonly number[]): string =>
  cells.map((cell, i) => cell.padStart(at(widths, i))).join('  ');

export function formatReport(results: Results, input: string): string {
  const lengths = [...results.keys()];
  const samplesOf = (copies: number, path: PrintPath): Sample[] => {
    const samples = results.get(copies)?.get(path);
    if (!samples?.length) throw new Error(`bench: no runs of ${path} at ${copies}×`);
    return samples;
  };
  /** Each run over Chromium's own print of the same length in the same round. */
  const ratios = (copies: number, path: PrintPath, of: (s: Sample) => number): number[] =>
    samplesOf(copies, path).map((s, i) => of(s) / of(at(samplesOf(copies, 'native'), i)));
  const pages = (copies: number, path: PrintPath): number => at(samplesOf(copies, path), 0).pages;
  const runs = samplesOf(at(lengths, 0), 'native').length;

  const widths = [6, 15, 5, 20, 17, 20, 17, 10, 9, 7];
  const lines = [
    `Bench: ${input}; ${runs} runs per cell, interleaved.`,
    'Cells: median (min–max). Ratios: each run over Chromium’s own print of the same length in the same round.',
    'Wall: opening the page to holding the PDF. CPU: user+system time of Chromium’s process tree (a busy machine disturbs it less).',
    'Peak RSS: largest sum of VmRSS over Chromium’s process tree (/proc, every 50 ms), whole browser.',
    '',
    pad(['length', 'path', 'pages', 'wall s', '× Chromium wall', 'CPU s', '× Chromium CPU', 'paginate s', 'peak RSS', 'PDF KB'], widths),
  ];
  for (const copies of lengths) {
    for (const path of PATHS) {
      const samples = samplesOf(copies, path);
      const native = path === 'native';
      lines.push(
        pad(
          [
            `${copies}×`,
            LABEL[path],
            [...new Set(samples.map((s) => s.pages))].join('/'),
            spread(samples.map((s) => s.ms), 2, 1000),
            native ? '1' : spread(ratios(copies, path, (s) => s.ms), 2),
            spread(samples.map((s) => s.cpuMs), 2, 1000),
            native ? '1' : spread(ratios(copies, path, (s) => s.cpuMs), 2),
            native ? '–' : (median(samples.map((s) => s.paginateMs)) / 1000).toFixed(2),
            `${(Math.max(...samples.map((s) => s.peakBytes)) / 1e6).toFixed(0)} MB`,
            (at(samples, 0).pdf.length / 1000).toFixed(0),
          ],
          widths,
        ),
      );
    }
  }

  // Cost per page: the whole run over its pages, and each page added between two lengths
  // ((t₂ − t₁) / (pages₂ − pages₁)), which leaves out the fixed cost of opening the page and
  // loading fonts: linear growth keeps the added-page cost flat from one step to the next.
  const first = at(lengths, 0);
  const last = at(lengths, lengths.length - 1);
  lines.push('', 'Cost per page (ms, medians): whole run / pages at each length; per added page between lengths');
  for (const [measure, of] of [
    ['wall', (s: Sample) => s.ms],
    ['CPU', (s: Sample) => s.cpuMs],
  ] as const) {
    for (const path of PATHS) {
      const cost = (copies: number): number => median(samplesOf(copies, path).map(of));
      const perPage = (copies: number): number => cost(copies) / pages(copies, path);
      const whole = lengths.map((copies) => `${copies}×: ${perPage(copies).toFixed(1)}`);
      const added = lengths.slice(1).map((copies, i) => {
        const before = at(lengths, i);
        const ms = (cost(copies) - cost(before)) / (pages(copies, path) - pages(before, path));
        return `${before}→${copies}×: ${ms.toFixed(1)}`;
      });
      lines.push(
        `  ${measure.padEnd(4)} ${LABEL[path].padEnd(15)} ${whole.join(', ')}; ${last}×/${first}× per page ${(perPage(last) / perPage(first)).toFixed(2)}; added page ${added.join(', ')}`,
      );
    }
  }

  const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const ratio1x = median(ratios(first, 'paged', (s) => s.ms));
  // Linear growth keeps the added-page cost flat: compare the last step's with the first step's.
  const addedPageCpu = (from: number, to: number): number =>
    (median(samplesOf(to, 'paged').map((s) => s.cpuMs)) - median(samplesOf(from, 'paged').map((s) => s.cpuMs))) /
    (pages(to, 'paged') - pages(from, 'paged'));
  const steps = lengths.slice(1).map((copies, i) => [at(lengths, i), copies] as const);
  const linearity = (): string => {
    if (steps.length < 2) return '  cost linear in length: needs three lengths (--copies 1,4,16)';
    const [firstStep, lastStep] = [at(steps, 0), at(steps, steps.length - 1)];
    const growth = addedPageCpu(...lastStep) / addedPageCpu(...firstStep);
    return (
      `  cost linear in length: the CPU cost of a page added ${lastStep[0]}→${lastStep[1]}× is ${growth.toFixed(2)}× that of one added ` +
      `${firstStep[0]}→${firstStep[1]}× (target ≤ ${TARGET_ADDED_PAGE_GROWTH}×, flat within noise): ${verdict(growth <= TARGET_ADDED_PAGE_GROWTH)}`
    );
  };
  const pdfBytes = at(samplesOf(first, 'paged'), 0).pdf.length;
  lines.push(
    '',
    'Targets',
    `  time at ${first}×: Paged.js + fix ${ratio1x.toFixed(2)}× Chromium’s own print, wall median (target ≤ ${TARGET_RATIO_1X}×): ${verdict(ratio1x <= TARGET_RATIO_1X)}`,
    linearity(),
    `  PDF at ${first}×: ${(pdfBytes / 1000).toFixed(0)} KB (target ≤ ${TARGET_PDF_BYTES_1X / 1000} KB): ${verdict(pdfBytes <= TARGET_PDF_BYTES_1X)}`,
  );
  for (const copies of lengths) {
    if (pages(copies, 'paged') !== pages(copies, 'paged-unfixed')) {
      lines.push(`  WARNING: at ${copies}× the fix gives ${pages(copies, 'paged')} pages, Paged.js as is ${pages(copies, 'paged-unfixed')}`);
    }
  }
  return lines.join('\n');
}
