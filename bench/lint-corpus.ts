/**
 * `npm run lint:corpus`: the linter on the corpus of real published documents (tests/lint/corpus/).
 * Per rule: true findings (acknowledged slips of the published text), false positives (findings on
 * correct text), precision, false positives per 10,000 characters of text, and the recall of the
 * defects planted into copies of the documents. Lists every false positive and every missed planting.
 */
import { corpusDocuments, corpusPlants, lintCorpus, plantInCorpus, recallByRule } from '../tests/lint/corpus/measure.ts';
import { formatMessage } from '../plugins/lint/format.ts';

const documents = await corpusDocuments();
const lint = lintCorpus(documents);
const recall = new Map(recallByRule(plantInCorpus(documents, await corpusPlants())).map((tally) => [tally.rule, tally]));

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);
const rows = lint.byRule.map(({ rule, truePositives, falsePositives }) => {
  const planted = recall.get(rule);
  return [
    rule,
    String(truePositives),
    String(falsePositives.length),
    percent(truePositives, truePositives + falsePositives.length),
    ((falsePositives.length * 10_000) / lint.characters).toFixed(2),
    planted ? `${planted.found}/${planted.planted}` : '—',
    planted ? percent(planted.found, planted.planted) : '—',
  ];
});
const header = ['rule', 'true', 'false', 'precision', 'false per 10k chars', 'planted found', 'recall'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');

console.log(`corpus: ${lint.documents} documents, ${lint.characters} characters of text`);
console.log(line(header));
for (const row of rows) console.log(line(row));
if (lint.otherProblems.length > 0) {
  console.log(`\nproblems that are not rule findings (${lint.otherProblems.length}):`);
  for (const message of lint.otherProblems) console.log(`  ${formatMessage(message)}`);
}
const falsePositives = lint.byRule.flatMap((tally) => tally.falsePositives);
if (falsePositives.length > 0) {
  console.log(`\nfalse positives (${falsePositives.length}):`);
  for (const message of falsePositives) console.log(`  ${formatMessage(message)}`);
}
const missed = [...recall.values()].flatMap((tally) => tally.missed);
if (missed.length > 0) {
  console.log(`\nplanted and missed (${missed.length}):`);
  for (const outcome of missed) console.log(`  ${outcome.plant.rule}  ${outcome.file}:${outcome.planted}  (${outcome.plant.description})`);
}
