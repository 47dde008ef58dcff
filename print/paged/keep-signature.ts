/**
 * 署名, 成文日期 and 印章 never start a page without 正文 above them (GB/T 9704 §7.3.5.5): when a
 * page would end just before a signature block — or inside it — the last line of the text before
 * it moves to the next page too, so the signature follows body text there.
 *
 * A Paged.js onOverflow hook: the overflow range says where the next page would start; this moves
 * its start back to the beginning of the last laid-out line before the closing. `.gw-signature`
 * has `break-inside: avoid`, so Paged.js never splits the block itself.
 */
import type { HandlerFactory } from './types.ts';

/** Two boxes on one line: their tops within a quarter of a line of each other. */
const sameLine = (a: DOMRect, b: DOMRect) => Math.abs(a.top - b.top) < b.height / 4;

/** The text nodes before `end` inside `root`, last first, that hold more than white space. */
function* textBefore(root: HTMLElement, end: Element): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (end.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING && node.textContent?.trim()) nodes.push(node as Text);
  }
  yield* nodes.reverse();
}

function charBox(node: Text, offset: number): DOMRect | undefined {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return range.getClientRects()[0];
}

/** Where the last line of text before `closing` starts: a text node and offset, or null if none is on this page. */
function lastLineStart(rendered: HTMLElement, closing: Element): { node: Text; offset: number } | null {
  let start: { node: Text; offset: number } | null = null;
  let lastBox: DOMRect | undefined;
  for (const node of textBefore(rendered, closing)) {
    for (let offset = node.length - 1; offset >= 0; offset--) {
      const box = charBox(node, offset);
      if (!box || box.width === 0) continue;
      lastBox ??= box;
      if (!sameLine(box, lastBox)) return start;
      start = { node, offset };
    }
  }
  // The whole page is that one line: moving it would leave the page empty.
  return null;
}

export const keepSignatureHandler: HandlerFactory = (Handler) =>
  class KeepSignatureHandler extends Handler {
    override onOverflow(overflow: Range | undefined, rendered: HTMLElement): Range | undefined {
      if (!overflow) return undefined;
      for (const signature of rendered.querySelectorAll('.gw-signature')) {
        if (!overflow.intersectsNode(signature)) continue;
        const closing = signature.closest('.gw-closing') ?? signature;
        const closingStart = document.createRange();
        closingStart.selectNode(closing);
        // The page breaks inside the body: text already goes over with the signature.
        if (overflow.compareBoundaryPoints(Range.START_TO_START, closingStart) < 0) return undefined;
        const line = lastLineStart(rendered, closing);
        if (!line) return undefined;
        const pulled = document.createRange();
        // At a text node's start, break before the node: Paged.js would take the empty text left
        // behind for a word cut in two and add a hyphen (U+2011) to it.
        if (line.offset === 0) pulled.setStartBefore(line.node);
        else pulled.setStart(line.node, line.offset);
        pulled.setEnd(overflow.endContainer, overflow.endOffset);
        return pulled;
      }
      return undefined;
    }
  };
