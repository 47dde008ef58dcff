/**
 * The linter on the corpus of real published documents (tests/lint/corpus/measure.ts): no error on
 * any of them, no problem other than rule findings, and every planted defect kind measured.
 * The counts per rule are attached to the report; `npm run lint:corpus` prints them with every false positive.
 */
import { expect, test } from '@playwright/test';
import { formatMessage } from '../../plugins/lint/format.ts';
import { RULES } from '../../plugins/lint/rules/index.ts';
import { corpusDocuments, corpusPlants, lintCorpus, plantInCorpus, recallByRule } from './corpus/measure.ts';

test('the corpus: at least 20 documents of its own, and none gives an error or a schema, syntax or stale-acknowledgement problem', async () => {
  const documents = await corpusDocuments();
  expect(documents.filter((document) => document.file.startsWith('tests/lint/corpus/')).length).toBeGreaterThanOrEqual(20);
  const lint = lintCorpus(documents);
  expect(lint.otherProblems.map(formatMessage)).toEqual([]);
  const errors = lint.byRule.flatMap((tally) => tally.falsePositives).filter((message) => message.severity === 'error');
  expect(errors.map(formatMessage)).toEqual([]);
  const summary = lint.byRule.map(({ rule, truePositives, falsePositives }) => `${rule}: ${truePositives} true, ${falsePositives.length} false`);
  test.info().annotations.push({ type: 'corpus', description: `${lint.documents} documents, ${lint.characters} characters; ${summary.join('; ')}` });
});

test('plantings: every text rule has some, and each planting fits at least one corpus document', async () => {
  const documents = await corpusDocuments();
  const plants = await corpusPlants();
  const outcomes = plantInCorpus(documents, plants);
  const recall = recallByRule(outcomes);
  for (const plant of plants) {
    expect(outcomes.some((outcome) => outcome.plant === plant), `${plant.rule}: ${plant.description} fits no document`).toBe(true);
  }
  // Frontmatter-only rules, and those about an element missing (unprinted-parts) or the whole body (empty-body), are
  // planted in their own fixtures (tests/lint/rules*.test.ts), not in the body's text.
  const FRONTMATTER_RULES = new Set(['gbt9704-2012-form', 'title-lines', 'date-consistency', 'unprinted-parts', 'empty-body']);
  const planted = new Set(recall.map((tally) => tally.rule));
  expect(RULES.map((rule) => rule.id).filter((id) => !FRONTMATTER_RULES.has(id) && !planted.has(id))).toEqual([]);
  test.info().annotations.push({ type: 'recall', description: recall.map((tally) => `${tally.rule}: ${tally.found}/${tally.planted}`).join('; ') });
});
