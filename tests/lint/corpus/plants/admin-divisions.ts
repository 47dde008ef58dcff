import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'admin-divisions', description: 'a county after its province named as a 地区: 甘肃省景泰县 written 甘肃省景泰地区', find: /(?<=甘肃省景泰)县/u, replace: '地区' },
  { rule: 'admin-divisions', description: 'an 自治区 written as a 省: 西藏自治区 written 西藏省', find: /西藏自治区/u, replace: '西藏省' },
  { rule: 'admin-divisions', description: 'an 自治区 written as a 省 before its county: 新疆于田 written 新疆省于田', find: /新疆(?=于田)/u, replace: '新疆省' },
];
