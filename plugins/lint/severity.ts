/**
 * What a project may say about the rules' severities, ESLint-like:
 * gongwen({ lint: { rules: { 'numbering-structure': 'error', 'latin-in-han': 'off' } } }).
 *
 * Decisions:
 * - The ids come from the rules themselves (RULES, and the two rules made per project, whose ids are
 *   known before the project's options are), so a new rule is configurable without a second list.
 * - A schema, YAML, MDX, encoding or file problem is not a rule finding: a document with one cannot be
 *   built or read, so it stays an error (setting it to 'error' says nothing new and is allowed).
 * - 'off' means the rule does not run; an acknowledgement of it is then not stale (the text may still
 *   need it when the rule is switched back on).
 */
import { nearest } from './frontmatter.ts';
import { GLYPH_COVERAGE } from './rules/glyph-coverage.ts';
import { RULES } from './rules/index.ts';
import { SEAL_IMAGES } from './rules/seal-images.ts';
import type { Rule } from './types.ts';

export const RULE_SETTINGS = ['error', 'warning', 'off'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/** Every rule a project can set. */
export const RULE_IDS: readonly string[] = [...RULES.map((rule) => rule.id), GLYPH_COVERAGE.id, SEAL_IMAGES.id];

/** Problems found before the rules run; `schema/` stands for every field's. */
const ALWAYS_ERRORS = ['schema/', 'yaml-syntax', 'mdx-syntax', 'encoding', 'file'];

const isAlwaysError = (id: string) => ALWAYS_ERRORS.some((fixed) => (fixed.endsWith('/') ? id.startsWith(fixed) : id === fixed));

/** Why a project may not set `id` to `setting`, or undefined when it may. */
export function settingProblem(id: string, setting: RuleSetting): string | undefined {
  if (isAlwaysError(id)) {
    if (setting === 'error') return undefined;
    return `${id} is not a rule finding but a problem that keeps the document from being read or built (schema/*, yaml-syntax, mdx-syntax, encoding, file): it is always an error and cannot be lowered — fix the document instead`;
  }
  if (RULE_IDS.includes(id)) return undefined;
  const near = nearest(id, RULE_IDS);
  return `there is no rule ${id}${near ? ` — did you mean ${near}?` : ''} The rules (each finding names its rule, and plugins/lint/README.md lists them): ${RULE_IDS.join(', ')}`;
}

/** The rules to run, and the ids of those a project switched off (lintPaths' last two arguments). */
export interface RuleSet {
  rules: Rule[];
  off: string[];
}

/** The rules with the project's severities, without those it switched off. */
export function configureRules(rules: readonly Rule[], settings: Readonly<Record<string, RuleSetting>>): RuleSet {
  const off = Object.keys(settings).filter((id) => settings[id] === 'off');
  const configured = rules
    .filter((rule) => !off.includes(rule.id))
    .map((rule) => {
      const setting = settings[rule.id];
      return setting === undefined || setting === 'off' ? rule : { ...rule, severity: setting };
    });
  return { rules: configured, off };
}
