/** Plantings for number-integrity: numbers damaged by OCR, PDF extraction or a TeX source. */
import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  {
    rule: 'number-integrity',
    description: 'the letter O for the digit 0 in a number (2O24年)',
    find: /(?<=\p{Script=Han})([1-9]\d*)0(\d+)/u,
    replace: '$1O$2',
  },
  {
    rule: 'number-integrity',
    description: 'the letter l for the digit 1 in a number (2l0%)',
    find: /(?<=\p{Script=Han})([2-9]\d*)1(\d+)/u,
    replace: '$1l$2',
  },
  { rule: 'number-integrity', description: 'a space after the point of a decimal (3. 93亿元)', find: /(?<=\p{Script=Han})(\d+)\.(\d+)/u, replace: '$1. $2' },
  { rule: 'number-integrity', description: 'a TeX superscript for a unit left in the text (3万m^2 for 3万平方米)', find: /(?<=[\d万])平方米/u, replace: 'm^2' },
  { rule: 'number-integrity', description: 'a TeX subscript left in the text (PM_{2.5})', find: /PM(?:<sub>)?2\.5(?:<\/sub>)?/u, replace: 'PM_{2.5}' },
];
