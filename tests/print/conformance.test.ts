/**
 * The project's own PDF/A-2u and PDF/UA-1 check (print/pdf-conformance.ts; no veraPDF runs here):
 * every built PDF passes it and claims both standards in its XMP, read back by pdf.js; and the check
 * is shown to catch each condition it claims to check, by breaking that one condition in a copy of a
 * built PDF with pdf-lib. The profile in the output intent is Debian's sRGB.icc, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { conformanceFindings, findingLine, type Finding } from '../../print/pdf-conformance.ts';
import { findSrgbProfile } from '../../print/colour-profile.ts';
import { finishPdf } from '../../print/pdf-metadata.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf } from './pdf-reader.ts';
import { fixturePdf, fixturePdfs, sitePdfs } from './support.ts';

const SEED = sitePdfs()[0]!;

for (const doc of [...sitePdfs(), ...fixturePdfs()]) {
  test(`${doc.slug}.pdf: the project's PDF/A-2u and PDF/UA-1 checks find nothing, and its XMP claims both`, async () => {
    const bytes = readFileSync(doc.pdf);
    expect((await conformanceFindings(bytes, { claimed: true })).map(findingLine)).toEqual([]);
    // pdf.js's own XMP parser reads the claims.
    const { metadata } = await (await openPdf(doc.pdf)).getMetadata();
    expect([metadata?.get('pdfaid:part'), metadata?.get('pdfaid:conformance'), metadata?.get('pdfuaid:part')]).toEqual(['2', 'U', '1']);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const intent = pdf.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    const profile = decodePDFRawStream(intent.lookup(PDFName.of('DestOutputProfile')) as PDFRawStream).decode();
    expect(Buffer.from(profile).equals(readFileSync('/usr/share/texlive/texmf-dist/tex/generic/colorprofiles/sRGB.icc'))).toBe(true);
  });
}

/** The findings on a copy of `file` broken by `breakIt`, as "standard clause" strings. */
async function findingsAfter(file: string, breakIt: (pdf: PDFDocument) => void, options = { claimed: true }): Promise<Finding[]> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  breakIt(pdf);
  return conformanceFindings(await pdf.save(), options);
}
const clauses = (findings: Finding[]) => [...new Set(findings.map(({ standard, clause }) => `${standard} ${clause}`))].sort();

/** The structure elements of a PDF whose type is `type`, in no particular order. */
function elementsOf(pdf: PDFDocument, type: string): PDFDict[] {
  return pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('S')) === PDFName.of(type) && object.get(PDFName.of('P')) !== undefined);
}

