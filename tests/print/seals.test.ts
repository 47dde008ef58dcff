/**
 * The sealed signature on the printed page (GB/T 9704 §7.3.5.1), measured in the PDF as a clerk with a
 * ruler and a 42 mm seal would: the date four cells from the right, the 署名 centred on it, and a place
 * for the seal — centred on the date (or over each 署名), its top within one line below the body, with
 * 署名 and date a little below its centre — where nothing else is printed. An electronic seal is checked
 * as drawn: its red ink on the page, an image in the PDF, a Figure tag with its alt text.
 *
 * Documents: the seed (西青张政发〔2024〕1号, the default seal: stamp), 浙人社发〔2023〕16号 (three organs,
 * joint-three-seals.mdx), 沪府办发〔2023〕14号 with seal: image (issue-long-title.mdx) and 北京市人民政府令第228号
 * with a 签名章 image (order-signature-image.mdx); sources in each file. The images are the fixture site's
 * specimen seal (tests/fixture-site/seals), drawn 42 mm wide.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { CELL_MM, DEFAULT_SEAL_DIAMETER_MM, LINE_PITCH_MM } from '../../print/geometry.ts';
import { openPdf, type PageText, type TextRun } from './pdf-reader.ts';
import { RIGHT, LEFT, fixturePdf, isBodySize, isDark, isPageNumber, isRed, pagesOf, rasterize, sitePdfs } from './support.ts';

const DIAMETER = DEFAULT_SEAL_DIAMETER_MM;
const RADIUS = DIAMETER / 2;
/** 成文日期一般右空四字 (§7.3.5.1). */
const DATE_RIGHT = RIGHT - 4 * CELL_MM;
const centreX = (box: { x: number; right: number }) => (box.x + box.right) / 2;
const centreY = (box: { top: number; bottom: number }) => (box.top + box.bottom) / 2;

interface Closing {
  page: PageText;
  /** The last line of 正文 above the signature. */
  body: { top: number; bottom: number };
  names: TextRun[];
  date: TextRun;
}

/** The signature block of the page that holds `dateText`: the runs between the last body line and the date. */
async function closingOf(pdf: string, dateText: string): Promise<Closing> {
  const pages = await pagesOf(pdf);
  const page = pages.find((candidate) => candidate.runs.some((run) => run.text === dateText))!;
  expect(page, `a page with ${dateText}`).toBeDefined();
  const lines = page.lines.filter((line) => !isPageNumber(line) && isBodySize(line));
  const dateIndex = lines.findIndex((line) => line.runs.some((run) => run.text === dateText));
  const date = lines[dateIndex]!.runs.find((run) => run.text === dateText)!;
  // The 署名 lines run on from the date line by line; blank lines part them from the body.
  let first = dateIndex;
  while (first > 0 && lines[first]!.top - lines[first - 1]!.top < 1.5 * LINE_PITCH_MM) first--;
  const names = lines.slice(first, dateIndex).flatMap((line) => line.runs);
  return { page, body: lines[first - 1]!, names, date };
}

/**
 * Where a seal of DIAMETER may stand over `names` (their block's vertical centre `nameCentre`), by the
 * clause: top between the body and one line below it, centre at or above the names but within a quarter
 * of the diameter of them. Returns the middle of the allowed range, or fails when there is none.
 */
function sealCentreY(body: { bottom: number }, nameCentre: number): number {
  const low = Math.max(body.bottom + RADIUS, nameCentre - RADIUS / 2);
  const high = Math.min(body.bottom + LINE_PITCH_MM + RADIUS, nameCentre);
  expect(low, 'a place for the seal: top within one line of the body, 署名 and date a little below its centre').toBeLessThanOrEqual(high);
  return (low + high) / 2;
}

/** Dark or red pixels inside a circle of DIAMETER, apart from the glyph boxes of `own` (the 署名 and date under it). */
function foreignInkInCircle(pdf: string, page: number, cx: number, cy: number, own: TextRun[]): number {
  const raster = rasterize(pdf, page, 100);
  const mm = (px: number) => (px * 25.4) / raster.dpi;
  const px = (value: number) => Math.round((value * raster.dpi) / 25.4);
  const inOwn = (x: number, y: number) => own.some((run) => x >= run.x - 0.5 && x <= run.right + 0.5 && y >= run.top - 0.5 && y <= run.bottom + 0.5);
  let count = 0;
  for (let y = px(cy - RADIUS); y <= px(cy + RADIUS); y++) {
    for (let x = px(cx - RADIUS); x <= px(cx + RADIUS); x++) {
      if (Math.hypot(mm(x) - cx, mm(y) - cy) > RADIUS || inOwn(mm(x), mm(y))) continue;
      const pixel = raster.pixel(x, y);
      if (isDark(pixel) || isRed(pixel)) count++;
    }
  }
  return count;
}

