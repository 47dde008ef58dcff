import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'place-name-near-miss', description: 'the issuer’s town 张家窝 written 张家湾', find: /张家窝(?=镇)/u, replace: '张家湾' },
  { rule: 'place-name-near-miss', description: 'the issuer’s district 西青 written 西清', find: /西青(?=区)/u, replace: '西清' },
];
