import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'remote-content', description: 'an image loaded from another site', find: /^(\p{Script=Han}[^\n]*。)$/mu, replace: '$1\n\n![图](https://www.gov.cn/images/a.png)' },
];
