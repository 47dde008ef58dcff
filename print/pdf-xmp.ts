/**
 * The PDF's XMP metadata stream (ISO 16684-1), which PDF/A and PDF/UA read instead of the Info
 * dictionary (Matterhorn 06-001): the same title, author, subject, keywords, producer and dates,
 * written as XMP properties so the two never disagree; and the claims of PDF/A-2u (pdfaid) and PDF/UA-1
 * (pdfuaid) the PDF writer makes only when the project's own checks pass (print/pdf-conformance.ts).
 * pdfuaid is not among the schemas PDF/A-2 knows, so a PDF/A file that uses it describes it in an
 * extension schema (ISO 19005-2 §6.6.2.3). The packet has no timestamps of its own and no random
 * instance ID, so the bytes stay reproducible.
 */
import type { PdfInfo } from './pdf-info.ts';

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export interface XmpFields extends PdfInfo {
  /** The Info dictionary's dates, as XMP writes them: 2023-01-23T00:00:00+08:00. */
  dateTime: string;
  language: string;
  producer: string;
  creatorTool: string;
  claims: Claims;
}

export interface Claims {
  pdfa: boolean;
  pdfua: boolean;
}

const PDFUA_EXTENSION_SCHEMA = `
    <rdf:Description rdf:about=""
        xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
        xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
        xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
      <pdfaExtension:schemas>
        <rdf:Bag>
          <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property>
              <rdf:Seq>
                <rdf:li rdf:parseType="Resource">
                  <pdfaProperty:name>part</pdfaProperty:name>
                  <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                  <pdfaProperty:category>internal</pdfaProperty:category>
                  <pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>
                </rdf:li>
              </rdf:Seq>
            </pdfaSchema:property>
          </rdf:li>
        </rdf:Bag>
      </pdfaExtension:schemas>
    </rdf:Description>`;

export function xmpPacket(fields: XmpFields): string {
  const { title, author, subject, keywords, dateTime, language, producer, creatorTool, claims } = fields;
  const pdfa = claims.pdfa
    ? `
    <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
      <pdfaid:part>2</pdfaid:part>
      <pdfaid:conformance>U</pdfaid:conformance>
    </rdf:Description>`
    : '';
  const pdfua = claims.pdfua
    ? `
    <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
      <pdfuaid:part>1</pdfuaid:part>
    </rdf:Description>${PDFUA_EXTENSION_SCHEMA}`
    : '';
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
    </rdf:Description>${pdfa}${pdfua}
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
