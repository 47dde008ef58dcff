/**
 * Lints documents: the frontmatter against the content model, the MDX syntax, then every rule
 * on the text, with acknowledgements applied. Every file is checked even when another fails.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { acknowledgementsOf, acknowledges } from './acknowledge.ts';
import { decodeDocument } from './encoding.ts';
import { checkFrontmatter, nearest } from './frontmatter.ts';
import { frontmatterSegments } from './frontmatter-text.ts';
import { positionsOf } from './position.ts';
import { RULES } from './rules/index.ts';
import { parseMdx, segmentsOf } from './segments.ts';
import type { LintDocument, LintMessage, LintResult, Rule, RuleFinding, SourceEdit } from './types.ts';

/** What the collection's loader reads (gongwenLoader: **\/*.mdx). */
const DOCUMENT_EXTENSION = '.mdx';

/** Lints one document's source; `file` is the name printed in the messages, `off` the rules a project switched off. */
export function lintSource(file: string, source: string, rules: readonly Rule[] = RULES, off: readonly string[] = []): LintResult {
  return lintWithFixes(file, source, rules, off).result;
}

/**
 * lintSource, and the source edits of its unacknowledged findings that carry one (for --fix), in the
 * order of the findings. An acknowledged finding keeps its text: its edit is not among them; nor is the
 * edit of a finding whose text the source writes otherwise (an entity such as &#44;), which it would misplace.
 */
export function lintWithFixes(file: string, source: string, rules: readonly Rule[] = RULES, off: readonly string[] = []): { result: LintResult; fixes: SourceEdit[] } {
  const position = positionsOf(source);
  const messages: LintMessage[] = [];
  const fixes: { at: LintMessage; edit: SourceEdit }[] = [];
  const add = (offset: number, severity: LintMessage['severity'], ruleId: string, message: string, text: string, reason?: string) => {
    const line: LintMessage = { file, ...position(offset), severity, ruleId, message, text, ...(reason === undefined ? {} : { reason }) };
    messages.push(line);
    return line;
  };

  const frontmatter = checkFrontmatter(source);
  for (const problem of frontmatter.problems) add(problem.offset, problem.severity, problem.ruleId, problem.message, problem.text);

  const parsed = parseMdx(source);
  if (parsed.problem) {
    add(parsed.problem.offset, parsed.problem.severity, parsed.problem.ruleId, parsed.problem.message, parsed.problem.text);
  } else {
    const doc: LintDocument = {
      frontmatter: frontmatter.raw,
      fieldOffset: frontmatter.fieldOffset,
      segments: [...frontmatterSegments(frontmatter.raw, frontmatter.fieldOffset, source), ...segmentsOf(parsed.tree, source)],
      tree: parsed.tree,
      position,
    };
    const acknowledgements = acknowledgementsOf(frontmatter.raw, frontmatter.fieldOffset);
    const used = new Set<number>();
    for (const rule of rules) {
      for (const finding of rule.check(doc)) {
        const matching = acknowledgements.flatMap((ack, index) => (acknowledges(ack, rule.id, finding) ? [index] : []));
        for (const index of matching) used.add(index);
        const ack = acknowledgements[matching[0] ?? -1];
        const line = add(finding.offset, ack ? 'acknowledged' : rule.severity, rule.id, finding.message, finding.text, ack?.reason);
        if (finding.fix && !ack && standsAsRead(finding, source)) fixes.push({ at: line, edit: finding.fix });
      }
    }
    const ruleIds = [...rules.map((rule) => rule.id), ...off];
    acknowledgements.forEach((ack, index) => {
      if (used.has(index) || off.includes(ack.rule)) return;
      const known = ruleIds.includes(ack.rule);
      const hint = known
        ? 'the text has changed or the finding is gone — remove the acknowledgement or correct its text'
        : `there is no rule ${ack.rule}${nearest(ack.rule, ruleIds) ? ` — did you mean ${nearest(ack.rule, ruleIds)}?` : ''}`;
      add(ack.offset, 'warning', 'stale-acknowledgement', `acknowledgement of ${ack.rule} "${ack.text}" matches no finding: ${hint}`, ack.text);
    });
  }
  const order = (a: LintMessage, b: LintMessage) => a.line - b.line || a.column - b.column;
  messages.sort(order);
  return { result: summarise(file, messages), fixes: fixes.sort((a, b) => order(a.at, b.at)).map(({ edit }) => edit) };
}

/** Whether a finding's text stands in the source, character for character, where its segment places it. */
function standsAsRead({ segment, range, text }: RuleFinding, source: string): boolean {
  if (!segment || !range) return true;
  const start = segment.offsets[range[0]] ?? 0;
  return source.slice(start, (segment.offsets[range[1] - 1] ?? start) + 1) === text;
}

function summarise(file: string, messages: LintMessage[]): LintResult {
  const count = (severity: LintMessage['severity']) => messages.filter((m) => m.severity === severity).length;
  return { file, messages, errorCount: count('error'), warningCount: count('warning'), acknowledgedCount: count('acknowledged') };
}

/**
 * Lints files and directories (every .mdx below a directory). Names are printed relative
 * to `cwd`. A path that cannot be read is reported as an error of its own; the others still run.
 */
export async function lintPaths(paths: readonly string[], cwd: string = process.cwd(), rules: readonly Rule[] = RULES, off: readonly string[] = []): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let files: string[];
    try {
      files = await documentFiles(absolute);
    } catch (error) {
      results.push(unreadable(relative(cwd, absolute) || path, error));
      continue;
    }
    for (const file of files) {
      const name = relative(cwd, file) || file;
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        results.push(unreadable(name, error));
        continue;
      }
      const { source, problem } = decodeDocument(bytes, name);
      // Not UTF-8: the rules would only read mojibake, so the encoding is the one finding.
      if (problem) results.push(summarise(name, [{ file: name, ...positionsOf(source)(problem.offset), ...problem }]));
      else results.push(lintSource(name, source, rules, off));
    }
  }
  return results;
}

/** The text of every readable document below `paths` (what the glyph-coverage rule's fonts must cover). */
export async function documentSources(paths: readonly string[], cwd: string = process.cwd()): Promise<string> {
  const sources: string[] = [];
  for (const path of paths) {
    const files = await documentFiles(resolve(cwd, path)).catch(() => []);
    for (const file of files) {
      const decoded = decodeDocument(await readFile(file).catch(() => Buffer.alloc(0)), file);
      if (!decoded.problem) sources.push(decoded.source);
    }
  }
  return sources.join('\n');
}

/** The documents a path names: itself if a file, else every .mdx below it (hidden folders and node_modules aside). */
export async function documentFiles(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) files.push(...(await documentFiles(full)));
    else if (extname(entry.name) === DOCUMENT_EXTENSION) files.push(full);
  }
  return files;
}

function unreadable(file: string, error: unknown): LintResult {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String((error as Error).message ?? error);
  return summarise(file, [{ file, line: 1, column: 1, severity: 'error', ruleId: 'file', message: `cannot read ${file}: ${reason}`, text: '' }]);
}
