/**
 * The 信函's second red double rule, 20 mm above the paper bottom of page 1 (GB/T 9704 §10.1). It
 * lies outside the 版心, where Paged.js would take it for overflow, so it is added to page 1 once
 * pagination is done; print/gongwen.css (.gw-letter-foot-rule) places and draws it.
 */
import type { HandlerFactory } from './types.ts';

export const letterHandler: HandlerFactory = (Handler) =>
  class LetterHandler extends Handler {
    override afterRendered(): void {
      const first = this.chunker.pages[0]?.element;
      if (!first?.querySelector('.gw-head[data-separator="double"]')) return;
      const rule = document.createElement('div');
      rule.className = 'gw-letter-foot-rule';
      rule.setAttribute('aria-hidden', 'true');
      first.querySelector('.pagedjs_page_content')!.append(rule);
    }
  };
