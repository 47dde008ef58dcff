/**
 * seal-images: a document printed with `seal: image` (its own, or the project's seal.default) whose seal
 * image is not there — no file named for a 署名 in the option seal.images, or a file that is missing,
 * unreadable, or neither SVG nor PNG. Caught here, at the document's seal (or 署名) field, before the
 * site is built; the print view would otherwise stop on it with no line to point at.
 * The rule is made from the project's options, as glyph-coverage is.
 */
import { SEAL_MODES, sealModeOf, sealedNamesOf, type GongwenDocument, type SealMode } from '../../schema.ts';
import type { ResolvedOptions } from '../../options.ts';
import { readSealImage, SealImageError } from '../../../print/seal-images.ts';
import type { Rule, RuleFinding } from '../types.ts';

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;

/** The names the seals stand over, from frontmatter as written (the schema may have refused other fields). */
function namesOf(frontmatter: Record<string, unknown>): string[] {
  const signers = Array.isArray(frontmatter['signers'])
    ? frontmatter['signers'].map((signer: unknown) => (typeof signer === 'string' ? signer : String((signer as { name?: unknown })?.name ?? '')))
    : undefined;
  return sealedNamesOf({
    format: frontmatter['format'] as GongwenDocument['format'],
    issuers: strings(frontmatter['issuers']) ?? [],
    signatories: strings(frontmatter['signatories']),
    signers,
  }).filter((name) => name !== '');
}

/** What the rule is, known before the project's options are (the options name its id). */
export const SEAL_IMAGES = {
  id: 'seal-images',
  rationale: 'a document printed with an electronic seal needs a readable SVG or PNG of each seal, or its sealed copy cannot be printed',
  severity: 'error',
} as const satisfies Omit<Rule, 'check'>;

/** The rule for a project's seal options; `root` is where relative image paths start. */
export function sealImages(seal: ResolvedOptions['seal'], root: string): Rule {
  return {
    ...SEAL_IMAGES,
    check(doc) {
      const frontmatter = doc.frontmatter;
      if (!frontmatter) return [];
      const own = frontmatter['seal'];
      // A seal value the schema refuses is its finding; here it counts as not given.
      const written = SEAL_MODES.includes(own as SealMode) ? { seal: own as SealMode } : {};
      if (sealModeOf({ format: frontmatter['format'] as GongwenDocument['format'], ...written }, seal.default) !== 'image') return [];
      const offset = doc.fieldOffset(['seal']) ?? doc.fieldOffset(['signatories']) ?? doc.fieldOffset(['issuers']) ?? 0;
      const findings: RuleFinding[] = [];
      const origin = own === 'image' ? 'seal: image' : 'the project default seal.default: image';
      for (const name of namesOf(frontmatter)) {
        const file = seal.images[name];
        if (file === undefined) {
          findings.push({
            offset,
            text: name,
            message: `${origin} needs an image of the seal over "${name}", and the gongwen option seal.images names none — add seal: { images: { '${name}': 'seals/….svg' } } to the integration's options, or print this document with seal: stamp`,
          });
          continue;
        }
        const image = readSealImage(file, root);
        if (image instanceof SealImageError) findings.push({ offset, text: name, message: `the seal image of "${name}": ${image.message}` });
      }
      return findings;
    },
  };
}
