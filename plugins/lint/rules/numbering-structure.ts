/**
 * numbering-structure: the 结构层次序数 of GB/T 9704 §7.3.3 — 一、 → （一） → 1. → （1）.
 * Within each part of the document (the notice, each issued document or attachment), a level
 * appears only under the one above it, numbers run 1, 2, 3, and the ordinals take their standard
 * form (not 一. or 1、 or (1)).
 *
 * Decisions:
 * - Under a new parent a level either restarts at 1 or goes on from the previous parent — State
 *   Council documents number （一）… on across 一、 sections (一、 has （一）–（二）, 二、 goes on at
 *   （三）). Each part does one or the other, per level: what it does the first time decides, and
 *   only a number that breaks its own scheme is reported.
 * - Regulations (see plugins/remark/regulation.ts): 第X章 run 1, 2, 3 through the part, 第X节
 *   restart in each chapter, 第X条 run on through the part across chapters. An article is the
 *   parent of its 项 （一） and of 目 1. written directly under it; both restart in each article.
 * - A level may be skipped under a parent that never uses it: provincial offices' 通知 often go 一、 → 1.
 *   with no （一） level, and each parent decides anew (京建发〔2014〕421号 has （一） under 三、 and 1.
 *   under 四、). After 1. directly under a 一、, a （一） later under it is a fault, reported once (at the
 *   first) and left out of the outline, so the 1. after it goes on from the 1. before it.
 * - A part may open below 一、 and keep that level as its top (an attachment listing 1.…130., a 名单 by
 *   （一）); only a higher level later in the part makes the opening a fault, reported once at it.
 * - One fault, one finding: after a number is reported, the next of its level may follow either the
 *   number written (三、 for 二、 — a gap, 四、 goes on from it) or the one expected (5. for 3., a slip —
 *   4. goes on from 3.); only a number that follows neither is reported again.
 * - A decimal clause (1.4　工作原则, 2.1.1　…, as 应急预案 number theirs) is the parent of the ordinals under
 *   it, which restart in each; the clause numbers themselves are not checked.
 * - A paragraph that opens with 注：, 说明： or 备注： starts a note: its ordinals (in it, and in the
 *   paragraphs right after it that open with an ordinal of the note's level or deeper) are a list of
 *   their own, so they neither break nor continue the document's numbering.
 */
import { divisionLabel, readDivision, type Division } from '../../remark/regulation.ts';
import { hanNumeral, numeralValue } from '../../remark/numerals.ts';
import type { LintDocument, Rule, RuleFinding, TextSegment } from '../types.ts';
import { findingAt } from './text.ts';

const CN = '一二三四五六七八九十';

interface Level {
  pattern: RegExp;
  label(n: number): string;
}

/** Standard ordinals, level 1 to 4. */
const LEVELS: Level[] = [
  { pattern: new RegExp(`^([${CN}]+)、`, 'u'), label: (n) => `${hanNumeral(n)}、` },
  { pattern: new RegExp(`^（([${CN}]+)）(?!、)`, 'u'), label: (n) => `（${hanNumeral(n)}）` },
  { pattern: /^(\d+)[.．](?!\d)/u, label: (n) => `${n}.` },
  { pattern: /^（(\d+)）(?!、)/u, label: (n) => `（${n}）` },
];

/** Non-standard ordinals and the level they stand for. */
const VARIANTS: { pattern: RegExp; level: number }[] = [
  { pattern: new RegExp(`^([${CN}]+)[.．,，]`, 'u'), level: 1 },
  { pattern: new RegExp(`^[(（]([${CN}]+)[)）]、?`, 'u'), level: 2 },
  { pattern: /^(\d+)、/u, level: 3 },
  { pattern: /^[(（](\d+)[)）]、?/u, level: 4 },
];

/** A decimal clause number of two levels or more and its heading (1.1　编制目的, 5.1.2 省级响应), as 应急预案 number their clauses. */
const DECIMAL_CLAUSE = /^(\d+(?:\.\d+)+)[ 　]+(?=\p{Script=Han})/u;

