/**
 * `astro build` runs the linter before Astro's content sync: all problems of all documents are
 * printed with file, line and field, and errors stop the build; warnings do not.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { astroBuild as buildProject } from '../support/astro-build.ts';

const PROJECT = 'tests/fixtures/lint/build-project';

const astroBuild = (content: string, outDir: string, rules: Record<string, string> = {}) =>
  buildProject(PROJECT, { GONGWEN_FIXTURE_CONTENT: content, GONGWEN_FIXTURE_OUT: outDir, GONGWEN_FIXTURE_LINT_RULES: JSON.stringify(rules) });

test('broken documents stop the build with every problem of every file, before Astro validates the content', async () => {
  const out = await mkdtemp(join(tmpdir(), 'gongwen-build-'));
  try {
    const { code, output } = await astroBuild('content-broken', out);
    expect(code).not.toBe(0);
    expect(output).toContain('content-broken/bad-date.mdx:5:7  error  schema/date  date: 成文日期 (date) "2024年2月30日" does not exist in the calendar');
    expect(output).toContain('content-broken/bad-date.mdx:6:13  error  schema/disclosure  disclosure "公开": 公开方式 (disclosure) must be one of 主动公开 / 依申请公开 / 不予公开');
    expect(output).toContain('content-broken/bad-number.mdx:4:12  error  schema/docNumber  docNumber "西青张政发[2024]1号": the year must be in 六角括号 〔〕 — write 西青张政发〔2024〕1号');
    expect(output).toContain('[GongwenLintError] 3 errors in content-broken/ (listed above)');
    expect(output).not.toContain('Stack trace');
    // Astro's own validation (one file, no line) never ran, and nothing was built.
    expect(output).not.toContain('InvalidContentEntryDataError');
    expect(output).not.toContain('[content] Syncing content');
    expect(await readdir(out)).toEqual([]);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('documents saved as GB18030 and UTF-16 stop the build, each named as not UTF-8 with the fix, instead of mojibake findings', async () => {
  const out = await mkdtemp(join(tmpdir(), 'gongwen-build-'));
  try {
    // The linter's own fixtures, from the build project's folder.
    const { code, output } = await astroBuild('../encoding', out);
    expect(code).not.toBe(0);
    const gbk = '../encoding/seed.gb18030.mdx';
    const utf16 = '../encoding/utf16.mdx';
    expect(output).toContain(`${gbk}:2:8  error  encoding  this file is not UTF-8 (it looks like GB18030/GBK) — convert it: iconv -f GB18030 -t UTF-8 ${gbk} > ${gbk}.utf8 && mv ${gbk}.utf8 ${gbk}`);
    expect(output).toContain(`${utf16}:1:1  error  encoding  this file is not UTF-8 (it is UTF-16) — convert it: iconv -f UTF-16 -t UTF-8 ${utf16} > ${utf16}.utf8 && mv ${utf16}.utf8 ${utf16}`);
    expect(output).toContain('✖ 2 problems (2 errors, 0 warnings) in 2 files');
    expect(output).toContain('[GongwenLintError] 2 errors in ../encoding/ (listed above)');
    expect(await readdir(out)).toEqual([]);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('warnings and acknowledged findings are listed, and the build completes', async () => {
  const out = await mkdtemp(join(tmpdir(), 'gongwen-build-'));
  try {
    const { code, output } = await astroBuild('content-warnings', out);
    expect(output).toContain('content-warnings/kept-wording.mdx:15:7  warning  latin-in-han  English word "and" inside Chinese text — did you mean 和?');
    expect(output).toContain('content-warnings/kept-wording.mdx:15:20  acknowledged  place-name-near-miss');
    expect(code).toBe(0);
    expect(await readdir(out)).toContain('index.html');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test("the project's lint.rules apply in the build: a warning raised to an error stops it, a rule switched off neither runs nor leaves its acknowledgement stale", async () => {
  const out = await mkdtemp(join(tmpdir(), 'gongwen-build-'));
  try {
    const { code, output } = await astroBuild('content-warnings', out, { 'latin-in-han': 'error', 'place-name-near-miss': 'off' });
    expect(output).toContain('content-warnings/kept-wording.mdx:15:7  error  latin-in-han  English word "and" inside Chinese text — did you mean 和?');
    expect(output).not.toContain('place-name-near-miss');
    expect(output).not.toContain('stale-acknowledgement');
    expect(output).toContain('✖ 1 problem (1 error, 0 warnings) in 1 file');
    expect(output).toContain('[GongwenLintError] 1 error in content-warnings/ (listed above)');
    expect(code).not.toBe(0);
    expect(await readdir(out)).toEqual([]);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('an unknown rule id in lint.rules stops the build as a config error naming the nearest id', async () => {
  const { code, output } = await astroBuild('content-warnings', join(tmpdir(), 'gongwen-build-unused'), { 'latin-in-hann': 'off' });
  expect(output).toContain('gongwen({ lint.rules.latin-in-hann }): there is no rule latin-in-hann — did you mean latin-in-han?');
  expect(code).not.toBe(0);
});
