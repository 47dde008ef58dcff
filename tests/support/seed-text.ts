/**
 * What the seed page must show, derived from the published text itself
 * (tests/fixtures/seed-report.txt, a copy of the extracted 西青张政发〔2024〕1号), never from
 * the program's output. It applies the same normalisations as the MDX source and no others:
 * paragraphs split across lines or pages are joined, ASCII spaces between Han characters and
 * digits/Latin letters are removed, PM_{2.5} is written PM<sub>2.5</sub>, and the byline's space
 * becomes U+3000 (spec §17). Suspected errors in the wording stay as published.
 */
import { readFileSync } from 'node:fs';

export const SEED_PATH = new URL('../fixtures/seed-report.txt', import.meta.url);

/** The seed, block by block, in the order it is printed. */
export interface Seed {
  /** 发文字号. */
  docNumber: string;
  /** 标题. */
  title: string;
  /** 主送机关, with its colon. */
  recipients: string;
  /** The notice's own paragraphs. */
  notice: string[];
  /** 成文日期, as published. */
  date: string;
  /** 附注, with its brackets. */
  note: string;
  /** The issued 政府工作报告. */
  report: { title: string; subtitle: string[]; byline: string; salutation: string; paragraphs: string[] };
}

/** The seed's outline: the 一、 (level 1) and （一） (level 2) lines of the report, in order. */
export interface SeedHeading {
  level: 1 | 2;
  text: string;
}

/** A paragraph that ends otherwise was cut by a line or page break. */
const PARAGRAPH_END = /[。！？；：”]$/u;
const LEVEL_1 = /^[一二三四五六七八九十]+、/u;
const LEVEL_2 = /^（[一二三四五六七八九十]+）/u;
const WIDE = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’·]';
const SPACE_AFTER_WIDE = new RegExp(`(?<=${WIDE}) +(?=[A-Za-z0-9<])`, 'gu');
const SPACE_BEFORE_WIDE = new RegExp(`(?<=[A-Za-z0-9>%]) +(?=${WIDE})`, 'gu');
const HAN = /\p{Script=Han}/gu;

/** Undoes extraction damage inside one paragraph. */
export function normaliseLine(line: string): string {
  return line
    .replace(/([A-Za-z]+)_\{([^}]+)\}/gu, '$1<sub>$2</sub>')
    .replace(SPACE_AFTER_WIDE, '')
    .replace(SPACE_BEFORE_WIDE, '');
}

const isHeading = (paragraph: string) => LEVEL_1.test(paragraph) || LEVEL_2.test(paragraph);

/** Joins the paragraphs a line or page break cut in two, and lists the joins. */
export function joinSplitParagraphs(blocks: string[]): { paragraphs: string[]; joins: [string, string][] } {
  const paragraphs: string[] = [];
  const joins: [string, string][] = [];
  for (const block of blocks) {
    const previous = paragraphs.at(-1);
    if (previous !== undefined && !PARAGRAPH_END.test(previous) && !isHeading(previous)) {
      joins.push([previous, block]);
      paragraphs[paragraphs.length - 1] = previous + block;
    } else {
      paragraphs.push(block);
    }
  }
  return { paragraphs, joins };
}

function expectBlock(blocks: string[], index: number, shape: RegExp, what: string): string {
  const block = blocks[index];
  if (block === undefined || !shape.test(block)) {
    throw new Error(`${SEED_PATH.pathname}: block ${index + 1} should be the ${what} (${shape}), found ${JSON.stringify(block)}`);
  }
  return block;
}

export function readSeedBlocks(): string[] {
  return readFileSync(SEED_PATH, 'utf8')
    .split(/\n\s*\n/u)
    .map((block) => block.trim())
    .filter((block) => block !== '');
}

export function readSeed(): Seed {
  const blocks = readSeedBlocks();
  const salutation = expectBlock(blocks, 9, /^各位代表：$/u, 'salutation');
  return {
    docNumber: expectBlock(blocks, 0, /〔\d{4}〕\d+号$/u, '发文字号'),
    title: expectBlock(blocks, 1, /^关于/u, 'title'),
    recipients: expectBlock(blocks, 2, /：$/u, '主送机关'),
    notice: [normaliseLine(expectBlock(blocks, 3, /。$/u, 'notice paragraph'))],
    date: expectBlock(blocks, 4, /^\d{4}年\d{1,2}月\d{1,2}日$/u, '成文日期'),
    note: expectBlock(blocks, 5, /^（.+）$/u, '附注'),
    report: {
      title: expectBlock(blocks, 6, /^政府工作报告$/u, 'report title'),
      subtitle: expectBlock(blocks, 7, /^——/u, 'report subtitle').split('\n'),
      byline: expectBlock(blocks, 8, /^\S+ \S+$/u, 'byline').replace(' ', '\u3000'),
      salutation,
      paragraphs: joinSplitParagraphs(blocks.slice(10)).paragraphs.map(normaliseLine),
    },
  };
}

/** Every Han character of the seed, in reading order. */
export function hanSequence(text: string): string {
  return (text.match(HAN) ?? []).join('');
}

export function seedHanSequence(): string {
  return hanSequence(readSeedBlocks().join('\n'));
}

export function seedOutline(): SeedHeading[] {
  return readSeed().report.paragraphs.flatMap((text): SeedHeading[] => {
    if (LEVEL_1.test(text)) return [{ level: 1, text }];
    if (LEVEL_2.test(text)) return [{ level: 2, text }];
    return [];
  });
}

/** Where two sequences first differ, with context, or null when they are equal. */
export function firstDivergence(expected: string, actual: string, context = 20): string | null {
  if (expected === actual) return null;
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i += 1;
  const around = (s: string) => `…${s.slice(Math.max(0, i - context), i)}⟦${s.slice(i, i + context)}⟧…`;
  return [
    `sequences differ at character ${i} (expected ${expected.length} characters, found ${actual.length})`,
    `  expected: ${around(expected)}`,
    `  found:    ${around(actual)}`,
  ].join('\n');
}