/** The bounding box of the red ink on a page below `fromY` mm (the seal, not the 标志), in mm. */
function redInkBelow(pdf: string, page: number, fromY: number): { x: number; right: number; top: number; bottom: number } {
  const raster = rasterize(pdf, page, 150);
  const mm = (px: number) => (px * 25.4) / raster.dpi;
  let [x, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let py = Math.round((fromY * raster.dpi) / 25.4); py < raster.height; py++) {
    for (let px = 0; px < raster.width; px++) {
      if (!isRed(raster.pixel(px, py))) continue;
      [x, right, top, bottom] = [Math.min(x, mm(px)), Math.max(right, mm(px + 1)), Math.min(top, mm(py)), Math.max(bottom, mm(py + 1))];
    }
  }
  return { x, right, top, bottom };
}

/** Figure elements of a page's tag tree, with their alt text. */
async function figuresOf(pdf: string, pageNumber: number): Promise<{ alt?: string }[]> {
  const page = await (await openPdf(pdf)).getPage(pageNumber);
  const found: { alt?: string }[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const element = node as { role?: string; alt?: string; children?: unknown[] };
    if (element.role === 'Figure') found.push({ ...(element.alt === undefined ? {} : { alt: element.alt }) });
    element.children?.forEach(walk);
  };
  walk(await page.getStructTree());
  return found;
}

/** The images poppler lists on a page (pdfimages -list): width and height in pixels. */
function imagesOn(pdf: string, page: number): { width: number; height: number; type: string }[] {
  const listing = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' });
  return listing
    .split('\n')
    .slice(2)
    .map((row) => row.trim().split(/\s+/u))
    .filter((cells) => cells.length > 4)
    .map((cells) => ({ type: cells[2]!, width: Number(cells[3]), height: Number(cells[4]) }));
}

test('seed, sealed for a stamp (the default): date four cells from the right, 署名 centred on it, room for a 42 mm seal', async () => {
  const { pdf } = sitePdfs()[0]!;
  const { page, body, names, date } = await closingOf(pdf, '2023年1月23日');
  expect(page.number).toBe(1);
  expect(names.map((run) => run.text).join('')).toBe('天津市西青区张家窝镇人民政府');
  const [name] = names;
  expect(Math.abs(date.right - DATE_RIGHT)).toBeLessThanOrEqual(1);
  expect(Math.abs(centreX(name!) - centreX(date))).toBeLessThanOrEqual(1);
  // 署名 on the line above the date; the room for the seal opens two blank lines under the body.
  expect((date.top - name!.top) / LINE_PITCH_MM).toBeCloseTo(1, 1);
  expect((name!.top - body.top) / LINE_PITCH_MM).toBeCloseTo(3, 1);
  const cy = sealCentreY(body, (name!.top + date.bottom) / 2);
  expect(foreignInkInCircle(pdf, page.number, centreX(date), cy, [name!, date])).toBe(0);
  // The 附注 keeps the line under the date (§7.3.6), though the seal's place reaches below the date.
  const note = page.runs.find((run) => run.text === '（此件主动公开）')!;
  expect((note.top - date.top) / LINE_PITCH_MM).toBeCloseTo(1, 1);
  // A stamp's room is empty paper: no red below the 版头 on the page.
  expect(redInkBelow(pdf, page.number, name!.top - RADIUS).right).toBe(-Infinity);
});

test('three organs (浙人社发〔2023〕16号): three aligned seal places in order, the last over the date, none touching, all inside the 版心', async () => {
  const { pdf } = fixturePdf('joint-three-seals');
  const { page, body, names, date } = await closingOf(pdf, '2023年5月10日');
  // Columns: runs whose centres lie together, left to right.
  const columns: TextRun[][] = [];
  for (const run of [...names].sort((a, b) => centreX(a) - centreX(b))) {
    const column = columns.at(-1);
    if (column && Math.abs(centreX(column[0]!) - centreX(run)) < 5) column.push(run);
    else columns.push([run]);
  }
  const read = (column: TextRun[]) => [...column].sort((a, b) => a.top - b.top).map((run) => run.text).join('');
  expect(columns.map(read)).toEqual(['浙江省人力资源和社会保障厅', '浙江省财政厅', '国家税务总局浙江省税务局']);
  const centres = columns.map((column) => centreX(column[0]!));
  expect(Math.abs(date.right - DATE_RIGHT)).toBeLessThanOrEqual(1);
  expect(Math.abs(centres[2]! - centreX(date))).toBeLessThanOrEqual(1);
  // 排列整齐、互不相交或相切: equal steps, wider than a seal; 两端不得超出版心.
  expect(Math.abs(centres[1]! - centres[0]! - (centres[2]! - centres[1]!))).toBeLessThanOrEqual(0.5);
  expect(centres[1]! - centres[0]!).toBeGreaterThan(DIAMETER);
  expect(centres[0]! - RADIUS).toBeGreaterThanOrEqual(LEFT - 0.5);
  expect(centres[2]! + RADIUS).toBeLessThanOrEqual(RIGHT + 0.5);
  // One row: the name blocks share their last line, just above the date.
  const bottoms = columns.map((column) => Math.max(...column.map((run) => run.bottom)));
  for (const bottom of bottoms) expect(Math.abs(bottom - bottoms[0]!)).toBeLessThanOrEqual(0.3);
  expect((date.top - Math.max(...columns[0]!.map((run) => run.top))) / LINE_PITCH_MM).toBeCloseTo(1, 1);
  // Each seal's place: aligned across the row, its top within one line of the body, free of other ink.
  const rowCentre = sealCentreY(body, Math.max(...columns.map((column) => centreY({ top: Math.min(...column.map((r) => r.top)), bottom: Math.max(...column.map((r) => r.bottom)) }))));
  columns.forEach((column, i) => {
    const own = i === 2 ? [...column, date] : column;
    expect(foreignInkInCircle(pdf, page.number, centres[i]!, rowCentre, own), read(column)).toBe(0);
  });
  // The page also holds body text (§7.3.5.5).
  expect(body.top).toBeLessThan(date.top);
});

