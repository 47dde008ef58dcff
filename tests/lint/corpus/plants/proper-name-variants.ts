import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'proper-name-variants', description: 'a park name spelt a third way (联东U谷 as 联栋U谷)', find: /联东U谷/u, replace: '联栋U谷' },
];
