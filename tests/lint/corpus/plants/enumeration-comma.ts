/** Plantings for enumeration-comma: the 顿号 GB/T 15834-2011 4.5.3.5 leaves out, put between marked items. */
import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'enumeration-comma', description: '顿号 between two quoted items (“a”、“b”)', find: /”“/u, replace: '”、“' },
  { rule: 'enumeration-comma', description: '顿号 between two titles in 书名号 (《a》、《b》)', find: /》《/u, replace: '》、《' },
  {
    rule: 'enumeration-comma',
    description: '顿号 between each of three quoted items (“a”、“b”、“c”)',
    find: /”“([^“”\n]{1,16})”“/u,
    replace: '”、“$1”、“',
  },
  {
    rule: 'enumeration-comma',
    description: '两个并列引号 written with 和 turned into a 顿号 (“a”和“b” → “a”、“b”)',
    find: /(“[^“”\n]{1,16}”)和(“[^“”\n]{1,16}”)/u,
    replace: '$1、$2',
  },
];
