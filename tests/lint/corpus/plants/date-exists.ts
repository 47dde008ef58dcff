import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'date-exists', description: 'a day past the end of its month (…月32日)', find: /(?<=\d{4}年\d{1,2}月)\d{1,2}(?=日)/u, replace: '32' },
  { rule: 'date-exists', description: 'a 2月30日 with its year', find: /(?<=\d{4}年)\d{1,2}月\d{1,2}日/u, replace: '2月30日' },
  { rule: 'date-exists', description: 'a month 13 with its year', find: /(?<=\d{4}年)\d{1,2}(?=月)/u, replace: '13' },
];
