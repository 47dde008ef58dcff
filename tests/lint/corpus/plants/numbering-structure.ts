import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'numbering-structure', description: 'a gap in the 一、 series (二、 written 三、)', find: /^二、/mu, replace: '三、' },
  { rule: 'numbering-structure', description: 'a gap in the （一） series (（二） written （三）)', find: /^（二）/mu, replace: '（三）' },
  { rule: 'numbering-structure', description: 'a non-standard ordinal 1、 for 1.', find: /^1\.(?!\d)/mu, replace: '1、' },
];