/** A note (注：) whose ordinals are a list of their own. */
const NOTE = /^(?:注|说明|备注)[：:]\s*/u;

export const numberingStructure: Rule = {
  id: 'numbering-structure',
  rationale: 'headings numbered out of order, with a gap or a skipped level misstate the structure of the text',
  severity: 'warning',
  check(doc) {
    const findings: RuleFinding[] = [];
    const parts = new Map<number, TextSegment[]>();
    for (const segment of doc.segments) {
      if (segment.kind === 'block') parts.set(segment.part, [...(parts.get(segment.part) ?? []), segment]);
    }
    for (const segments of parts.values()) findings.push(...checkPart(segments, doc));
    return findings;
  },
};

interface Ordinal {
  level: number;
  n: number;
  written: string;
}

/** Where an ordinal stands: its segment and its offset in the segment's text. */
interface Place {
  segment: TextSegment;
  start: number;
}

function checkPart(segments: readonly TextSegment[], doc: LintDocument): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const report = (place: Place, length: number, message: string) => findings.push(findingAt(place.segment, place.start, place.start + length, message));
  const divisions = new Divisions(report);
  const body = new Outline(report, doc);
  let note: { outline: Outline; level: number } | undefined;
  for (const segment of segments) {
    const start = segment.text.length - segment.text.trimStart().length;
    let text = segment.text.slice(start);
    let place: Place = { segment, start };
    const noteMark = NOTE.exec(text);
    if (noteMark) {
      note = { outline: new Outline(report, doc), level: 0 };
      place = { segment, start: start + noteMark[0].length };
      text = text.slice(noteMark[0].length);
    }
    const division = readDivision(text);
    const ordinal = division ? undefined : ordinalOf(text);
    if (note && ordinal && (note.level === 0 || ordinal.level >= note.level)) {
      if (note.level === 0) {
        note.level = ordinal.level;
        note.outline.startAt(ordinal.level);
      }
      note.outline.check(ordinal, place);
      continue;
    }
    if (!noteMark) note = undefined;
    const clause = DECIMAL_CLAUSE.exec(text);
    if (clause) body.openClause(clause[1]!);
    else if (division) body.open(divisions.check(division, place));
    else if (ordinal) body.check(ordinal, place);
  }
  return findings;
}

type Report = (place: Place, length: number, message: string) => void;

/** 第X章 / 第X节 / 第X条 of a part, in order. */
class Divisions {
  #chapter = 0;
  #section = 0;
  #article = 0;
  readonly #report: Report;

  constructor(report: Report) {
    this.#report = report;
  }

  /** Checks a division's number and returns it as the parent of what follows. */
  check(division: Division, place: Place): Division {
    const { kind, value, label } = division;
    const last = kind === 'chapter' ? this.#chapter : kind === 'section' ? this.#section : this.#article;
    if (value !== last + 1) {
      const expected = divisionLabel(kind, last + 1);
      const scope = kind === 'section' ? ' in this chapter' : '';
      const why = kind === 'article' ? '; articles are numbered on through the whole regulation, across chapters' : '';
      this.#report(
        place,
        label.length,
        last === 0
          ? `"${label}" is the first of its kind${scope || ' here'} — expected ${expected}${why}`
          : `"${label}" follows ${divisionLabel(kind, last)}${scope} — expected ${expected}${why}`,
      );
    }
    if (kind === 'chapter') this.#section = 0;
    if (kind === 'chapter') this.#chapter = value;
    else if (kind === 'section') this.#section = value;
    else this.#article = value;
    return division;
  }
}

/** Whether a level restarts under each new parent or numbers on from the previous one. */
type Scheme = { kind: 'restart' | 'continue'; at: Place };

