/**
 * A planted defect: a copy of a corpus document with one known fault put in, to measure a rule's
 * recall (does the rule find what a proof-reader would mark?). `npm run lint:corpus` plants each in
 * every corpus document where `find` matches, and counts it found when `rule` reports a finding whose
 * source range overlaps the planted text.
 */
export interface Plant {
  rule: string;
  /** What the defect is, as a proof-reader would name it: 顿号 between quoted items. */
  description: string;
  /** Where it can go: its first match in the text the rules read (not the frontmatter, a comment or code) is replaced. */
  find: RegExp;
  /** The replacement; `$1`… refer to `find`'s groups, as in String.prototype.replace. */
  replace: string;
}
