/**
 * The linter measured on real documents: how often each rule is wrong on correct published text,
 * and how often it finds a defect planted into that text.
 *
 * The corpus convention: every finding a rule makes on a corpus document is either a true slip of
 * the published text, kept as published and acknowledged in the document's frontmatter (原文如此), or
 * a false positive. So per rule, acknowledged findings are true positives and unacknowledged ones
 * are false positives; precision is their ratio. Recall comes from plantings (./plant.ts): each is put
 * into every document where it fits, one at a time, and counts as found when the rule reports a new
 * finding over the planted text.
 *
 * The project-bound rules (glyph-coverage, seal-images) need a project's fonts and options and are
 * not measured here; their tests are in tests/lint/.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFiles, lintSource } from '../../../plugins/lint/lint.ts';
import { positionsOf } from '../../../plugins/lint/position.ts';
import { RULES } from '../../../plugins/lint/rules/index.ts';
import { parseMdx, segmentsOf } from '../../../plugins/lint/segments.ts';
import type { LintMessage, Rule } from '../../../plugins/lint/types.ts';
import type { Plant } from './plant.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The corpus's own documents, and the project's content (the seed). */
const CORPUS_FOLDERS = ['tests/lint/corpus/documents', 'content'];

/**
 * The fixture site's real documents, each once. Left out: copies of one of these printed another way
 * (fill-in-blanks, order-signature-image, reply-port-landscape) and the layout fixtures made of the
 * seed's phrases (full-even, issued, joint, signature-kept, upward), which are not published texts.
 */
const FIXTURE_SITE_DOCUMENTS = [
  'attachment-single',
  'figure-flowchart',
  'forward-qingshi',
  'issue-long-title',
  'issue-regulation',
  'issue-regulation-attachments',
  'joint-long-recipients',
  'joint-three-seals',
  'letter-han',
  'minutes-jiyao',
  'names-outside-gb2312',
  'order-ling',
  'pre2012-chinese-date',
  'reply-port-coordinates',
].map((slug) => `tests/fixture-site/content/${slug}.mdx`);

export interface CorpusDocument {
  /** Relative to the project root. */
  file: string;
  source: string;
  /** Characters of the text the rules read, whitespace aside. */
  characters: number;
}

export async function corpusDocuments(): Promise<CorpusDocument[]> {
  const documents: CorpusDocument[] = [];
  const folders = await Promise.all(CORPUS_FOLDERS.map((folder) => documentFiles(join(ROOT, folder))));
  for (const path of [...folders.flat(), ...FIXTURE_SITE_DOCUMENTS.map((file) => join(ROOT, file))]) {
    const source = await readFile(path, 'utf8');
    documents.push({ file: relative(ROOT, path), source, characters: textCharacters(source) });
  }
  return documents;
}

function textCharacters(source: string): number {
  const parsed = parseMdx(source);
  if (!parsed.tree) return 0;
  return segmentsOf(parsed.tree, source).reduce((sum, segment) => sum + segment.text.replace(/\s/gu, '').length, 0);
}

export interface RulePrecision {
  rule: string;
  /** Acknowledged findings: slips of the published text. */
  truePositives: number;
  /** Findings nobody acknowledged: the rule is wrong on correct text. */
  falsePositives: LintMessage[];
}

export interface CorpusLint {
  documents: number;
  characters: number;
  /** Every message that is not a rule's own finding: schema, syntax and stale acknowledgements. */
  otherProblems: LintMessage[];
  byRule: RulePrecision[];
}

export function lintCorpus(documents: readonly CorpusDocument[], rules: readonly Rule[] = RULES): CorpusLint {
  const byRule = new Map(rules.map((rule) => [rule.id, { rule: rule.id, truePositives: 0, falsePositives: [] as LintMessage[] }]));
  const otherProblems: LintMessage[] = [];
  for (const document of documents) {
    for (const message of lintSource(document.file, document.source, rules).messages) {
      const tally = byRule.get(message.ruleId);
      if (!tally) otherProblems.push(message);
      else if (message.severity === 'acknowledged') tally.truePositives++;
      else tally.falsePositives.push(message);
    }
  }
  return {
    documents: documents.length,
    characters: documents.reduce((sum, document) => sum + document.characters, 0),
    otherProblems,
    byRule: [...byRule.values()],
  };
}

