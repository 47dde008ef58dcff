/** The remark plugins gongwen runs on every document, in order. */
import type { Root } from 'mdast';
import { remarkNumbering } from './numbering.ts';
import { remarkClosing } from './closing.ts';

export function remarkGongwen() {
  const transforms = [remarkNumbering(), remarkClosing()];
  return (tree: Root) => {
    for (const transform of transforms) transform(tree);
  };
}
