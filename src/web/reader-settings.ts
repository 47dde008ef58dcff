/**
 * The reader's settings (适老化): a text size and a high-contrast theme, each a class on <html> and a
 * localStorage entry. The web pages and the print view's screen both read them (reader-settings-head.ts).
 */

/** The text sizes, smallest first; `className` is what web.css scales the root font size by (none: 100 %). */
export const TEXT_SIZES = [
  { value: 'standard', label: '标准', className: undefined },
  // The class 大字模式 has always had, so an existing stylesheet or test that knows it still means 大.
  { value: 'large', label: '大', className: 'gw-large-text' },
  { value: 'xlarge', label: '特大', className: 'gw-xlarge-text' },
] as const;

export type TextSize = (typeof TEXT_SIZES)[number]['value'];

export const TEXT_SIZE_KEY = 'gongwen:text-size';

export const HIGH_CONTRAST_CLASS = 'gw-high-contrast';
export const HIGH_CONTRAST_KEY = 'gongwen:high-contrast';

/** The size classes by stored value, for the before-paint script (standard has none). */
export const TEXT_SIZE_CLASSES: Partial<Record<TextSize, string>> = Object.fromEntries(
  TEXT_SIZES.flatMap(({ value, className }) => (className ? [[value, className]] : [])),
);