/** The Type0 font of the 仿宋 body text and its descendant CIDFont. */
function bodyFont(pdf: PDFDocument): { font: PDFDict; cidFont: PDFDict } {
  const font = pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .find((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Subtype')) === PDFName.of('Type0') && String(object.get(PDFName.of('BaseFont'))).includes('FandolFang'));
  if (!font) throw new Error('no FandolFang font in the seed PDF');
  return { font, cidFont: font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict) };
}

const appendContent = (pdf: PDFDocument, operators: string) => {
  const page = pdf.getPages()[0]!;
  page.node.addContentStream(pdf.context.register(pdf.context.stream(operators)));
};

const BROKEN: { condition: string; file: () => string; breakIt: (pdf: PDFDocument) => void; expected: string[] }[] = [
  { condition: 'no output intent', file: () => SEED.pdf, breakIt: (pdf) => pdf.catalog.delete(PDFName.of('OutputIntents')), expected: ['PDF/A-2u 6.2.3'] },
  { condition: 'the Info title differs from dc:title', file: () => SEED.pdf, breakIt: (pdf) => pdf.setTitle('关于印发《政府工作报告》的通知（草稿）'), expected: ['PDF/A-2u 6.6.3'] },
  {
    condition: 'the XMP packet is gone',
    file: () => SEED.pdf,
    breakIt: (pdf) => pdf.catalog.delete(PDFName.of('Metadata')),
    expected: ['PDF/A-2u 6.6.2.1', 'PDF/UA-1 7.1'],
  },
  { condition: 'no /ID in the trailer', file: () => SEED.pdf, breakIt: (pdf) => delete pdf.context.trailerInfo.ID, expected: ['PDF/A-2u 6.1.3'] },
  { condition: 'a font without its ToUnicode map', file: () => SEED.pdf, breakIt: (pdf) => bodyFont(pdf).font.delete(PDFName.of('ToUnicode')), expected: ['PDF/A-2u 6.2.11.7.2', 'PDF/UA-1 7.21.7'] },
  {
    condition: 'a font not embedded',
    file: () => SEED.pdf,
    breakIt: (pdf) => bodyFont(pdf).cidFont.lookup(PDFName.of('FontDescriptor'), PDFDict).delete(PDFName.of('FontFile2')),
    expected: ['PDF/A-2u 6.2.11.4.1', 'PDF/UA-1 7.21.4.1'],
  },
  {
    condition: 'widths that disagree with the font program',
    file: () => SEED.pdf,
    breakIt: (pdf) => {
      const { cidFont } = bodyFont(pdf);
      cidFont.delete(PDFName.of('W'));
      cidFont.set(PDFName.of('DW'), PDFNumber.of(900));
    },
    expected: ['PDF/A-2u 6.2.11.5', 'PDF/UA-1 7.21.5'],
  },
  {
    condition: 'DeviceCMYK colour with an sRGB output intent',
    file: () => SEED.pdf,
    breakIt: (pdf) => appendContent(pdf, '/Artifact BMC 0 0 0 1 k 0 0 1 1 re f EMC'),
    expected: ['PDF/A-2u 6.2.4.3'],
  },
  {
    condition: 'an interpolated image and an LZW stream',
    file: () => SEED.pdf,
    breakIt: (pdf) => {
      pdf.context.register(pdf.context.obj({ Type: 'XObject', Subtype: 'Image', Width: 1, Height: 1, Interpolate: true }));
      pdf.context.register(pdf.context.stream(new Uint8Array([0x80]), { Filter: 'LZWDecode' }));
    },
    expected: ['PDF/A-2u 6.1.7.2', 'PDF/A-2u 6.2.8'],
  },
  {
    condition: 'a hidden link that runs JavaScript, outside the structure and undescribed',
    file: () => SEED.pdf,
    breakIt: (pdf) => {
      const action = pdf.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
      pdf.getPages()[0]!.node.set(PDFName.of('Annots'), pdf.context.obj([pdf.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], F: 2, A: action })]));
    },
    expected: ['PDF/A-2u 6.3.2', 'PDF/A-2u 6.5.1', 'PDF/UA-1 7.18.1', 'PDF/UA-1 7.18.5'],
  },
  { condition: 'untagged text', file: () => SEED.pdf, breakIt: (pdf) => appendContent(pdf, 'BT 0 0 Td ET 0 0 1 1 re f'), expected: ['PDF/UA-1 7.1'] },
  { condition: 'not marked as tagged', file: () => SEED.pdf, breakIt: (pdf) => pdf.catalog.delete(PDFName.of('MarkInfo')), expected: ['PDF/UA-1 7.1'] },
  { condition: 'no /Lang', file: () => SEED.pdf, breakIt: (pdf) => pdf.catalog.delete(PDFName.of('Lang')), expected: ['PDF/UA-1 7.2'] },
  {
    condition: 'a heading level skipped (H2 → H4)',
    file: () => SEED.pdf,
    breakIt: (pdf) => elementsOf(pdf, 'H2')[0]!.set(PDFName.of('S'), PDFName.of('H4')),
    expected: ['PDF/UA-1 7.4.2'],
  },
  {
    condition: 'the parent tree naming the wrong element',
    file: () => SEED.pdf,
    breakIt: (pdf) => {
      const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
      const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
      const first = nums.lookup(1, PDFArray);
      const [a, b] = [first.get(0), first.get(1)];
      first.set(0, b);
      first.set(1, a);
    },
    expected: ['PDF/UA-1 7.1'],
  },
  {
    condition: 'a figure without alternative text',
    file: () => fixturePdf('figure-flowchart').pdf,
    breakIt: (pdf) => elementsOf(pdf, 'Figure')[0]!.delete(PDFName.of('Alt')),
    expected: ['PDF/UA-1 7.3'],
  },
  {
    condition: 'a header cell without a scope, in a table whose cells name no headers',
    file: () => fixturePdf('reply-port-landscape').pdf,
    breakIt: (pdf) => {
      for (const cell of elementsOf(pdf, 'TD')) cell.delete(PDFName.of('A'));
      elementsOf(pdf, 'TH')[0]!.delete(PDFName.of('A'));
    },
    expected: ['PDF/UA-1 7.5'],
  },
  {
    condition: 'a data cell naming a header cell that does not exist',
    file: () => fixturePdf('reply-port-landscape').pdf,
    breakIt: (pdf) => {
      const headers = elementsOf(pdf, 'TD')[0]!.lookup(PDFName.of('A'), PDFArray).lookup(0, PDFDict);
      headers.set(PDFName.of('Headers'), pdf.context.obj([PDFString.of('id999999')]));
    },
    expected: ['PDF/UA-1 7.5'],
  },
  {
    condition: 'a non-standard structure type with no role map',
    file: () => SEED.pdf,
    breakIt: (pdf) => elementsOf(pdf, 'P')[0]!.set(PDFName.of('S'), PDFName.of('Paragraph')),
    expected: ['PDF/UA-1 7.1'],
  },
];

