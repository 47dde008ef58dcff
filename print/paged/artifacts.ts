/**
 * Page numbers are pagination artifacts, not document text (PDF/UA; issue 3 item 5).
 * Chromium tags the PDF from the accessibility tree and leaves hidden nodes out of the
 * structure tree, so the margin boxes that hold `— N —` are hidden from it.
 */
import type { HandlerFactory } from './types.ts';

export const artifactHandler: HandlerFactory = (Handler) =>
  class ArtifactHandler extends Handler {
    afterRendered(): void {
      for (const margin of this.chunker.pagesArea.querySelectorAll('.pagedjs_margin')) {
        margin.setAttribute('aria-hidden', 'true');
      }
    }
  };
