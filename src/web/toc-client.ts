/**
 * The 目录 in the browser (TableOfContents.astro, BackToToc.astro): the narrow-screen 目录 button,
 * the section being read marked (aria-current) and highlighted while scrolling, focus moved to the
 * heading a link leads to, and 返回目录 kept at the foot of the screen once the 目录 has scrolled
 * away. Without it the page still works: the list shows, and links scroll to their targets.
 */

import { enhanceFold } from './fold-client.ts';

/** A section is being read once its top is above this line, in per cent of the screen's height from its top. */
const READING_LINE = 35;
/**
 * Longer than any page: a root margin this far beyond one edge of the screen makes "anywhere on that
 * side" one intersection, so a jump past the screen in one scroll (a link, Home, End) is still seen.
 */
const FAR = '1000000px';
const HEADING = 'h1, h2, h3, h4, h5, h6';

export function enhanceOutline(): void {
  const nav = document.querySelector<HTMLElement>('.gw-toc');
  const toggle = nav?.querySelector<HTMLButtonElement>('.gw-fold');
  if (!nav || !toggle) return;
  const sections = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap((link) => {
    const target = targetOf(link);
    return target ? [{ link, target }] : [];
  });
  const current = markCurrentSection(nav, sections);
  enhanceFold(toggle);

  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
    const target = link && plainClick(event) ? targetOf(link) : null;
    if (target) focusHeading(target);
  });
  // Back and forward between sections, and links to them from elsewhere on the page.
  window.addEventListener('hashchange', () => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && !nav.contains(target)) focusHeading(target);
  });

  const back = document.querySelector<HTMLAnchorElement>('.gw-to-toc');
  if (!back) return;
  back.addEventListener('click', (event) => {
    if (!plainClick(event)) return;
    event.preventDefault();
    toggle.setAttribute('aria-expanded', 'true');
    // A side nav is on screen already (sticky); scrolling to where it starts would lose the reader's place.
    const box = nav.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= innerHeight) nav.scrollIntoView({ block: 'start' });
    (current() ?? sections[0]?.link)?.focus();
  });
  // The root reaches far below the screen, so the 目录 leaves it only by scrolling away above, even in one jump.
  new IntersectionObserver(
    ([entry]) => {
      if (entry) back.toggleAttribute('data-stuck', !entry.isIntersecting);
    },
    { rootMargin: `0px 0px ${FAR} 0px` },
  ).observe(nav);
}

const targetOf = (link: HTMLAnchorElement) => document.getElementById(decodeURIComponent(link.hash.slice(1)));

/** A click that follows the link in this tab (not one that opens a new tab or window). */
const plainClick = (event: MouseEvent) => !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * Focuses the heading of `target` (itself, or the first heading of the section it is) without
 * scrolling, so the browser's own scroll to the fragment (with scroll-margin) still places it, and
 * the next Tab continues from there instead of from the 目录.
 */
function focusHeading(target: HTMLElement): void {
  const heading = target.matches(HEADING) ? target : (target.querySelector<HTMLElement>(HEADING) ?? target);
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/**
 * Marks the link of the section being read with aria-current="true": the last one whose target is
 * above the reading line (the title before any is), or, at the end of the page (the footer wholly in
 * view), the last one on screen, so a short last section can be current. While the reader looks at a
 * 目录 in the flow (a narrow page: it is on the reading line) the mark stays where they were reading.
 * Returns a reader of the current link.
 */
function markCurrentSection(nav: HTMLElement, sections: { link: HTMLAnchorElement; target: HTMLElement }[]): () => HTMLAnchorElement | undefined {
  const above = new Set<Element>();
  let atEnd = false;
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    if (current && onReadingLine(nav) && getComputedStyle(nav).position !== 'sticky') return;
    const reached = sections.findLast(({ target }) => above.has(target) || (atEnd && target.getBoundingClientRect().top < innerHeight));
    const next = (reached ?? sections[0])?.link;
    if (next === current) return;
    current?.removeAttribute('aria-current');
    next?.setAttribute('aria-current', 'true');
    current = next;
    if (next) keepInView(nav, next);
  };
  const line = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) above.add(entry.target);
        else above.delete(entry.target);
      }
      update();
    },
    { rootMargin: `${FAR} 0px -${100 - READING_LINE}% 0px` },
  );
  for (const { target } of sections) line.observe(target);
  const footer = document.querySelector('.gw-site-footer');
  if (footer) {
    new IntersectionObserver(
      ([entry]) => {
        atEnd = (entry?.intersectionRatio ?? 0) >= 0.99;
        update();
      },
      { threshold: 1 },
    ).observe(footer);
  }
  return () => current;
}

/** Whether `element` spans the reading line. */
function onReadingLine(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const line = (innerHeight * READING_LINE) / 100;
  return box.top <= line && box.bottom >= line;
}

/** Scrolls a side nav taller than the screen (not the page) so its current link stays in sight. */
function keepInView(nav: HTMLElement, link: HTMLAnchorElement): void {
  if (nav.scrollHeight <= nav.clientHeight) return;
  const box = nav.getBoundingClientRect();
  const item = link.getBoundingClientRect();
  if (item.top < box.top) nav.scrollTop -= box.top - item.top;
  else if (item.bottom > box.bottom) nav.scrollTop += item.bottom - box.bottom;
}
