import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'halfwidth-punct', description: 'a half-width comma in Chinese text', find: /(?<=\p{Script=Han})，(?=\p{Script=Han})/u, replace: ',' },
  { rule: 'halfwidth-punct', description: 'a half-width colon in Chinese text', find: /(?<=\p{Script=Han})：(?=\p{Script=Han})/u, replace: ':' },
];