/** The 一、 → （一） → 1. → （1） levels of a part (or of a note). */
class Outline {
  /** The last number at each level under its current parent; 0 before the first. */
  readonly #last = [0, 0, 0, 0];
  /** The last number at each level anywhere so far, across parents: where a continuing level goes on from. */
  readonly #running = [0, 0, 0, 0];
  readonly #scheme: (Scheme | undefined)[] = [undefined, undefined, undefined, undefined];
  /** Whether the part has used each level. */
  readonly #used = [false, false, false, false];
  /** Where the part first skipped a level it had not used (1. directly under 一、 skips （一）), and how. */
  readonly #skipped: ({ at: Place; how: string; reported: boolean } | undefined)[] = [undefined, undefined, undefined, undefined];
  /** After a reported number: the number that was expected there, which the next may also follow. */
  readonly #expected: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  #depth = 0;
  /** The 章, 节 or 条 the levels now stand under. */
  #division: Division | undefined;
  /** The decimal clause (2.1.1) the levels now stand under. */
  #clause: string | undefined;
  /** Where the part opened below 一、 (a list by 1., a 名单 by （一）): a higher level later makes that opening a fault. */
  #opened: { at: Place; written: string; level: number; reported: boolean } | undefined;

  readonly #report: Report;
  readonly #doc: LintDocument;

  constructor(report: Report, doc: LintDocument) {
    this.#report = report;
    this.#doc = doc;
  }

  /** A 章 or 节 restarts the levels under it (一、 may go on across chapters); a 条 is the parent of its 项 and 目, which restart. */
  open(division: Division): void {
    this.#division = division;
    this.#clause = undefined;
    this.#depth = 0;
    this.#last.fill(0);
    if (division.kind === 'article') this.#running.fill(0, 1);
  }

  /** A decimal clause is the parent of the ordinals under it, which restart in each (（1） in 1.4, again in 2.1.1). */
  openClause(label: string): void {
    this.#clause = label;
    this.#depth = 0;
    this.#last.fill(0);
    this.#running.fill(0);
  }

  /** A note's list may open at any level: 1. under 注： skips nothing. */
  startAt(level: number): void {
    this.#depth = level - 1;
  }

