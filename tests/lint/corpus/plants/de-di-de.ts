/** Plantings for de-di-de: 的 or 得 where only 地 or 得 fits. */
import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'de-di-de', description: '要认真落实 written 要认真的落实', find: /(要|必须)(认真|切实|扎实|全面|积极)(落实|推进|开展|贯彻)/u, replace: '$1$2的$3' },
  { rule: 'de-di-de', description: '认真落实 written 认真得落实', find: /(认真|切实|扎实|稳步|积极)(落实|推进|开展)/u, replace: '$1得$2' },
  { rule: 'de-di-de', description: '做好 written 做的更好', find: /做好/u, replace: '做的更好' },
];
