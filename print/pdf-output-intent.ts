/**
 * The PDF/A output intent (ISO 19005-2 §6.2.3): the colour space the page colours mean — sRGB, since
 * Chromium paints in DeviceRGB — with its ICC profile embedded, so the red of the 发文机关标志 is a
 * defined colour decades on. The profile is compressed (pako's deflate, the same bytes every time).
 */
import { PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import type { ColourProfile } from './colour-profile.ts';

export const OUTPUT_CONDITION = 'sRGB IEC61966-2.1';

export function addOutputIntent(pdf: PDFDocument, profile: ColourProfile): void {
  const stream = pdf.context.flateStream(profile.bytes, { N: 3 });
  const intent = pdf.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(OUTPUT_CONDITION),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of(profile.description),
    DestOutputProfile: pdf.context.register(stream),
  });
  pdf.catalog.set(PDFName.of('OutputIntents'), pdf.context.obj([intent]));
}