  check({ level, n, written }: Ordinal, place: Place): void {
    const found = (message: string) => this.#report(place, written.length, message);
    const label = LEVELS[level - 1]!.label;
    if (written.replace('．', '.') !== label(n)) found(`"${written}" is not a standard ordinal — write ${label(n)}`);
    const article = this.#division?.kind === 'article' && this.#depth === 0;
    const index = level - 1;
    const skipped = this.#skipped[index];
    // The part's scheme stays the skip: one finding, at the first heading of the level; such headings
    // are left out of the outline, so what follows them is checked against the part's own numbers.
    if (skipped) {
      if (!skipped.reported) {
        found(`"${label(n)}" stands in a part that numbers ${skipped.how}, without the level ${label(1)} (as at ${this.#where(skipped.at)}) — the levels go 一、 → （一） → 1. → （1）`);
        skipped.reported = true;
      }
      return;
    }
    this.#used[index] = true;
    const opened = this.#opened;
    if (opened && !opened.reported && level < opened.level) {
      const missing = LEVELS[level - 1]!.label(1);
      this.#report(opened.at, opened.written.length, `"${opened.written}" comes before any ${missing} in this part — the levels go 一、 → （一） → 1. → （1）`);
      opened.reported = true;
    }
    // An article's text may open with 项 （一） or 目 1. directly.
    const unused = this.#depth > 0 && this.#used.slice(this.#depth, index).every((used) => !used);
    if (level > this.#depth + 1 && unused && !article) {
      const how = `${label(1)} directly under ${LEVELS[this.#depth - 1]!.label(1)}`;
      for (let missing = this.#depth; missing < index; missing++) this.#skipped[missing] ??= { at: place, how, reported: false };
    } else if (this.#depth === 0 && !article && this.#used.slice(0, index).every((used) => !used)) {
      // A part may open at any level and keep it as its top: an attachment listing 1.…130., a 名单 by （一）,
      // the （1） items of a decimal clause.
      if (level > 1) this.#opened ??= { at: place, written, level, reported: false };
    } else if (level > this.#depth + 1 && !(article && level <= 3)) {
      const missing = LEVELS[this.#depth]!.label(1);
      found(
        this.#depth > 0
          ? `"${label(n)}" follows ${this.#parentLabel(this.#depth + 1)} directly — the level ${missing} is skipped`
          : article
            ? `"${label(n)}" follows ${this.#division!.label} directly — the level （一） is skipped`
            : `"${label(n)}" comes before any ${missing} in this part — the levels go 一、 → （一） → 1. → （1）`,
      );
    }
    const slip = this.#expected[index];
    this.#expected[index] = undefined;
    if (this.#last[index]! > 0) {
      const expected = this.#last[index]! + 1;
      if (slip !== undefined && n === slip + 1) {
        // The reported number was a slip for `slip`: this one follows it.
      } else if (n !== expected) {
        found(`"${label(n)}" follows ${label(expected - 1)} — expected ${label(expected)}`);
        this.#expected[index] = expected;
      }
    } else {
      this.#expected[index] = this.#checkFirst(level, n, place, found);
    }
    this.#last[index] = n;
    this.#running[index] = n;
    this.#last.fill(0, level);
    // Under a new parent the levels below are chosen anew: 京建发〔2014〕421号 has （一） under 三、 and 1. directly under 四、.
    this.#used.fill(false, level);
    this.#skipped.fill(undefined, level);
    this.#depth = level;
  }

  /** The first number of a level under its parent: 1, or on from the previous parent's last. Returns the number expected when it is reported. */
  #checkFirst(level: number, n: number, place: Place, found: (message: string) => void): number | undefined {
    const index = level - 1;
    const label = LEVELS[index]!.label;
    const before = this.#running[index]!;
    const under = this.#parentLabel(level);
    const here = under ? ` under ${under}` : ' here';
    if (before === 0) {
      if (n === 1) return undefined;
      found(`"${label(n)}" is the first of its level${here} — expected ${label(1)}`);
      return 1;
    }
    const scheme = this.#scheme[index];
    if (scheme?.kind === 'restart' && n !== 1) {
      found(`"${label(n)}" is the first of its level${here}, but this part restarts ${label(1)} under each new parent (as at ${this.#where(scheme.at)}) — expected ${label(1)}`);
      return 1;
    }
    if (scheme?.kind === 'continue' && n !== before + 1) {
      found(`"${label(n)}" is the first of its level${here}, but this part numbers ${label(1)} on across parents (as at ${this.#where(scheme.at)}) — expected ${label(before + 1)}`);
      return before + 1;
    }
    if (!scheme) {
      if (n === 1) this.#scheme[index] = { kind: 'restart', at: place };
      else if (n === before + 1) this.#scheme[index] = { kind: 'continue', at: place };
      else found(`"${label(n)}" is the first of its level${here} — expected ${label(1)} to restart, or ${label(before + 1)} to go on from ${label(before)}`);
    }
    return undefined;
  }

  #where(at: Place): string {
    const { line, column } = this.#doc.position(at.segment.offsets[at.start] ?? 0);
    return `${line}:${column}`;
  }

  /** The label of the parent a level stands under: 二、 for （三）, 第二章 for 一、. */
  #parentLabel(level: number): string | undefined {
    if (level > 1 && this.#last[level - 2]! > 0) return LEVELS[level - 2]!.label(this.#last[level - 2]!);
    return this.#clause ?? this.#division?.label;
  }
}

function ordinalOf(text: string): Ordinal | undefined {
  for (const [index, { pattern }] of LEVELS.entries()) {
    const match = pattern.exec(text);
    if (match) return { level: index + 1, n: numeralValue(match[1]!), written: match[0] };
  }
  for (const { pattern, level } of VARIANTS) {
    const match = pattern.exec(text);
    if (match) return { level, n: numeralValue(match[1]!), written: match[0] };
  }
  return undefined;
}
