/** Plantings for broken-paragraph: a sentence of running text cut into two paragraphs, as PDF extraction leaves it. */
import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  {
    rule: 'broken-paragraph',
    description: 'a paragraph cut between two characters of a word, mid-sentence (…坚定稳 / 健。…)',
    find: /(。[^。\n<>{}|#]{10,40}?\p{Script=Han})(\p{Script=Han}[^。\n<>{}|]*?。)/u,
    replace: '$1\n\n$2',
  },
  {
    rule: 'broken-paragraph',
    description: 'a paragraph cut after a comma, mid-sentence (…战略性调整， / 探索…)',
    find: /(。[^。\n<>{}|#]{8,40}?，)([^。\n<>{}|]{6,}?。)/u,
    replace: '$1\n\n$2',
  },
  {
    rule: 'broken-paragraph',
    description: 'a paragraph cut after a 顿号 in a list (…保民生、 / 促发展…)',
    find: /(。[^。\n<>{}|#]{8,60}?、)([^。\n<>{}|]{4,}?。)/u,
    replace: '$1\n\n$2',
  },
];
