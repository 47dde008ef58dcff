import { expect, test } from '@playwright/test';
import { figureFileName, remoteFigures } from '../../print/images.ts';

test('a figure is named by its source file, without the hash Astro adds to the built file', () => {
  expect(figureFileName('http://127.0.0.1:4321/_astro/enforcement-flow.CPdyo60l_Z4IG7S.webp')).toBe('enforcement-flow.webp');
  expect(figureFileName('/_astro/%E6%B5%81%E7%A8%8B%E5%9B%BE.Bx9aZ01q.png')).toBe('流程图.png');
  expect(figureFileName('/figures/plain.png')).toBe('plain.png');
});

test('only figures served by the site itself are printed: one from another site is reported', () => {
  const origin = 'http://127.0.0.1:4321';
  const figures = [
    { src: 'http://127.0.0.1:4321/_astro/flow.CPdyo60l.webp', alt: '本站' },
    { src: '/_astro/flow.CPdyo60l.webp', alt: '相对' },
    { src: 'https://www.gov.cn/images/flow.png', alt: '外站' },
  ];
  expect(remoteFigures(figures, origin).map((figure) => figure.alt)).toEqual(['外站']);
});
