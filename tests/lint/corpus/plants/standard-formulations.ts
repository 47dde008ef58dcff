/** Plantings for standard-formulations: a 规范表述 with a word left out, a mark left out, or numerals changed. The corpus lists no set in full (四个意识…), so their order is tested in tests/lint/rules-words.test.ts. */
import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'standard-formulations', description: '习近平 left out of 习近平新时代中国特色社会主义思想', find: /习近平(?=新时代中国特色社会主义思想)/u, replace: '' },
  { rule: 'standard-formulations', description: '完整、准确、全面 written without 顿号', find: /完整、准确、全面(?=贯彻)/u, replace: '完整准确全面' },
  { rule: 'standard-formulations', description: '党的二十大 written 党的20大', find: /党的二十大/u, replace: '党的20大' },
];