for (const { condition, file, breakIt, expected } of BROKEN) {
  test(`the check finds it: ${condition}`, async () => {
    expect(clauses(await findingsAfter(file(), breakIt))).toEqual(expected);
  });
}

test('a PDF whose XMP makes no claim is found wanting only for the claims', async () => {
  const findings = await findingsAfter(SEED.pdf, (pdf) => {
    const stream = pdf.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream;
    const packet = new TextDecoder().decode(stream.getContents()).replace(/<rdf:Description rdf:about="" xmlns:pdfu?aid[\s\S]*?<\/rdf:Description>/gu, '');
    pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(pdf.context.stream(new TextEncoder().encode(packet), { Type: 'Metadata', Subtype: 'XML' })));
  });
  expect(clauses(findings)).toEqual(['PDF/A-2u 6.6.4', 'PDF/UA-1 5']);
});

test('without an sRGB profile the PDF has no output intent and claims PDF/UA-1 only, and says why', async () => {
  const pdf = await PDFDocument.load(readFileSync(SEED.pdf), { updateMetadata: false });
  pdf.catalog.delete(PDFName.of('OutputIntents'));
  const info = { title: pdf.getTitle()!, author: pdf.getAuthor()!, subject: pdf.getSubject()!, keywords: pdf.getKeywords()!, date: '2023-01-23' };
  const finished = await finishPdf(await pdf.save(), info, null);
  expect(finished.claims).toEqual({ pdfa: false, pdfua: true });
  expect(clauses(finished.findings)).toEqual(['PDF/A-2u 6.2.3', 'PDF/A-2u 6.6.4']);
  const { metadata } = await (await getDocument({ data: finished.bytes, verbosity: 0 }).promise).getMetadata();
  expect([metadata?.get('pdfaid:part') ?? null, metadata?.get('pdfuaid:part')]).toEqual([null, '1']);
  // With the profile, the same PDF claims both.
  const profile = await findSrgbProfile();
  expect((await finishPdf(await pdf.save(), info, profile)).claims).toEqual({ pdfa: true, pdfua: true });
});
