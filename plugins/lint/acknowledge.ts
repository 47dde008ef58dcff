/**
 * Acknowledged findings (原文如此): an author keeps published wording a rule flags by naming the
 * rule and the text in the frontmatter, with a reason. The finding is then listed as acknowledged;
 * an acknowledgement that matches nothing is stale and is itself a warning, so none outlives its text.
 */
import type { RuleFinding } from './types.ts';

export interface Acknowledgement {
  rule: string;
  text: string;
  reason: string;
  /** Where it stands in the frontmatter. */
  offset: number;
}

/**
 * True when the acknowledgement names this finding: same rule, and its text is the finding's
 * text or a longer stretch of the same paragraph around it (民营企业and企业家 for "and").
 */
export function acknowledges(ack: Acknowledgement, ruleId: string, finding: RuleFinding): boolean {
  if (ack.rule !== ruleId) return false;
  if (ack.text === finding.text) return true;
  if (!finding.segment || !finding.range || !ack.text.includes(finding.text)) return false;
  const [start, end] = finding.range;
  for (let at = finding.segment.text.indexOf(ack.text); at >= 0; at = finding.segment.text.indexOf(ack.text, at + 1)) {
    if (at <= start && at + ack.text.length >= end) return true;
  }
  return false;
}

/** The well-formed acknowledgements of a frontmatter (the schema reports malformed ones). */
export function acknowledgementsOf(
  frontmatter: Record<string, unknown> | undefined,
  fieldOffset: (path: readonly (string | number)[]) => number | undefined,
): Acknowledgement[] {
  const list = frontmatter?.['acknowledgements'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown, index) => {
    const { rule, text, reason } = (entry ?? {}) as Record<string, unknown>;
    if (typeof rule !== 'string' || typeof text !== 'string' || typeof reason !== 'string') return [];
    return [{ rule, text, reason, offset: fieldOffset(['acknowledgements', index]) ?? 0 }];
  });
}
