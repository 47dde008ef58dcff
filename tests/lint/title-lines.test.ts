/**
 * title-lines: an author's titleLines in an hourglass or with a line over 20 characters is a warning
 * at that line of the frontmatter — for the document's title, an issued document's and an attachment's.
 */
import { expect, test } from '@playwright/test';
import { lintPaths } from '../../plugins/lint/lint.ts';
import { fixture, locate } from './locate.ts';

const DIR = 'tests/fixtures/lint/rules';

async function findings(name: string) {
  const [result] = await lintPaths([`${DIR}/${name}`]);
  return {
    errors: result!.errorCount,
    found: result!.messages.filter((m) => m.ruleId === 'title-lines').map(({ line, column, severity, message }) => ({ line, column, severity, message })),
  };
}

test('title-lines: an hourglass and a 25-character line are warnings at the line, wherever the title is', async () => {
  const source = fixture(`${DIR}/title-lines.bad.mdx`);
  const { errors, found } = await findings('title-lines.bad.mdx');
  expect(found).toEqual([
    {
      ...locate(source, '内地西藏班（校）,'),
      severity: 'warning',
      message:
        'titleLines: line 2 "内地西藏班（校）" is shorter than lines above and below it — an hourglass; arrange the lines as a trapezoid or diamond (GB/T 9704 §7.3.1)',
    },
    {
      ...locate(source, '立足数字经济新赛道推动数据要素产业创新发展行动方案\n'.trim(), 1),
      severity: 'warning',
      message: 'titleLines: line 1 "立足数字经济新赛道推动数据要素产业创新发展行动方案" has 25 characters; a 2号 title line holds at most 20',
    },
    {
      ...locate(source, '违法违规行为,'),
      severity: 'warning',
      message:
        'titleLines: line 2 "违法违规行为" is shorter than lines above and below it — an hourglass; arrange the lines as a trapezoid or diamond (GB/T 9704 §7.3.1)',
    },
  ]);
  // A warning never stops the document.
  expect(errors).toBe(0);
});

test('title-lines: the published trapezoid and diamond, and a title without titleLines, pass', async () => {
  expect((await findings('title-lines.good.mdx')).found).toEqual([]);
});
