/**
 * Every rule of the linter, in the order their findings are listed for one position. glyph-coverage
 * (./glyph-coverage.ts) needs the project's fonts, so it is made per project (../printable-fonts.ts)
 * and added after these by the build and `gongwen lint`.
 */
import type { Rule } from '../types.ts';
import { adminDivisions } from './admin-divisions.ts';
import { brokenParagraph } from './broken-paragraph.ts';
import { dateConsistency } from './date-consistency.ts';
import { dateExists } from './date-exists.ts';
import { confusables } from './confusables.ts';
import { dateReferences } from './date-references.ts';
import { deDiDe } from './de-di-de.ts';
import { docNumberBrackets } from './doc-number-brackets.ts';
import { emptyBody } from './empty-body.ts';
import { enumerationComma } from './enumeration-comma.ts';
import { gbt9704_2012Form } from './gbt9704-2012-form.ts';
import { halfwidthPunct } from './halfwidth-punct.ts';
import { latinInHan } from './latin-in-han.ts';
import { numberIntegrity } from './number-integrity.ts';
import { numberingStructure } from './numbering-structure.ts';
import { pairedMarks } from './paired-marks.ts';
import { attachmentReferences, issuedDocumentReferences, unprintedParts } from './part-references.ts';
import { placeNameNearMiss } from './place-name-near-miss.ts';
import { properNameVariants } from './proper-name-variants.ts';
import { remoteContent } from './remote-content.ts';
import { spaceHanLatin } from './space-han-latin.ts';
import { standardFormulations } from './standard-formulations.ts';
import { titleLines } from './title-lines.ts';

export const RULES: readonly Rule[] = [
  latinInHan,
  spaceHanLatin,
  halfwidthPunct,
  pairedMarks,
  docNumberBrackets,
  dateConsistency,
  placeNameNearMiss,
  properNameVariants,
  numberingStructure,
  gbt9704_2012Form,
  titleLines,
  remoteContent,
  enumerationComma,
  brokenParagraph,
  numberIntegrity,
  adminDivisions,
  dateReferences,
  dateExists,
  attachmentReferences,
  issuedDocumentReferences,
  unprintedParts,
  emptyBody,
  confusables,
  standardFormulations,
  deDiDe,
];
export { glyphCoverage } from './glyph-coverage.ts';
