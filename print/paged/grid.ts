/**
 * Snaps blocks whose lines are not on the 22-line grid (2号 titles at a 36 pt pitch) to a whole
 * number of grid lines, so the body lines that follow stay on the page grid (spec §3.4).
 * Runs on the laid-out document before Paged.js paginates it.
 */
export const OFF_GRID_BLOCKS = '.gw-title, .gw-issued__title, .gw-attachment__title';

export function snapToGrid(root: Document): void {
  const probe = root.createElement('div');
  probe.style.height = 'var(--gw-pitch)';
  root.body.append(probe);
  const pitch = probe.getBoundingClientRect().height;
  probe.remove();
  for (const block of root.querySelectorAll<HTMLElement>(OFF_GRID_BLOCKS)) {
    // Nearest whole number of lines: a 36 pt title line is 1.24 pitches, its glyphs about one.
    const lines = Math.max(1, Math.round(block.getBoundingClientRect().height / pitch));
    block.style.height = `calc(${lines} * var(--gw-pitch))`;
  }
}
