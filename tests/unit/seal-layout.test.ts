/**
 * The sealed signature's geometry (GB/T 9704 §7.3.5.1), checked against the clause's own words rather
 * than against numbers the layout produced: 成文日期 右空四字; 署名 居中 on the date; the seal's top
 * 上距正文一行之内 (and never on the body); 署名 and date 居印章中心偏下; joint seals 互不相交或相切,
 * 每排印章两端不得超出版心, the last one over the date.
 * Widths are those of 3号 full-width text on the grid (one cell a character) and of a date such as
 * 2023年1月23日 (four characters and six half-width digits, about seven cells).
 */
import { expect, test } from '@playwright/test';
import { sealLayout, type SealLayout } from '../../print/seal-layout.ts';
import { CELL_MM, LINE_PITCH_MM, TEXT_WIDTH_MM } from '../../print/geometry.ts';

const cells = (n: number) => n * CELL_MM;
const DATE = cells(7);
const DATE_RIGHT = TEXT_WIDTH_MM - 4 * CELL_MM;

/** The checks every sealed layout must pass (a date `date` mm wide). */
function expectSealed(layout: SealLayout, diameter: number, date = DATE) {
  const radius = diameter / 2;
  const first = layout.signatories[0]!;
  const top = first.sealCentreLine * LINE_PITCH_MM - radius;
  // 印章顶端应当上距正文（或附件说明）一行之内 — and it does not print over the body.
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThanOrEqual(LINE_PITCH_MM);
  // Each 署名 lies under its own seal, at or below its centre but well within it.
  for (const placed of layout.signatories) {
    const nameCentre = (placed.line + placed.lines / 2) * LINE_PITCH_MM;
    const sealCentre = placed.sealCentreLine * LINE_PITCH_MM;
    expect(nameCentre - sealCentre).toBeGreaterThanOrEqual(0);
    expect(nameCentre - sealCentre).toBeLessThan(radius / 2);
    expect(Math.abs(placed.centreXMm - placed.sealCentreXMm)).toBeLessThan(0.01);
    // 每排印章两端不得超出版心.
    expect(placed.sealCentreXMm - radius).toBeGreaterThanOrEqual(0);
    expect(placed.sealCentreXMm + radius).toBeLessThanOrEqual(TEXT_WIDTH_MM);
  }
  // The last seal also presses on the date: centred on it, reaching past the middle of the date's line.
  const last = layout.signatories.at(-1)!;
  expect(Math.abs(last.sealCentreXMm - (DATE_RIGHT - date / 2))).toBeLessThan(0.01);
  expect((layout.dateLine + 0.5) * LINE_PITCH_MM).toBeLessThan(last.sealCentreLine * LINE_PITCH_MM + radius);
  // Seals 互不相交或相切.
  for (const [i, a] of layout.signatories.entries()) {
    for (const b of layout.signatories.slice(i + 1)) {
      const distance = Math.hypot(a.sealCentreXMm - b.sealCentreXMm, (a.sealCentreLine - b.sealCentreLine) * LINE_PITCH_MM);
      expect(distance).toBeGreaterThan(diameter);
    }
  }
  // The block reaches down to the lowest seal, so nothing that follows can print into one.
  const lowest = Math.max(...layout.signatories.map((placed) => placed.sealCentreLine * LINE_PITCH_MM + radius));
  expect(layout.lines * LINE_PITCH_MM + layout.overhangMm).toBeGreaterThanOrEqual(lowest - 1e-9);
}

test('one organ, a 42 mm seal: 署名 centred on the date on the line above it, two blank lines under the body', () => {
  const name = cells(13); // 天津市西青区张家窝镇人民政府
  const layout = sealLayout({ nameWidthsMm: [name], dateWidthMm: DATE, diameterMm: 42 });
  expectSealed(layout, 42);
  expect(layout.linesAbove).toBe(2);
  const [signatory] = layout.signatories;
  expect(signatory!.line).toBe(layout.dateLine - 1);
  expect(signatory!.centreXMm).toBeCloseTo(DATE_RIGHT - DATE / 2, 6);
  expect(signatory!.lines).toBe(1);
});

test('seals of 42 to 50 mm take the same two blank lines; the 60 mm seal of the 国务院 takes three', () => {
  for (const diameter of [42, 45, 50]) {
    const layout = sealLayout({ nameWidthsMm: [cells(6)], dateWidthMm: DATE, diameterMm: diameter });
    expectSealed(layout, diameter);
    expect(layout.linesAbove, `${diameter} mm`).toBe(2);
  }
  const large = sealLayout({ nameWidthsMm: [cells(3)], dateWidthMm: DATE, diameterMm: 60 });
  expectSealed(large, 60);
  expect(large.linesAbove).toBe(3);
});

test('a 署名 too long to centre on the date stays inside the 版心', () => {
  const name = cells(20);
  const layout = sealLayout({ nameWidthsMm: [name], dateWidthMm: DATE, diameterMm: 42 });
  const [signatory] = layout.signatories;
  expect(signatory!.centreXMm + name / 2).toBeLessThanOrEqual(TEXT_WIDTH_MM + 1e-9);
  expect(signatory!.centreXMm).toBeLessThan(DATE_RIGHT - DATE / 2);
});

test('three organs: one row of three seals, in order, the last over the date; long names wrap inside their column', () => {
  // 浙人社发〔2023〕16号: 浙江省人力资源和社会保障厅, 浙江省财政厅, 国家税务总局浙江省税务局.
  const date = cells(6.5);
  const layout = sealLayout({ nameWidthsMm: [cells(13), cells(6), cells(12)], dateWidthMm: date, diameterMm: 42 });
  const [a, b, c] = layout.signatories;
  expect(new Set(layout.signatories.map((placed) => placed.sealCentreLine)).size).toBe(1);
  expect(a!.sealCentreXMm).toBeLessThan(b!.sealCentreXMm);
  expect(b!.sealCentreXMm).toBeLessThan(c!.sealCentreXMm);
  // 整齐: equal steps between the seals.
  expect(c!.sealCentreXMm - b!.sealCentreXMm).toBeCloseTo(b!.sealCentreXMm - a!.sealCentreXMm, 6);
  // A name never runs under the next seal.
  for (const placed of layout.signatories) expect(placed.widthMm).toBeLessThan(c!.sealCentreXMm - b!.sealCentreXMm);
  expect(a!.lines).toBe(2);
  expect(b!.lines).toBe(1);
  // The short name ends on the row's last line, with the long ones: every line on the grid.
  expect(b!.line + b!.lines).toBe(a!.line + a!.lines);
  expect(Number.isInteger(b!.line)).toBe(true);
  expect(layout.dateLine).toBe(a!.line + a!.lines);
  expectSealed(layout, 42, date);
});

test('five organs: two rows (three and two), right-aligned, the second clear of the first', () => {
  const layout = sealLayout({ nameWidthsMm: [cells(5), cells(6), cells(4), cells(6), cells(5)], dateWidthMm: DATE, diameterMm: 42 });
  expectSealed(layout, 42);
  const rows = [...new Set(layout.signatories.map((placed) => placed.sealCentreLine))];
  expect(rows).toHaveLength(2);
  const second = layout.signatories.filter((placed) => placed.sealCentreLine === rows[1]);
  expect(second).toHaveLength(2);
  // Right-aligned: the second row's seals stand in the first row's last two columns.
  const firstRow = layout.signatories.filter((placed) => placed.sealCentreLine === rows[0]);
  expect(second.map((placed) => placed.sealCentreXMm)).toEqual(firstRow.slice(1).map((placed) => placed.sealCentreXMm));
});
