/** Plantings for enumeration-comma: the 顿号 GB/T 15834-2011 4.5.3.5 leaves out, put between marked items. */
import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  {
    rule: 'enumeration-comma',
    description: '顿号 between two quoted items where the text joins them with 和 (“a”和“b” → “a”、“b”)',
    find: /(“[^“”\n]{1,16}”)和(“[^“”\n]{1,16}”)(?![（(])/u,
    replace: '$1、$2',
  },
  {
    rule: 'enumeration-comma',
    description: '顿号 between two titles where the text joins them with 和 (《a》和《b》 → 《a》、《b》)',
    find: /(《[^《》\n]{1,40}》)和(《[^《》\n]{1,40}》)(?![（(])/u,
    replace: '$1、$2',
  },
  { rule: 'enumeration-comma', description: '顿号 between two titles in 书名号 written side by side (《a》《b》 → 《a》、《b》)', find: /》《/u, replace: '》、《' },
];
