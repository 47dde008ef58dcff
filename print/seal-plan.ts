/**
 * The seal of one document's closing, resolved in Node while the page renders: where the 署名, the date
 * and each seal go in print (print/seal-layout.ts, from the names' and the date's set widths in the 仿宋
 * that prints them), and the images of `seal: image` — always in print, on the web page only with seal.web.
 */
import { advanceWidthOf } from '../plugins/fonts/advance.ts';
import type { ResolvedFont } from '../plugins/fonts/types.ts';
import type { ResolvedOptions } from '../plugins/options.ts';
import { sealedNamesOf, sealLabelOf, type GongwenDocument, type SealMode } from '../plugins/schema.ts';
import { BODY_SIZE_PT, BODY_TRACKING_PT, ptToMm } from './geometry.ts';
import { sealLayout, type SealLayout } from './seal-layout.ts';
import { readSealImage, SealImageError } from './seal-images.ts';

export interface SealPlan {
  /** Where 署名, date and seals go; for an organ's sealed signature only (a 令's 签名章 keeps §7.3.5.3's lines). */
  layout?: SealLayout;
  /** Per sealed name, in order: the alt text, and the image's data URL for `seal: image`. */
  seals: { label: string; src?: string }[];
}

/** The set width of a 3号 line of 仿宋 on the grid: the font's advances plus the grid's tracking after each character. */
async function bodyWidthOf(fang: ResolvedFont): Promise<(text: string) => number> {
  const advance = await advanceWidthOf(fang);
  return (text) => ptToMm(advance(text) * BODY_SIZE_PT + [...text].length * BODY_TRACKING_PT);
}

/** `fang` is the print view's 仿宋 (the layout is worked out with it); without it, the web page's plan: no layout. */
export async function sealPlanOf(doc: GongwenDocument, mode: SealMode, seal: ResolvedOptions['seal'], fang?: ResolvedFont): Promise<SealPlan> {
  const names = sealedNamesOf(doc);
  const drawn = mode === 'image' && (fang !== undefined || seal.web);
  const seals = names.map((name) => {
    const label = sealLabelOf(doc, name);
    if (!drawn) return { label };
    const file = seal.images[name];
    if (file === undefined) throw new Error(`"${documentName(doc)}" is printed with seal: image, and the gongwen option seal.images has no image for "${name}" — add one, or set seal: stamp`);
    const image = readSealImage(file, process.cwd());
    if (image instanceof SealImageError) throw new Error(`"${documentName(doc)}": the seal image of "${name}": ${image.message}`);
    return { label, src: image.dataUrl };
  });
  if (!fang || doc.format === 'order') return { seals };
  const width = await bodyWidthOf(fang);
  const layout = sealLayout({ nameWidthsMm: names.map(width), dateWidthMm: width(doc.date.text), diameterMm: seal.diameterMm });
  return { layout, seals };
}

const documentName = (doc: GongwenDocument) => doc.docNumber ?? doc.title ?? doc.issuers[0];
