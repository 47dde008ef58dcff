/**
 * The PDF's XMP metadata stream (ISO 16684-1), which PDF/A and PDF/UA read instead of the Info
 * dictionary (Matterhorn 06-001): the same title, author, subject, keywords, producer and dates,
 * written as XMP properties so the two never disagree. Only facts about the document — no claim of
 * PDF/A or PDF/UA conformance (pdfaid/pdfuaid), which waits until the PDF meets them (issue 10).
 * The packet has no timestamps of its own and no random instance ID, so the bytes stay reproducible.
 */
import type { PdfInfo } from './pdf-info.ts';

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export interface XmpFields extends PdfInfo {
  /** The Info dictionary's dates, as XMP writes them: 2023-01-23T00:00:00+08:00. */
  dateTime: string;
  language: string;
  producer: string;
  creatorTool: string;
}

export function xmpPacket(fields: XmpFields): string {
  const { title, author, subject, keywords, dateTime, language, producer, creatorTool } = fields;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about=""
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:xmp="http://ns.adobe.com/xap/1.0/"
        xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
      <dc:format>application/pdf</dc:format>
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escape(title)}</rdf:li></rdf:Alt></dc:title>
      <dc:creator><rdf:Seq><rdf:li>${escape(author)}</rdf:li></rdf:Seq></dc:creator>
      <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escape(subject)}</rdf:li></rdf:Alt></dc:description>
      <dc:language><rdf:Bag><rdf:li>${escape(language)}</rdf:li></rdf:Bag></dc:language>
      <pdf:Keywords>${escape(keywords)}</pdf:Keywords>
      <pdf:Producer>${escape(producer)}</pdf:Producer>
      <xmp:CreatorTool>${escape(creatorTool)}</xmp:CreatorTool>
      <xmp:CreateDate>${dateTime}</xmp:CreateDate>
      <xmp:ModifyDate>${dateTime}</xmp:ModifyDate>
      <xmp:MetadataDate>${dateTime}</xmp:MetadataDate>
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
