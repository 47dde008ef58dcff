/** The real command line, run as a child process: its output, JSON and exit status. */
import { execFile, execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { fixture, locate } from './locate.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function gongwen(...args: string[]): Promise<Run> {
  return gongwenIn(process.cwd(), ...args);
}

/** The command line run in another folder (a project of its own). */
function gongwenIn(cwd: string, ...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(resolve('node_modules/.bin/node'), [resolve('plugins/cli.ts'), ...args], { cwd }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const SEED = 'tests/fixtures/lint/seed-like.mdx';

test('gongwen lint on the seed: one line per finding, a summary, exit status 0 for warnings alone', async () => {
  const run = await gongwen('lint', SEED);
  const source = fixture(SEED);
  const line = (pos: { line: number; column: number }, rest: string) => `${SEED}:${pos.line}:${pos.column}  ${rest}`;
  const date = locate(source, 'date: 2023年1月23日', 0, 6);
  const meeting = locate(source, '2024年1月18日');
  const first = locate(source, '联东U谷');
  expect(run.stdout.split('\n')).toEqual([
    line(date, 'warning  date-consistency  成文日期 2023年1月23日 is in 2023, but the 文号 西青张政发〔2024〕1号 is numbered in 〔2024〕 — one of them is wrong'),
    line(date, `warning  date-consistency  成文日期 2023年1月23日 is earlier than 2024年1月18日, the occasion the document names at ${meeting.line}:${meeting.column} — a document cannot be dated before it`),
    line(locate(source, '“亲商八条”、“双万双服”'), 'warning  enumeration-comma  顿号 between quoted items “亲商八条”、“双万双服” — write “亲商八条”“双万双服” (GB/T 15834 4.5.3.5)'),
    line(locate(source, '“厕所革命”、“楼道革命”'), 'warning  enumeration-comma  顿号 between quoted items “厕所革命”、“楼道革命” — write “厕所革命”“楼道革命” (GB/T 15834 4.5.3.5)'),
    line(locate(source, '“积分制”、“清单制”'), 'warning  enumeration-comma  顿号 between quoted items “积分制”、“清单制” — write “积分制”“清单制” (GB/T 15834 4.5.3.5)'),
    line(locate(source, '于田地区', 0), 'warning  admin-divisions  于田 is a 县 (新疆维吾尔自治区和田地区于田县, GB/T 2260 653226), not a 地区 — write 于田县'),
    line(locate(source, '张家口', 0), `warning  place-name-near-miss  "张家口" differs by one character from 张家窝, the issuer's own place name — is 张家窝 meant?`),
    line(locate(source, '张家口', 1), `warning  place-name-near-miss  "张家口" differs by one character from 张家窝, the issuer's own place name — is 张家窝 meant?`),
    line(locate(source, '联动U谷'), `warning  proper-name-variants  "联动U谷" here, but "联东U谷" at ${first.line}:${first.column} — one name spelt two ways; keep the right spelling`),
    line(locate(source, '“时间表”、“路线图”、“任务书”'), 'warning  enumeration-comma  顿号 between quoted items “时间表”、“路线图”、“任务书” — write “时间表”“路线图”“任务书” (GB/T 15834 4.5.3.5)'),
    line(locate(source, '于田地区', 1), 'warning  admin-divisions  于田 is a 县 (新疆维吾尔自治区和田地区于田县, GB/T 2260 653226), not a 地区 — write 于田县'),
    line(locate(source, '企业and', 0, 2), 'warning  latin-in-han  English word "and" inside Chinese text — did you mean 和?'),
    line(locate(source, '“枫桥经验”、“浦江经验”'), 'warning  enumeration-comma  顿号 between quoted items “枫桥经验”、“浦江经验” — write “枫桥经验”“浦江经验” (GB/T 15834 4.5.3.5)'),
    line(locate(source, '思想and', 0, 2), 'warning  latin-in-han  English word "and" inside Chinese text — did you mean 和?'),
    '✖ 14 problems (0 errors, 14 warnings) in 1 file',
    '',
  ]);
  expect(run.code).toBe(0);
});

test('--format json gives each file with its messages and counts', async () => {
  const run = await gongwen('lint', '--format', 'json', SEED, 'content/xiqing-zhangzhengfa-2024-1.mdx');
  const results = JSON.parse(run.stdout) as { file: string; errorCount: number; warningCount: number; acknowledgedCount: number; messages: { ruleId: string; severity: string; line: number; column: number; text: string }[] }[];
  expect(results.map(({ file, errorCount, warningCount, acknowledgedCount }) => ({ file, errorCount, warningCount, acknowledgedCount }))).toEqual([
    { file: SEED, errorCount: 0, warningCount: 14, acknowledgedCount: 0 },
    { file: 'content/xiqing-zhangzhengfa-2024-1.mdx', errorCount: 0, warningCount: 0, acknowledgedCount: 14 },
  ]);
  const and = results[0]!.messages.find((m) => m.ruleId === 'latin-in-han')!;
  expect(and).toMatchObject({ severity: 'warning', text: 'and', ...locate(fixture(SEED), '企业and', 0, 2) });
  // The shape is what scripts read: no key added to a file or to a message.
  expect(Object.keys(results[0]!).sort()).toEqual(['acknowledgedCount', 'errorCount', 'file', 'messages', 'warningCount']);
  expect(Object.keys(and).sort()).toEqual(['column', 'file', 'line', 'message', 'ruleId', 'severity', 'text']);
  expect(run.code).toBe(0);
});

test('warnings alone and acknowledged findings exit 0', async () => {
  expect((await gongwen('lint', 'tests/fixtures/lint/rules/latin-in-han.bad.mdx')).code).toBe(0);
  const acknowledged = await gongwen('lint', 'content/xiqing-zhangzhengfa-2024-1.mdx');
  expect(acknowledged.stdout.trimEnd().split('\n').at(-1)).toBe('✔ no problems in 1 file, 14 acknowledged');
  expect(acknowledged.code).toBe(0);
});

test('a folder of broken documents: all files reported in one run, exit status 1', async () => {
  const run = await gongwen('lint', 'tests/fixtures/lint/schema', 'tests/fixtures/lint/mdx');
  const files = new Set(run.stdout.split('\n').filter((l) => l.includes(':')).map((l) => l.split(':')[0]));
  expect(files.size).toBe(15);
  expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 17 problems (17 errors, 0 warnings) in 15 files');
  expect(run.code).toBe(1);
});

test('a path that does not exist, or a folder with no document, is a usage error: exit status 2, nothing linted', async () => {
  const missing = await gongwen('lint', 'tests/fixtures/lint/schema', 'tests/fixtures/lint/no-such-file.mdx');
  expect(missing.stderr.split('\n')[0]).toBe('gongwen lint: tests/fixtures/lint/no-such-file.mdx does not exist');
  expect(missing.stdout).toBe('');
  expect(missing.code).toBe(2);
  const empty = await mkdtemp(join(tmpdir(), 'gongwen-empty-'));
  try {
    await writeFile(join(empty, 'notes.md'), '不是公文\n');
    const run = await gongwen('lint', empty);
    expect(run.stderr.split('\n')[0]).toBe(`gongwen lint: no documents in ${empty} (no .mdx file below it)`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
});

test('a document saved as GB18030 is named as not UTF-8, at its first non-UTF-8 character, with the iconv command', async () => {
  const file = 'tests/fixtures/lint/encoding/seed.gb18030.mdx';
  // The seed, converted with iconv -f UTF-8 -t GB18030; line 2 is `title: 关于…`, whose 关 is the first byte above ASCII.
  const run = await gongwen('lint', file, 'tests/fixtures/lint/encoding/utf16.mdx');
  expect(run.stdout.split('\n')).toEqual([
    `${file}:2:8  error  encoding  this file is not UTF-8 (it looks like GB18030/GBK) — convert it: iconv -f GB18030 -t UTF-8 ${file} > ${file}.utf8 && mv ${file}.utf8 ${file}`,
    'tests/fixtures/lint/encoding/utf16.mdx:1:1  error  encoding  this file is not UTF-8 (it is UTF-16) — convert it: iconv -f UTF-16 -t UTF-8 tests/fixtures/lint/encoding/utf16.mdx > tests/fixtures/lint/encoding/utf16.mdx.utf8 && mv tests/fixtures/lint/encoding/utf16.mdx.utf8 tests/fixtures/lint/encoding/utf16.mdx',
    '✖ 2 problems (2 errors, 0 warnings) in 2 files',
    '',
  ]);
  expect(run.code).toBe(1);
});

test('the suggested iconv command gives back the seed byte for byte, which lints clean', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-gbk-'));
  try {
    const file = join(dir, 'seed.mdx');
    await copyFile('tests/fixtures/lint/encoding/seed.gb18030.mdx', file);
    const before = await gongwen('lint', file);
    const command = before.stdout.split('convert it: ')[1]!.split('\n')[0]!;
    execFileSync('sh', ['-c', command]);
    expect(await readFile(file)).toEqual(await readFile('content/xiqing-zhangzhengfa-2024-1.mdx'));
    expect((await gongwen('lint', file)).code).toBe(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('usage errors exit 2 with a message on stderr', async () => {
  const badFormat = await gongwen('lint', '--format', 'xml', SEED);
  expect(badFormat.stderr).toBe('gongwen lint: --format must be text or json, not "xml"\n');
  expect(badFormat.code).toBe(2);
  const unknown = await gongwen('frobnicate');
  expect(unknown.stderr).toContain('gongwen: unknown command frobnicate');
  expect(unknown.code).toBe(2);
});

test('--max-warnings N: more warnings than N exit 1 with a line saying so, N or fewer exit 0; a bad N is a usage error', async () => {
  // The seed has 14 warnings and no error.
  const over = await gongwen('lint', '--max-warnings', '13', SEED);
  expect(over.stdout.trimEnd().split('\n').slice(-2)).toEqual(['✖ 14 problems (0 errors, 14 warnings) in 1 file', '✖ 14 warnings, more than --max-warnings 13 allows']);
  expect(over.code).toBe(1);
  const within = await gongwen('lint', '--max-warnings=14', SEED);
  expect(within.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 14 problems (0 errors, 14 warnings) in 1 file');
  expect(within.code).toBe(0);
  // With JSON on stdout, the verdict goes to stderr and the JSON stays parseable.
  const json = await gongwen('lint', '--format', 'json', '--max-warnings', '0', SEED);
  expect(JSON.parse(json.stdout)).toHaveLength(1);
  expect(json.stderr).toBe('✖ 14 warnings, more than --max-warnings 0 allows\n');
  expect(json.code).toBe(1);
  for (const bad of ['-1', 'many', '']) {
    const run = await gongwen('lint', '--max-warnings', bad, SEED);
    expect(run.stderr).toBe(`gongwen lint: --max-warnings must be a whole number (0 or more), not "${bad}"\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  }
});

test('--fix deletes the spaces and writes the full-width marks, leaves an acknowledged finding and what has no fix, and reports what is left', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-fix-'));
  try {
    // The space-han-latin and halfwidth-punct fixtures in one document, with the brackets of (试行) kept as published.
    const file = join(dir, 'doc.mdx');
    const source = [
      '---',
      'title: 关于开展安全检查的通知',
      'issuers: [天津市西青区张家窝镇人民政府]',
      'docNumber: 西青张政发〔2024〕1号',
      'date: 2024年1月23日',
      'disclosure: 主动公开',
      'acknowledgements:',
      '  - rule: halfwidth-punct',
      '    text: 理念(试行)',
      '    reason: 原文如此',
      '---',
      '',
      '全年实现规上工业总产值 78.46 亿元，同比增长 1.5%。',
      '',
      '主要是:完整、准确,全面贯彻新发展理念(试行)?',
      '',
      '保障民营企业and企业家合法权益。',
      '',
    ].join('\n');
    await writeFile(file, source);
    const run = await gongwenIn(dir, 'lint', '--fix', 'doc.mdx');
    const fixed = source
      .replace('总产值 78.46 亿元', '总产值78.46亿元')
      .replace('增长 1.5%', '增长1.5%')
      .replace('主要是:完整、准确,全面贯彻新发展理念(试行)?', '主要是：完整、准确，全面贯彻新发展理念(试行)？');
    expect(await readFile(file, 'utf8')).toBe(fixed);
    const and = locate(fixed, '企业and', 0, 2);
    // Occurrence 0 is the acknowledgement's text.
    const kept = locate(fixed, '(试行)', 1);
    expect(run.stdout.split('\n')).toEqual([
      'doc.mdx: 6 fixes applied',
      `doc.mdx:${kept.line}:${kept.column}  acknowledged  halfwidth-punct  half-width "(" in Chinese text — write "（" — acknowledged: 原文如此`,
      `doc.mdx:${kept.line}:${kept.column + 3}  acknowledged  halfwidth-punct  half-width ")" in Chinese text — write "）" — acknowledged: 原文如此`,
      `doc.mdx:${and.line}:${and.column}  warning  latin-in-han  English word "and" inside Chinese text — did you mean 和?`,
      '✖ 1 problem (0 errors, 1 warning) in 1 file, 2 acknowledged',
      '',
    ]);
    expect(run.code).toBe(0);
    // Written by rename: no temporary file is left beside it; a second --fix has nothing to do.
    expect(await readdir(dir)).toEqual(['doc.mdx']);
    const again = await gongwenIn(dir, 'lint', '--fix', 'doc.mdx');
    expect(again.stdout.split('\n')[0]).toBe(`doc.mdx:${kept.line}:${kept.column}  acknowledged  halfwidth-punct  half-width "(" in Chinese text — write "（" — acknowledged: 原文如此`);
    expect(await readFile(file, 'utf8')).toBe(fixed);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('--fix leaves a file with errors it cannot mend as it was, and exits 1', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-fix-'));
  try {
    const file = join(dir, 'doc.mdx');
    await copyFile('tests/fixtures/lint/rules/doc-number-brackets.bad.mdx', file);
    const before = await readFile(file);
    const run = await gongwenIn(dir, 'lint', '--fix', 'doc.mdx');
    expect(await readFile(file)).toEqual(before);
    expect(run.stdout).not.toContain('fixes applied');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (4 errors, 0 warnings) in 1 file');
    expect(run.code).toBe(1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("gongwen lint applies the severities of the project's astro.config: raised, lowered and off", async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-project-'));
  try {
    const integration = pathToFileURL(resolve('plugins/index.ts')).href;
    const rules = { 'date-consistency': 'error', 'doc-number-brackets': 'warning', 'latin-in-han': 'off' };
    await writeFile(join(dir, 'astro.config.mjs'), `import gongwen from '${integration}';\nexport default { integrations: [gongwen({ lint: { rules: ${JSON.stringify(rules)} } })] };\n`);
    await copyFile(SEED, join(dir, 'seed.mdx'));
    await copyFile('tests/fixtures/lint/rules/doc-number-brackets.bad.mdx', join(dir, 'brackets.mdx'));
    const run = await gongwenIn(dir, 'lint', '--format', 'json', 'seed.mdx', 'brackets.mdx');
    const results = JSON.parse(run.stdout) as { errorCount: number; messages: { ruleId: string; severity: string }[] }[];
    // The rules set, and place-name-near-miss as it is by default.
    const shown = new Set([...Object.keys(rules), 'place-name-near-miss']);
    expect(results.map((result) => result.messages.filter((m) => shown.has(m.ruleId)).map(({ ruleId, severity }) => `${severity} ${ruleId}`))).toEqual([
      // The seed: its dates raised to errors, its two "and" not looked for.
      ['error date-consistency', 'error date-consistency', 'warning place-name-near-miss', 'warning place-name-near-miss'],
      ['warning doc-number-brackets', 'warning doc-number-brackets', 'warning doc-number-brackets', 'warning doc-number-brackets'],
    ]);
    expect(results.map((result) => result.errorCount)).toEqual([2, 0]);
    expect(run.code).toBe(1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
