/**
 * The seed's MDX source against the published text, without a build: catches conversion slips
 * (a lost or doubled character, a join in the wrong place, a stray space) at the source.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { documentSchema, noteText } from '../../plugins/schema.ts';
import { firstDivergence, hanSequence, joinSplitParagraphs, readSeed, readSeedBlocks, seedHanSequence } from '../support/seed-text.ts';

const SOURCE_PATH = new URL('../../content/xiqing-zhangzhengfa-2024-1.mdx', import.meta.url);

function readSource() {
  const source = readFileSync(SOURCE_PATH, 'utf8');
  const match = /^---\n(?<frontmatter>[\s\S]*?)\n---\n(?<body>[\s\S]*)$/u.exec(source);
  if (!match?.groups) throw new Error(`${SOURCE_PATH.pathname}: no frontmatter between --- lines`);
  const doc = documentSchema.parse(parseYaml(match.groups['frontmatter']!));
  const body = match.groups['body']!;
  const reportStart = body.indexOf('<IssuedDocument');
  expect(reportStart, 'the source has an <IssuedDocument>').toBeGreaterThan(0);
  return { doc, notice: body.slice(0, reportStart), report: body.slice(reportStart) };
}

test('the source holds every Han character of the seed, in the order printed', () => {
  const { doc, notice, report } = readSource();
  // Seed order: 文号, 标题, 主送, the notice, 成文日期, 附注, then the report with its title lines.
  const source = [doc.docNumber, doc.title, doc.recipients, notice, doc.date.text, noteText(doc), report].join('\n');
  expect(firstDivergence(seedHanSequence(), hanSequence(source))).toBeNull();
});

test("the report's paragraphs are the seed's, joined and cleaned exactly as the normalisation rules say", () => {
  const seed = readSeed();
  const { report } = readSource();
  const opening = /^<IssuedDocument (?<attributes>.*)>$/mu.exec(report)?.groups?.['attributes'] ?? '';
  expect(/title="([^"]*)"/u.exec(opening)?.[1]).toBe(seed.report.title);
  expect(JSON.parse(/subtitle=\{(\[.*?\])\}/u.exec(opening)?.[1] ?? 'null')).toEqual(seed.report.subtitle);
  expect(/byline="([^"]*)"/u.exec(opening)?.[1]).toBe(seed.report.byline);

  const blocks = report.split(/\n\s*\n/u).map((block) => block.trim()).filter((block) => block !== '');
  expect(blocks[1]).toBe(`<Salutation>${seed.report.salutation}</Salutation>`);
  expect(blocks.at(-1)).toBe('</IssuedDocument>');
  const paragraphs = blocks.slice(2, -1);
  seed.report.paragraphs.forEach((expected, i) => {
    expect(paragraphs[i], `report paragraph ${i + 1}`).toBe(expected);
  });
  expect(paragraphs.length).toBe(seed.report.paragraphs.length);
});

test('the seed has 19 paragraphs cut by line or page breaks (spec §17), each rejoined at a mid-sentence cut', () => {
  const { joins } = joinSplitParagraphs(readSeedBlocks().slice(10));
  expect(joins.length).toBe(19);
  for (const [before, after] of joins) {
    expect(before, 'a cut paragraph ends mid-sentence').not.toMatch(/[。！？；：”]$/u);
    expect(after, 'its continuation is not a heading').not.toMatch(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/u);
  }
});

test('suspected errors in the published wording are kept verbatim', () => {
  const { doc, report } = readSource();
  expect(doc.date.text).toBe('2023年1月23日');
  expect(report.match(/and/gu)?.length).toBe(2);
  expect(report.match(/张家口/gu)?.length).toBe(2);
  expect(report).toContain('联东U谷');
  expect(report).toContain('联动U谷');
  expect(report).toContain('PM<sub>2.5</sub>');
  expect(report).toContain('——2024年1月18日');
});
