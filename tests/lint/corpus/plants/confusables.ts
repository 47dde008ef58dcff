/** Plantings for confusables: the 别字 a proof-reader marks, put into correct published words. */
import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'confusables', description: '部署 written 布署', find: /(?<=[策作])部署/u, replace: '布署' },
  { rule: 'confusables', description: '安装 written 按装', find: /安装/u, replace: '按装' },
  { rule: 'confusables', description: '部分 written 部份', find: /(?<!全)部分/u, replace: '部份' },
  { rule: 'confusables', description: '参与 written 参预 (GF 1001-2001)', find: /参与/u, replace: '参预' },
  { rule: 'confusables', description: '竣工 written 峻工', find: /竣工/u, replace: '峻工' },
  { rule: 'confusables', description: '再接再厉 written 再接再励', find: /再接再厉/u, replace: '再接再励' },
];
