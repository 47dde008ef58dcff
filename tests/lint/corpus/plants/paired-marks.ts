import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'paired-marks', description: 'a closing quotation mark lost', find: /(“[^”\n]{2,12})”(?=[\p{Script=Han}，。])/u, replace: '$1' },
  { rule: 'paired-marks', description: 'a closing 书名号 lost', find: /(《[^》\n]{2,30})》(?=[\p{Script=Han}，。])/u, replace: '$1' },
];