test('an electronic seal (seal: image): drawn 42 mm wide, centred on the date over 署名 and date, an image with a Figure tag 印章：<organ>', async () => {
  const { pdf } = fixturePdf('issue-long-title');
  const { page, body, names, date } = await closingOf(pdf, '2023年7月22日');
  expect(names.map((run) => run.text).join('')).toBe('上海市人民政府办公厅');
  const [name] = names;
  expect(Math.abs(date.right - DATE_RIGHT)).toBeLessThanOrEqual(1);
  expect(Math.abs(centreX(name!) - centreX(date))).toBeLessThanOrEqual(1);
  const red = redInkBelow(pdf, page.number, body.bottom - 1);
  // The specimen's outer ring is 97.6 % of its box: 41 mm of ink in a 42 mm box.
  expect(red.right - red.x).toBeGreaterThan(DIAMETER - 2);
  expect(red.right - red.x).toBeLessThanOrEqual(DIAMETER + 0.5);
  expect(Math.abs(red.bottom - red.top - (red.right - red.x))).toBeLessThanOrEqual(0.5);
  expect(Math.abs(centreX(red) - centreX(date))).toBeLessThanOrEqual(1);
  // Its top within one line below the body; 署名 and date a little below its centre.
  expect(red.top - body.bottom).toBeGreaterThanOrEqual(0);
  expect(red.top - body.bottom).toBeLessThanOrEqual(LINE_PITCH_MM);
  const below = (name!.top + date.bottom) / 2 - centreY(red);
  expect(below).toBeGreaterThan(0);
  expect(below).toBeLessThan(RADIUS / 2);
  // In the PDF: one image, the PNG at its own 496 px, tagged as a Figure with its alt text.
  expect(imagesOn(pdf, page.number)).toContainEqual({ type: 'image', width: 496, height: 496 });
  expect(await figuresOf(pdf, page.number)).toEqual([{ alt: '印章：上海市人民政府办公厅' }]);
});

test("a 令's 签名章 image (§7.3.5.3): four cells of right space, 职务 two cells to its left and centred on it, tagged 签名章：<name>", async () => {
  const { pdf } = fixturePdf('order-signature-image');
  const [page] = await pagesOf(pdf);
  const title = page!.runs.find((run) => run.text === '市长')!;
  const date = page!.runs.find((run) => run.text === '二〇一一年一月十日')!;
  const stamp = redInkBelow(pdf, 1, title.top - 2 * LINE_PITCH_MM);
  expect(Math.abs(stamp.right - DATE_RIGHT)).toBeLessThanOrEqual(1);
  expect(Math.abs(stamp.x - title.right - 2 * CELL_MM)).toBeLessThanOrEqual(1);
  expect(Math.abs(centreY(stamp) - centreY(title))).toBeLessThanOrEqual(1);
  // Drawn two lines tall; the date one blank line below the stamp's line, also four cells in.
  expect(stamp.bottom - stamp.top).toBeGreaterThan(2 * LINE_PITCH_MM - 1.5);
  expect((date.top - title.top) / LINE_PITCH_MM).toBeCloseTo(2, 1);
  expect(Math.abs(date.right - DATE_RIGHT)).toBeLessThanOrEqual(1);
  // The name is in the Figure's alt text, not printed beside the stamp.
  expect(page!.runs.some((run) => run.text.includes('郭金龙'))).toBe(false);
  expect(await figuresOf(pdf, 1)).toEqual([{ alt: '签名章：郭金龙' }]);
});
