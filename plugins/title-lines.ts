/**
 * Breaks a 2号 title into lines the way an office does (GB/T 9704 §7.3.1, spec §6.2): words kept whole
 * (词意完整), lines symmetrical and of fitting lengths (排列对称，长短适宜), in a trapezoid or diamond (梯形或菱形).
 *
 * The rule, and why:
 * - Breaks only between words (词意完整). Intl.Segmenter's zh words are finer than a 公文's (印|发,
 *   细|则, 重庆|市), so a one-character word stays with its neighbour unless it is a particle that
 *   leads the next phrase (的通知, 和运行…), a few 公文 terms are never split, and neither is a run of
 *   digits or Latin letters, a number and its unit (2024年) or a 文号 (渝粮规范〔2023〕2号).
 * - Kinsoku (避头尾): no line starts with closing punctuation or ends with an opening mark; an
 *   annotation in brackets stays with its word (细则（试行）).
 * - At most TITLE_MAX_CHARS_PER_LINE characters a line (442.2 pt of 版心 / 22 pt).
 * - The fewest lines that allow a permitted shape: line lengths rise then fall (梯形 short-over-long or
 *   long-over-short, 菱形 short-long-short); a line shorter than lines on both sides of it is an
 *   hourglass (沙漏), which the standard forbids.
 * - Among permitted breaks: balanced lengths (长短适宜), no very short line (a two-character last line
 *   reads as a mistake), and, other things equal, no break inside 《》 (the name of the document).
 *
 * Pure: the same breaks for the print view, the web page and the linter.
 */
import { TITLE_MAX_CHARS_PER_LINE } from '../print/geometry.ts';

/** 公文 terms that Intl.Segmenter('zh') splits but an office never breaks. */
const UNBREAKABLE_TERMS = [
  '印发',
  '转发',
  '批转',
  '细则',
  '办法',
  '购销',
  '举报',
  '办公厅',
  '办公室',
  '委员会',
  '人民政府',
  '政策性',
  '违法违规',
  '实施意见',
  '指导意见',
  '若干意见',
  '工作要点',
  '若干措施',
  '行动方案',
  '实施方案',
  '工作方案',
  '行动计划',
  '工作计划',
  '实施办法',
  '管理办法',
  '实施细则',
  '发展规划',
  '有关问题',
  '进一步',
  '高质量',
  '安全生产',
  '数字经济',
  '招标投标',
  '专项附加扣除',
] as const;

/** One-character words that open the phrase after them (a break may come before them, not after). */
const LEADING_PARTICLES = new Set(['的', '和', '与', '及', '并', '对', '在', '为', '等']);
/** 避头: marks that never start a line. */
const CLOSING = new Set([...'，。、；：！？》）〕」』】”’…—·']);
/** 避尾: marks that never end a line. */
const OPENING = new Set([...'《（〔「『【“‘']);
/** An annotation bracket that stays with the word before it: 细则（试行）, 西藏班（校）. */
const ANNOTATION_OPEN = '（';
const ALNUM = /^[0-9A-Za-z.%．]+$/u;
const HAN = /^\p{Script=Han}$/u;
/** A 文号 (代字〔年份〕序号号), or a number or range with its unit (2023-2025年): each stays on one line. */
const UNBREAKABLE_RUNS = /\p{Script=Han}{0,4}〔\d{4}〕\d+号|\d+(?:[.\-–~～]\d+)*[年月日号届次个条项批期%]?/gu;

/** The shortest line, in characters' width, that does not read as a mistake. */
const SHORTEST_LINE = 5;
/** Costs, in squared characters' width of imbalance: a too-short line, a break inside 《》. */
const SHORT_LINE_COST = 60;
const INSIDE_BOOK_TITLE_COST = 3;

export interface TitleLinesOptions {
  maxChars?: number;
}

/** The title's lines: one line when it fits, else the best permitted shape. */
export function breakTitle(title: string, { maxChars = TITLE_MAX_CHARS_PER_LINE }: TitleLinesOptions = {}): string[] {
  const chars = Array.from(title);
  if (chars.length <= maxChars) return [title];
  const insideBook = bookTitleDepth(chars);
  const best = bestBreaks(chars, wordBreaks(title, chars), maxChars, insideBook) ?? bestBreaks(chars, kinsokuBreaks(chars), maxChars, insideBook);
  // No permitted shape at all (a run that may not break is longer than a line): fill the lines.
  const breaks = best ?? Array.from({ length: Math.ceil(chars.length / maxChars) - 1 }, (_, i) => (i + 1) * maxChars);
  return linesAt(chars, breaks);
}

/** Which line makes a line-broken title one the standard does not allow, and why; undefined when it is allowed. */
export function titleLinesProblem(lines: readonly string[], maxChars = TITLE_MAX_CHARS_PER_LINE): { line: number; message: string } | undefined {
  const lengths = lines.map((line) => Array.from(line).length);
  const long = lengths.findIndex((length) => length > maxChars);
  if (long >= 0) return { line: long, message: `line ${long + 1} "${lines[long]}" has ${lengths[long]} characters; a 2号 title line holds at most ${maxChars}` };
  const narrow = hourglassLine(lines.map(cellsOf));
  if (narrow >= 0) {
    return {
      line: narrow,
      message: `line ${narrow + 1} "${lines[narrow]}" is shorter than lines above and below it — an hourglass; arrange the lines as a trapezoid or diamond (GB/T 9704 §7.3.1)`,
    };
  }
  return undefined;
}

/** The index of a line narrower than some line above it and some line below it, or -1 (the shape is unimodal). */
export function hourglassLine(widths: readonly number[]): number {
  for (let i = 1; i < widths.length - 1; i++) {
    const above = Math.max(...widths.slice(0, i));
    const below = Math.max(...widths.slice(i + 1));
    if (widths[i]! < above && widths[i]! < below) return i;
  }
  return -1;
}

