/**
 * Where the 署名, the 成文日期 and the seals of a sealed document go (GB/T 9704 §7.3.5.1), worked out in
 * Node from the set widths of the names and the date, so the print CSS only places boxes.
 *
 * - The date ends four cells from the 版心's right edge.
 * - One organ: its 署名 on the line above, centred on the date; the seal centred on the date, its centre
 *   on the 署名 line's centre, so 署名 and date (the two lines together) sit half a line below the
 *   seal's centre ("居印章中心偏下"). Blank lines above the 署名: the fewest that keep the seal off the
 *   body, which leaves its top less than one line below the body ("上距正文一行之内").
 * - Several organs (联合行文): each 署名 under its own seal, in order, in rows of as many seals as fit the
 *   版心 with SEAL_MIN_GAP_MM between them; every row ends in the date's column, so the last seal also
 *   covers the date; rows are balanced (five organs: three and two) and never closer than the gap.
 *
 * Across, in millimetres from the 版心's left edge; down, in grid lines from the top of the block (the
 * bottom of the last body line), so the print CSS multiplies them by the pitch as laid out.
 */
import { CELL_MM, LINE_PITCH_MM, SEAL_MIN_GAP_MM, SEALED_DATE_RIGHT_CELLS, TEXT_WIDTH_MM } from './geometry.ts';

export interface SealLayoutInput {
  /** The set width of each 署名, in order. */
  nameWidthsMm: readonly number[];
  dateWidthMm: number;
  diameterMm: number;
}

export interface PlacedSignatory {
  /** The 署名 box: centred on `centreXMm`, `widthMm` wide, from grid line `line` for `lines` lines. */
  centreXMm: number;
  widthMm: number;
  line: number;
  lines: number;
  /** The seal's centre: across in mm, down in grid lines. */
  sealCentreXMm: number;
  sealCentreLine: number;
}

export interface SealLayout {
  /** Blank grid lines between the body and the first 署名 row. */
  linesAbove: number;
  signatories: PlacedSignatory[];
  /** The grid line of the 成文日期. */
  dateLine: number;
  /** Grid lines of the block, the blank ones above included, to the date's. */
  lines: number;
  /** How far the lowest seal reaches below the date line (kept free of the 版记 and the page's end). */
  overhangMm: number;
  diameterMm: number;
}

const PITCH = LINE_PITCH_MM;

/** Lines a centred name takes in a box `widthMm` wide: the 署名 of full-width characters wraps by whole cells. */
function linesOf(nameWidthMm: number, widthMm: number): number {
  const cellsPerLine = Math.max(1, Math.floor(widthMm / CELL_MM + 1e-6));
  return Math.max(1, Math.ceil(nameWidthMm / (cellsPerLine * CELL_MM) - 1e-6));
}

/** How many organs each row holds: balanced, the earlier rows the fuller. */
function rowSizes(count: number, perRow: number): number[] {
  const rows = Math.ceil(count / perRow);
  const base = Math.floor(count / rows);
  return Array.from({ length: rows }, (_, row) => base + (row < count % rows ? 1 : 0));
}

export function sealLayout({ nameWidthsMm, dateWidthMm, diameterMm }: SealLayoutInput): SealLayout {
  if (nameWidthsMm.length === 0) throw new Error('sealLayout: a sealed signature needs at least one 署名');
  const radius = diameterMm / 2;
  const dateRightMm = TEXT_WIDTH_MM - SEALED_DATE_RIGHT_CELLS * CELL_MM;
  const dateCentreMm = dateRightMm - dateWidthMm / 2;
  // The seal's centre sits on the 署名 line's centre: the fewest blank lines that keep its top below the body.
  const linesAbove = Math.max(1, Math.ceil((diameterMm - PITCH) / (2 * PITCH) - 1e-9));
  const columnPitch = diameterMm + SEAL_MIN_GAP_MM;
  const single = nameWidthsMm.length === 1;
  const perRow = single ? 1 : Math.max(1, Math.min(nameWidthsMm.length, 1 + Math.floor((dateCentreMm - radius) / columnPitch + 1e-9)));
  // A joint 署名 wraps within its column, so it never runs under the next seal; a single one may be as wide as the 版心.
  const nameBoxMm = single ? TEXT_WIDTH_MM : columnPitch - SEAL_MIN_GAP_MM;

  const signatories: PlacedSignatory[] = [];
  let line = linesAbove;
  let previousSealBottomMm = -Infinity;
  let index = 0;
  for (const size of rowSizes(nameWidthsMm.length, perRow)) {
    const widths = nameWidthsMm.slice(index, index + size);
    const rowLines = Math.max(...widths.map((width) => linesOf(width, nameBoxMm)));
    // This row's seals clear the row above by the gap.
    while ((line + rowLines / 2) * PITCH - radius < previousSealBottomMm + SEAL_MIN_GAP_MM) line += 1;
    const sealCentreLine = line + rowLines / 2;
    widths.forEach((width, column) => {
      // Right-aligned rows: the row's last seal stands in the date's column.
      const sealCentreXMm = dateCentreMm - (size - 1 - column) * columnPitch;
      const lines = linesOf(width, nameBoxMm);
      const boxMm = single ? Math.min(width, TEXT_WIDTH_MM) : nameBoxMm;
      // A 署名 wider than the room right of the date's centre moves left to stay inside the 版心.
      const centreXMm = Math.min(sealCentreXMm, TEXT_WIDTH_MM - boxMm / 2);
      // Names of fewer lines end on the row's last line: every line stays on the grid, and each name
      // still sits at or below its seal's centre.
      signatories.push({ centreXMm, widthMm: boxMm, line: line + rowLines - lines, lines, sealCentreXMm, sealCentreLine });
    });
    previousSealBottomMm = sealCentreLine * PITCH + radius;
    line += rowLines;
    index += size;
  }
  const dateLine = line;
  const lines = dateLine + 1;
  const overhangMm = Math.max(0, previousSealBottomMm - lines * PITCH);
  return { linesAbove, signatories, dateLine, lines, overhangMm, diameterMm };
}
