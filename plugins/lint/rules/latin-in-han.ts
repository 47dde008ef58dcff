/**
 * latin-in-han: an English word inside Chinese text, as in 民营企业and企业家 (meant: 和).
 *
 * Decision: only all-lowercase words of two or more letters between Han characters are flagged.
 * Capitals mark acronyms and names (GDP, 联东U谷), digits mark technical tokens (5G, PM2.5), and
 * SI units written in Latin letters (km, kg, kWh…) are legitimate, so none of these is flagged.
 */
import type { Rule } from '../types.ts';
import { findingAt, HAN, matchesIn } from './text.ts';

/** Unit symbols that may stand between Chinese words (GB 3100). */
const UNITS = new Set(['km', 'cm', 'mm', 'nm', 'kg', 'mg', 'ml', 'kw', 'kwh', 'mw', 'mwh', 'ha', 'min', 'db', 'kpa', 'mpa', 'hz', 'khz', 'mhz', 'ghz']);
/** What the stray word most likely stood for. */
const MEANT: Record<string, string> = { and: '和', or: '或', of: '的', with: '与', to: '至', vs: '对' };

const WORD = new RegExp(String.raw`(?<=${HAN} ?)[a-z]{2,}(?= ?${HAN})`, 'gu');

export const latinInHan: Rule = {
  id: 'latin-in-han',
  rationale: 'an English word in Chinese running text is a slip (and for 和) that the published copy must not carry',
  severity: 'warning',
  check(doc) {
    const findings = [];
    for (const [segment, match] of matchesIn(doc.segments, WORD)) {
      const word = match[0];
      if (UNITS.has(word.toLowerCase())) continue;
      const meant = MEANT[word] ? ` — did you mean ${MEANT[word]}?` : ' — write it in Chinese';
      findings.push(findingAt(segment, match.index, match.index + word.length, `English word "${word}" inside Chinese text${meant}`));
    }
    return findings;
  },
};
