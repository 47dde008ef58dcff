import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'latin-in-han', description: 'and for 和 between two Han words (as the seed has it)', find: /(?<=\p{Script=Han})和(?=\p{Script=Han})/u, replace: 'and' },
];
