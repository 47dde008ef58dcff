/** The edits --fix applies: in source order, and never one that overlaps an edit already taken. */
import { expect, test } from '@playwright/test';
import { applyEdits } from '../../plugins/lint/fix.ts';

test('edits apply in source order whatever order the findings came in; an overlapping one is left for the next run', () => {
  const source = '总产值 78.46 亿元，增长:1.5%';
  const space1 = { start: 3, end: 4, text: '' };
  const space2 = { start: 9, end: 10, text: '' };
  const colon = { start: 15, end: 16, text: '：' };
  expect(applyEdits(source, [colon, space2, space1])).toEqual({ text: '总产值78.46亿元，增长：1.5%', applied: 3 });
  // Overlapping the first space's edit: the first wins, this one is not applied.
  const wider = { start: 2, end: 5, text: '值7' };
  expect(applyEdits(source, [space1, wider, colon])).toEqual({ text: '总产值78.46 亿元，增长：1.5%', applied: 2 });
  expect(applyEdits(source, [])).toEqual({ text: source, applied: 0 });
});