/** Every planting of tests/lint/corpus/plants/*.ts. */
export async function corpusPlants(): Promise<Plant[]> {
  const folder = fileURLToPath(new URL('./plants/', import.meta.url));
  const files = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.ts')).sort();
  const plants: Plant[] = [];
  for (const name of files) {
    const module = (await import(join(folder, name))) as { plants?: Plant[] };
    if (!module.plants) throw new Error(`${name} exports no plants`);
    for (const plant of module.plants) {
      if (plant.rule !== basename(name, '.ts')) throw new Error(`${name}: a planting for ${plant.rule} belongs in ${plant.rule}.ts`);
    }
    plants.push(...module.plants);
  }
  return plants;
}

export interface PlantOutcome {
  plant: Plant;
  file: string;
  found: boolean;
  /** The planted text, for a report of what was missed. */
  planted: string;
}

/** Each planting in each document it fits, linted with its own rule alone. */
export function plantInCorpus(documents: readonly CorpusDocument[], plants: readonly Plant[], rules: readonly Rule[] = RULES): PlantOutcome[] {
  const outcomes: PlantOutcome[] = [];
  for (const plant of plants) {
    const rule = rules.find((candidate) => candidate.id === plant.rule);
    if (!rule) throw new Error(`a planting names no rule: ${plant.rule}`);
    for (const document of documents) {
      const planted = plantIn(document.source, plant);
      if (!planted) continue;
      // A finding the original has too, moved along by the planting, is not the planting's.
      const delta = planted.source.length - document.source.length;
      const before = new Set(
        lintSource(document.file, document.source, [rule]).messages.map((message) => {
          const offset = offsetOf(document.source, message);
          return `${findingKey(message)}@${offset < planted.start ? offset : offset + delta}`;
        }),
      );
      const position = positionsOf(planted.source);
      const found = lintSource(document.file, planted.source, [rule]).messages.some((message) => {
        const start = offsetOf(planted.source, message);
        if (before.has(`${findingKey(message)}@${start}`)) return false;
        return start <= planted.end && start + Math.max(1, message.text.length) >= planted.start;
      });
      outcomes.push({ plant, file: document.file, found, planted: `${position(planted.start).line}: ${planted.source.slice(planted.start, planted.end)}` });
    }
  }
  return outcomes;
}

/** What a finding says, apart from where it stands. */
function findingKey(message: LintMessage): string {
  return `${message.ruleId}\u0000${message.message}\u0000${message.text}`;
}

/**
 * The source with the planting at its first match in the text the rules read (not in the frontmatter,
 * a comment or code), and the planted range; undefined where it does not fit.
 */
function plantIn(source: string, plant: Plant): { source: string; start: number; end: number } | undefined {
  const parsed = parseMdx(source);
  if (!parsed.tree) return undefined;
  const prose = new Set(segmentsOf(parsed.tree, source).flatMap((segment) => segment.offsets));
  const pattern = new RegExp(plant.find.source, plant.find.flags.includes('g') ? plant.find.flags : `${plant.find.flags}g`);
  const match = [...source.matchAll(pattern)].find((candidate) => prose.has(candidate.index));
  if (!match) return undefined;
  const start = match.index;
  // $1… and $& as String.prototype.replace has them, taken from the match in its context (a lookbehind needs it).
  const replacement = plant.replace.replace(/\$(&|\d)/gu, (_, group: string) => (group === '&' ? match[0] : (match[Number(group)] ?? '')));
  if (replacement === match[0]) return undefined;
  return { source: source.slice(0, start) + replacement + source.slice(start + match[0].length), start, end: start + replacement.length };
}

/** The UTF-16 offset of a message's line and column (the column counts code points). */
function offsetOf(source: string, { line, column }: Pick<LintMessage, 'line' | 'column'>): number {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = source.indexOf('\n', offset) + 1;
  const lineText = [...source.slice(offset, source.indexOf('\n', offset) < 0 ? undefined : source.indexOf('\n', offset))];
  return offset + lineText.slice(0, column - 1).join('').length;
}

export interface RuleRecall {
  rule: string;
  planted: number;
  found: number;
  missed: PlantOutcome[];
}

export function recallByRule(outcomes: readonly PlantOutcome[]): RuleRecall[] {
  const byRule = new Map<string, RuleRecall>();
  for (const outcome of outcomes) {
    const tally = byRule.get(outcome.plant.rule) ?? { rule: outcome.plant.rule, planted: 0, found: 0, missed: [] };
    tally.planted++;
    if (outcome.found) tally.found++;
    else tally.missed.push(outcome);
    byRule.set(outcome.plant.rule, tally);
  }
  return [...byRule.values()];
}
