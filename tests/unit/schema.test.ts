import { expect, test } from '@playwright/test';
import { docNumberProblem, documentSchema } from '../../plugins/schema.ts';

test('a 发文字号 with square brackets is explained and corrected', () => {
  expect(docNumberProblem('西青张政发[2024]1号')).toBe('the year must be in 六角括号 〔〕 — write 西青张政发〔2024〕1号');
  expect(docNumberProblem('西青张政发〔2024〕1号')).toBeNull();
});

test('a date that does not exist is refused', () => {
  const result = documentSchema.safeParse({
    title: '标题',
    issuers: ['某机关'],
    docNumber: '某发〔2024〕1号',
    date: '2023年2月30日',
    disclosure: '主动公开',
  });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toBe('成文日期 (date) "2023年2月30日" does not exist in the calendar');
});
