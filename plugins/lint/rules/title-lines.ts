/**
 * title-lines: an author's titleLines that GB/T 9704 §7.3.1 does not allow — a line longer than a
 * 2号 line of the 版心 holds (20 characters), or an hourglass (a line narrower than lines above and
 * below it; the standard asks for a trapezoid or diamond). A warning: the document still prints, the
 * lines as written, and an archive may keep a published shape with an acknowledgement (原文如此).
 * Titles without titleLines are broken by plugins/title-lines.ts, which never makes either shape.
 */
import { titleLinesProblem } from '../../title-lines.ts';
import type { Rule, RuleFinding } from '../types.ts';

/** Every title with lines of its own: the document's, each issued document's, each attachment's. */
function titledEntries(frontmatter: Record<string, unknown>): { path: (string | number)[]; entry: unknown }[] {
  const list = (value: unknown, path: (string | number)[]) => (Array.isArray(value) ? value.map((entry: unknown, i) => ({ path: [...path, i], entry })) : []);
  const issued = list(frontmatter['issuedDocuments'], ['issuedDocuments']);
  const attachmentsOf = ({ path, entry }: { path: (string | number)[]; entry: unknown }) =>
    list(typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['attachments'] : undefined, [...path, 'attachments']);
  return [{ path: [], entry: frontmatter }, ...issued, ...issued.flatMap(attachmentsOf), ...list(frontmatter['attachments'], ['attachments'])];
}

export const titleLines: Rule = {
  id: 'title-lines',
  rationale: 'a title broken into lines of more than 20 characters, or into an hourglass, is a shape GB/T 9704 §7.3.1 does not allow',
  severity: 'warning',
  check(doc) {
    if (!doc.frontmatter) return [];
    const findings: RuleFinding[] = [];
    for (const { path, entry } of titledEntries(doc.frontmatter)) {
      const lines = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['titleLines'] : undefined;
      if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'string')) continue;
      const problem = titleLinesProblem(lines);
      if (!problem) continue;
      // At the offending line when the list gives each its own position, else at the list.
      const offset = doc.fieldOffset([...path, 'titleLines', problem.line]) ?? doc.fieldOffset([...path, 'titleLines']);
      if (offset !== undefined) findings.push({ offset, text: lines[problem.line]!, message: `titleLines: ${problem.message}` });
    }
    return findings;
  },
};
