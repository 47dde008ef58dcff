/** The report: one line per finding, `file:line:col  severity  rule-id  message`, then a summary (like ESLint). */
import type { LintMessage, LintResult } from './types.ts';

export function formatText(results: readonly LintResult[]): string {
  const lines = results.flatMap((result) => result.messages.map(formatMessage));
  lines.push(summaryLine(results));
  return `${lines.join('\n')}\n`;
}

export function formatMessage(m: LintMessage): string {
  const reason = m.reason === undefined ? '' : ` — acknowledged: ${m.reason}`;
  return `${m.file}:${m.line}:${m.column}  ${m.severity}  ${m.ruleId}  ${m.message}${reason}`;
}

export function summaryLine(results: readonly LintResult[]): string {
  const sum = (key: 'errorCount' | 'warningCount' | 'acknowledgedCount') => results.reduce((total, r) => total + r[key], 0);
  const [errors, warnings, acknowledged] = [sum('errorCount'), sum('warningCount'), sum('acknowledgedCount')];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const files = plural(results.length, 'file');
  const kept = acknowledged > 0 ? `, ${acknowledged} acknowledged` : '';
  if (errors + warnings === 0) return `✔ no problems in ${files}${kept}`;
  return `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${files}${kept}`;
}

/** What --fix did to one file. */
export function fixedLine({ file, applied }: { file: string; applied: number }): string {
  return `${file}: ${applied} fix${applied === 1 ? '' : 'es'} applied`;
}

/** Why warnings alone fail the run. */
export function maxWarningsLine(warnings: number, max: number): string {
  return `✖ ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${max} allows`;
}

/** Machine-readable: one object per file with its messages and counts. */
export function formatJson(results: readonly LintResult[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
