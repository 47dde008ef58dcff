/**
 * The frontmatter fields that are printed as text (标题, 主送机关, 附注, 抄送…), as segments the
 * text rules read like the body: a slip in the title is as official as one in the body.
 * The 发文机关 names are left out: the place-name rule takes them as the reference.
 */
import type { TextSegment } from './types.ts';

/** Printed text fields; -1 stands for every item of a list. */
const PRINTED_FIELDS: readonly (string | number)[][] = [
  ['title'],
  ['titleLines', -1],
  ['recipients'],
  ['note'],
  ['signatories', -1],
  ['issuedDocuments', -1, 'title'],
  ['issuedDocuments', -1, 'titleLines', -1],
  ['issuedDocuments', -1, 'recipients'],
  ['issuedDocuments', -1, 'signatories', -1],
  ['issuedDocuments', -1, 'note'],
  ['issuedDocuments', -1, 'attachments', -1, 'title'],
  ['attachments', -1, 'title'],
  ['attachments', -1, 'titleLines', -1],
  ['attendance', -1, 'names'],
  ['attendance', -1, 'names', -1],
  ['colophon', 'copyTo', -1],
  ['colophon', 'rows', -1, 'names', -1],
  ['colophon', 'printedBy'],
];

export function frontmatterSegments(
  frontmatter: Record<string, unknown> | undefined,
  fieldOffset: (path: readonly (string | number)[]) => number | undefined,
  source: string,
): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const pattern of PRINTED_FIELDS) {
    for (const [path, value] of valuesAt(frontmatter, pattern, [])) {
      const offset = fieldOffset(path);
      if (offset === undefined) continue;
      // A quoted scalar's text starts after its quote. Text that does not stand in the file as it
      // reads (escapes, block scalars | > folded over lines) is skipped rather than mispositioned.
      const start = source[offset] === '"' || source[offset] === "'" ? offset + 1 : offset;
      if (source.slice(start, start + value.length) !== value) continue;
      segments.push({ text: value, offsets: Array.from({ length: value.length }, (_, i) => start + i), part: 0, kind: 'attribute' });
    }
  }
  return segments;
}

/** The string values matching a field pattern, each with its concrete path (-1 expands to every index). */
function valuesAt(node: unknown, pattern: readonly (string | number)[], path: (string | number)[]): [(string | number)[], string][] {
  if (pattern.length === 0) return typeof node === 'string' ? [[path, node]] : [];
  const [key, ...rest] = pattern;
  if (key === -1) return Array.isArray(node) ? node.flatMap((item, index) => valuesAt(item, rest, [...path, index])) : [];
  if (typeof node !== 'object' || node === null) return [];
  return valuesAt((node as Record<string, unknown>)[key as string], rest, [...path, key!]);
}
