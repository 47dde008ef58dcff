/** 大字模式: the class on <html> that switches it on, and where the reader's choice is kept. */
export const LARGE_TEXT_CLASS = 'gw-large-text';
export const LARGE_TEXT_KEY = 'gongwen:large-text';
