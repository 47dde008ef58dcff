/** Small helpers the text rules share. */
import type { RuleFinding, SourceEdit, TextSegment } from '../types.ts';

/** One Han character (CJK ideographs of every block, and 〇). */
export const HAN = String.raw`[\p{Script=Han}〇]`;

/** A finding for segment.text[start, end). */
export function findingAt(segment: TextSegment, start: number, end: number, message: string): RuleFinding {
  return { offset: segment.offsets[start] ?? 0, text: segment.text.slice(start, end), message, segment, range: [start, end] };
}

/** Every match of a global regular expression in each segment. */
export function* matchesIn(segments: readonly TextSegment[], pattern: RegExp): Generator<[TextSegment, RegExpExecArray]> {
  for (const segment of segments) {
    for (const match of segment.text.matchAll(pattern)) yield [segment, match as RegExpExecArray];
  }
}

/** The source edit that replaces segment.text[start, end) by `text` (for a finding's `fix`). */
export function editAt(segment: TextSegment, start: number, end: number, text: string): SourceEdit {
  const from = segment.offsets[start] ?? 0;
  const to = end > start ? (segment.offsets[end - 1] ?? from) + 1 : from;
  return { start: from, end: to, text };
}
