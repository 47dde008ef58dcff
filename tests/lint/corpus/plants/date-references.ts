import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'date-references', description: 'a period whose end year slipped before its start: 2023年5月1日至2022年12月31日', find: /(?<=2023年5月1日至)2024(?=年12月31日)/u, replace: '2022' },
  { rule: 'date-references', description: 'a weekday that is not the date’s: 2023年5月1日 was a Monday', find: /2023年5月1日/u, replace: '2023年5月1日（星期日）' },
  { rule: 'date-references', description: 'a date after the 成文日期 told as past: 本办法自2019年1月1日 written 本办法已于2019年1月1日 in a 2018年12月13日 notice', find: /(?<=本办法)自(?=2019年1月1日)/u, replace: '已于' },
];