/** Character offsets where a line may break: between 公文 words, with kinsoku applied. */
function wordBreaks(title: string, chars: string[]): number[] {
  const inWord = wordOffsets(title);
  const blocked = blockedOffsets(title, chars);
  // Segments joined inside a term, a number or a 文号 (印|发, 2024|年), so a one-character word is a real one.
  const words: string[] = [];
  let offset = 0;
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(title)) {
    if (offset > 0 && inWord.has(offset)) words[words.length - 1] += segment;
    else words.push(segment);
    offset += Array.from(segment).length;
  }
  const breaks: number[] = [];
  offset = 0;
  for (let i = 0; i < words.length - 1; i++) {
    offset += Array.from(words[i]!).length;
    const before = words[i]!;
    const after = words[i + 1]!;
    if (blocked.has(offset) || (ALNUM.test(before) && ALNUM.test(after))) continue;
    // A one-character word stays with its neighbour: a particle with the phrase it opens, any other with the word before.
    if (isSingleHan(before) && LEADING_PARTICLES.has(before)) continue;
    if (isSingleHan(after) && !LEADING_PARTICLES.has(after)) continue;
    breaks.push(offset);
  }
  return breaks;
}

/** Every offset kinsoku allows: the fallback for a title whose words cannot make a permitted shape. */
function kinsokuBreaks(chars: string[]): number[] {
  const blocked = blockedOffsets(chars.join(''), chars);
  return Array.from({ length: chars.length - 1 }, (_, i) => i + 1).filter((offset) => !blocked.has(offset));
}

/** Offsets where no line may break: kinsoku around marks, and inside a term, a 文号 or a number with its unit. */
function blockedOffsets(title: string, chars: string[]): Set<number> {
  const blocked = wordOffsets(title);
  for (let offset = 1; offset < chars.length; offset++) {
    const before = chars[offset - 1]!;
    const after = chars[offset]!;
    if (CLOSING.has(after) || OPENING.has(before) || after === ANNOTATION_OPEN) blocked.add(offset);
  }
  return blocked;
}

/** Offsets inside one of the UNBREAKABLE_TERMS, a 文号 or a number with its unit. */
function wordOffsets(title: string): Set<number> {
  const runs = [...title.matchAll(UNBREAKABLE_RUNS)].map((match) => [match.index, match[0]] as const);
  for (const term of UNBREAKABLE_TERMS) {
    for (let at = title.indexOf(term); at >= 0; at = title.indexOf(term, at + 1)) runs.push([at, term]);
  }
  const inside = new Set<number>();
  for (const [index, text] of runs) {
    const start = Array.from(title.slice(0, index)).length;
    const length = Array.from(text).length;
    for (let offset = start + 1; offset < start + length; offset++) inside.add(offset);
  }
  return inside;
}

/** For each offset, whether a break there would fall inside 《》. */
function bookTitleDepth(chars: string[]): (offset: number) => boolean {
  const depth: number[] = [0];
  for (const char of chars) depth.push(depth.at(-1)! + (char === '《' ? 1 : char === '》' ? -1 : 0));
  return (offset) => depth[offset]! > 0;
}

/** The cheapest permitted breaks with the fewest lines, or undefined when these breaks allow none. */
function bestBreaks(chars: string[], candidates: number[], maxChars: number, insideBook: (offset: number) => boolean): number[] | undefined {
  // Prefix sums of the printed width, so a line's width is one subtraction.
  const widthTo = [0];
  for (const char of chars) widthTo.push(widthTo.at(-1)! + cellsOf(char));
  const ends = [...candidates, chars.length];
  for (let count = Math.ceil(chars.length / maxChars); count <= ends.length; count++) {
    let best: { breaks: number[]; cost: number } | undefined;
    const mean = widthTo.at(-1)! / count;
    // Depth-first over each line's end: no line over maxChars, the rest able to fit the lines left,
    // and the widths rising then falling (once a line is narrower than the one before, none may widen).
    const extend = (start: number, breaks: number[], previous: number, falling: boolean, cost: number): void => {
      const left = count - breaks.length;
      for (const end of ends) {
        if (end <= start) continue;
        if (end - start > maxChars) break;
        if ((left === 1) !== (end === chars.length) || chars.length - end > (left - 1) * maxChars) continue;
        const width = widthTo[end]! - widthTo[start]!;
        if (falling && width > previous) continue;
        const lineCost =
          (width - mean) ** 2 + (width < SHORTEST_LINE ? SHORT_LINE_COST : 0) + (end < chars.length && insideBook(end) ? INSIDE_BOOK_TITLE_COST : 0);
        if (best && cost + lineCost >= best.cost) continue;
        if (end === chars.length) best = { breaks, cost: cost + lineCost };
        else extend(end, [...breaks, end], width, falling || (breaks.length > 0 && width < previous), cost + lineCost);
      }
    };
    extend(0, [], 0, false, 0);
    if (best) return best.breaks;
  }
  return undefined;
}

function linesAt(chars: string[], breaks: number[]): string[] {
  const ends = [...breaks, chars.length];
  return ends.map((end, i) => chars.slice(i === 0 ? 0 : ends[i - 1]!, end).join(''));
}

const isSingleHan = (word: string): boolean => HAN.test(word);

/** A line's printed width in characters: digits and Latin letters are set half-width. */
export function cellsOf(line: string): number {
  let cells = 0;
  for (const char of line) cells += /[\x20-\x7e]/u.test(char) ? 0.5 : 1;
  return cells;
}
