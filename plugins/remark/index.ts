/** The remark plugins gongwen runs on every document, in order. */
import type { Root } from 'mdast';

export function remarkGongwen() {
  return (_tree: Root) => {};
}
