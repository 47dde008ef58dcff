/**
 * The linter's vocabulary: a document as the rules see it, and what a rule reports.
 *
 * Positions are UTF-16 offsets into the whole MDX file (frontmatter included) until
 * they are printed; `position.ts` turns them into 1-based line and column, the column
 * counting Unicode code points, so a 𠀀 from CJK Extension B is one column like 张.
 */
import type { Root } from 'mdast';

export type Severity = 'error' | 'warning';

/** A run of document text the rules read: a paragraph, a heading, or a string attribute of a component. */
export interface TextSegment {
  text: string;
  /** Source offset of every UTF-16 unit of `text` (same length as `text`). */
  offsets: number[];
  /** Which part of the document: 0 is the notice; each <IssuedDocument> or <Attachment> starts the next. */
  part: number;
  /** 'block' for paragraphs and headings, 'attribute' for a component attribute such as subtitle. */
  kind: 'block' | 'attribute';
}

/**
 * What a rule sees: the frontmatter as written (rules read it even when the schema refused it, so
 * one bad field hides no other finding), its field positions, and the text.
 */
export interface LintDocument {
  /** The frontmatter as written (after YAML parsing), or undefined when it could not be read. */
  frontmatter: Record<string, unknown> | undefined;
  /** Source offset of a frontmatter field's value, e.g. fieldOffset('date'). */
  fieldOffset(path: readonly (string | number)[]): number | undefined;
  segments: TextSegment[];
  /** The MDX body as parsed (remark-mdx), for rules about elements rather than text. */
  tree: Root;
  /** Line and column of a source offset, for messages that point at a second place. */
  position(offset: number): { line: number; column: number };
}

/** A rule's finding, before acknowledgements and severities are applied. */
export interface RuleFinding {
  /** Source offset where the problem starts. */
  offset: number;
  /** The exact text the finding is about, as it stands in the document (matched by acknowledgements). */
  text: string;
  message: string;
  /** The segment and the range of `text` in it, so an acknowledgement may quote a longer stretch around it. */
  segment?: TextSegment;
  range?: [number, number];
  /** For a purely mechanical defect: the source edit that mends it, applied by `gongwen lint --fix`. */
  fix?: SourceEdit;
}

/** Replace source[start, end) (UTF-16 offsets into the whole MDX file) by `text`. */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

export interface Rule {
  id: string;
  /** One line: why the rule exists. */
  rationale: string;
  severity: Severity;
  check(doc: LintDocument): RuleFinding[];
}

/** One line of the report. */
export interface LintMessage {
  file: string;
  line: number;
  column: number;
  severity: Severity | 'acknowledged';
  ruleId: string;
  message: string;
  /** The text the finding is about. */
  text: string;
  /** For acknowledged findings: the author's reason. */
  reason?: string;
}

export interface LintResult {
  file: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  acknowledgedCount: number;
}
