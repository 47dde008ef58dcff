/**
 * The @page rules of the print view, written from the geometry constants.
 *
 * Paged.js reads @page size and margins to build its page boxes and its own
 * `@page { size }` for Chromium's print, so these take literal lengths, not var().
 * Page numbers (§7.5): `— N —`, 4号 宋体, the dash 7 mm below the 版心, odd pages right and
 * even pages left, one 4号 character in from the 版心 edge; a 信函's first page shows none (§10.1).
 */
import {
  BOTTOM_MARGIN_MM,
  INNER_MARGIN_MM,
  OUTER_MARGIN_MM,
  PAGE_HEIGHT_MM,
  PAGE_NUMBER_GAP_MM,
  PAGE_NUMBER_INSET_MM,
  PAGE_WIDTH_MM,
  SIZE_PT,
  TOP_MARGIN_MM,
  ptToMm,
  type FormatGeometry,
} from './geometry.ts';

/** `— N —`: U+2014, a space, the page number, a space, U+2014 (spec §7.1). */
const PAGE_NUMBER_CONTENT = '"\\2014\\0020" counter(page) "\\0020\\2014"';

export function printPageCss(geometry: FormatGeometry): string {
  const mm = (n: number) => `${n.toFixed(4)}mm`;
  // The page-number line box is one 4号 em tall and centred on the dash stroke, 7 mm below the 版心.
  const numberTop = PAGE_NUMBER_GAP_MM - ptToMm(SIZE_PT.si) / 2;
  const numberBox = (side: 'left' | 'right') => `
    content: ${PAGE_NUMBER_CONTENT};
    font-family: var(--gw-font-song);
    font-size: ${SIZE_PT.si}pt;
    line-height: 1;
    letter-spacing: 0;
    vertical-align: top;
    text-align: ${side};
    padding-top: ${mm(numberTop)};
    padding-${side}: ${mm(PAGE_NUMBER_INSET_MM)};`;
  return `
@page {
  size: ${PAGE_WIDTH_MM}mm ${PAGE_HEIGHT_MM}mm;
  margin: ${mm(TOP_MARGIN_MM)} ${mm(OUTER_MARGIN_MM)} ${mm(BOTTOM_MARGIN_MM)} ${mm(INNER_MARGIN_MM)};
}
@page :right {
  @bottom-right {${numberBox('right')}
  }
}
@page :left {
  @bottom-left {${numberBox('left')}
  }
}
${geometry.firstPageNumbered ? '' : '@page :first {\n  @bottom-right { content: none; }\n}\n'}`;
}
