import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'doc-number-brackets', description: 'a 文号 in the text with square brackets for 〔〕', find: /(\p{Script=Han}{2,})〔(\d{4})〕(\d+号)/u, replace: '$1[$2]$3' },
  { rule: 'doc-number-brackets', description: 'a 文号 in the text with round brackets for 〔〕', find: /(\p{Script=Han}{2,})〔(\d{4})〕(\d+号)/u, replace: '$1（$2）$3' },
];
