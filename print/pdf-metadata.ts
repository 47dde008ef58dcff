/**
 * Sets a printed PDF's metadata and makes its bytes depend on the document only.
 *
 * Loads Chromium's PDF with pdf-lib and sets fields in place (copying pages into a new
 * document would drop the structure tree). Chromium stamps the clock into CreationDate and
 * ModDate (measured: two prints of one page differ only there) and writes no /ID; here both dates
 * come from the 成文日期 and /ID from a hash of the content, so two builds of the same source
 * give the same bytes; so do the structure elements' IDs (pdf-structure-ids.ts). The structure tree is
 * tidied of what pagination left in it (pdf-structure-tidy.ts). What Chromium leaves
 * untagged — page numbers, rules — is marked as artifacts (pdf-artifacts.ts). With an sRGB profile it
 * gets a PDF/A output intent; it then claims PDF/A-2u and PDF/UA-1 in its XMP for each standard the
 * project's check passes, and says what it found where one fails.
 */
import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import type { PdfInfo } from './pdf-info.ts';
import { markArtifacts } from './pdf-artifacts.ts';
import { xmpPacket, type Claims } from './pdf-xmp.ts';
import { canonicalStructureIds } from './pdf-structure-ids.ts';
import { tidyStructure } from './pdf-structure-tidy.ts';
import { addOutputIntent } from './pdf-output-intent.ts';
import { conformanceFindings, type Finding } from './pdf-conformance.ts';
import type { ColourProfile } from './colour-profile.ts';

export const PDF_CREATOR = 'gongwen (GB/T 9704-2012 print view, Paged.js 0.4.3)';
export const PDF_PRODUCER = 'gongwen via Chromium and pdf-lib';
export const PDF_LANGUAGE = 'zh-CN';
/** 成文日期 is a date in China; midnight Beijing time. */
const CHINA_OFFSET = '+08:00';

export interface FinishedPdf {
  bytes: Uint8Array;
  /** What the XMP claims: each only when the project's check (pdf-conformance.ts) finds nothing for that standard. */
  claims: Claims;
  /** What the check found, which is why a claim was not made. */
  findings: Finding[];
}

/**
 * `profile`: the sRGB profile for the PDF/A output intent, found once per build (colour-profile.ts);
 * without one the PDF has no output intent and claims no PDF/A.
 */
export async function finishPdf(bytes: Uint8Array, info: PdfInfo, profile: ColourProfile | null): Promise<FinishedPdf> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const date = new Date(`${info.date}T00:00:00${CHINA_OFFSET}`);
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setKeywords([info.keywords]);
  pdf.setCreator(PDF_CREATOR);
  pdf.setProducer(PDF_PRODUCER);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  pdf.setLanguage(PDF_LANGUAGE);
  canonicalStructureIds(pdf);
  tidyStructure(pdf);
  markArtifacts(pdf);
  if (profile) addOutputIntent(pdf, profile);
  const metadata = pdf.context.nextRef();
  pdf.catalog.set(PDFName.of('Metadata'), metadata);
  const save = async (claims: Claims) => {
    const packet = xmpPacket({ ...info, dateTime: `${info.date}T00:00:00${CHINA_OFFSET}`, language: PDF_LANGUAGE, producer: PDF_PRODUCER, creatorTool: PDF_CREATOR, claims });
    // UTF-8 bytes: given a string, pdf-lib would keep one byte per UTF-16 unit and lose the Chinese.
    // Uncompressed, as PDF/A asks, so tools that do not parse PDF can still find the packet.
    pdf.context.assign(metadata, pdf.context.stream(new TextEncoder().encode(packet), { Type: 'Metadata', Subtype: 'XML' }));
    delete pdf.context.trailerInfo.ID;
    const withoutId = await pdf.save();
    const id = PDFHexString.of(createHash('md5').update(withoutId).digest('hex'));
    pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
    return pdf.save();
  };
  const hoped: Claims = { pdfa: profile !== null, pdfua: true };
  const claimed = await save(hoped);
  const findings = await conformanceFindings(claimed, { claimed: true });
  const claims: Claims = {
    pdfa: hoped.pdfa && !findings.some((item) => item.standard === 'PDF/A-2u'),
    pdfua: !findings.some((item) => item.standard === 'PDF/UA-1'),
  };
  if (claims.pdfa === hoped.pdfa && claims.pdfua === hoped.pdfua) return { bytes: claimed, claims, findings };
  return { bytes: await save(claims), claims, findings };
}
