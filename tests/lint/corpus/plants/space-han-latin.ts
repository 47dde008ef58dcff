import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'space-han-latin', description: 'a space between a Han character and the number after it', find: /(?<=\p{Script=Han})(?=\d+(?:\.\d+)?[万亿个项元年%])/u, replace: ' ' },
  { rule: 'space-han-latin', description: 'a space between a number and its Han unit', find: /(?<=\d)(?=[万亿个项元]\p{Script=Han})/u, replace: ' ' },
];
