/**
 * What a document's metadata is called, and in which order 文件信息 lists it: the labels of the
 * 政府信息公开 information box on www.gov.cn (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号,
 * 发布日期, 主题词), then the 版头 elements only a 公文 carries. One map, so 文件信息, the index and
 * the page head never call one field by two names.
 */
import { documentTitle, signersOf, type GongwenDocument } from '../../plugins/schema.ts';

export const METADATA_LABELS = {
  indexNumber: '索引号',
  subject: '主题分类',
  issuers: '发文机关',
  date: '成文日期',
  title: '标题',
  docNumber: '发文字号',
  /** A 令's docNumber (§10.2). */
  orderNumber: '令号',
  signers: '签发人',
  publishedDate: '发布日期',
  keywords: '主题词',
  disclosure: '公开方式',
  copyNumber: '份号',
  secrecy: '密级',
  urgency: '紧急程度',
} as const;

/** One labelled value of 文件信息; a date carries its ISO form for <time datetime>. */
export interface MetadataEntry {
  label: string;
  text: string;
  datetime?: string;
}

/** What the number of this document is called: 令号 on a 令, else 发文字号. */
export function numberLabel(doc: Pick<GongwenDocument, 'format'>): string {
  return doc.format === 'order' ? METADATA_LABELS.orderNumber : METADATA_LABELS.docNumber;
}

/**
 * 文件信息 in the order of the gov.cn box, each entry where the document has it. 签发人 stands after
 * the 发文字号, as in the 版头 of a 上行文 (§7.2.6); a 令's signer is printed under its text instead.
 */
export function metadataEntries(doc: GongwenDocument): MetadataEntry[] {
  const L = METADATA_LABELS;
  const secrecy = doc.secrecyLevel && (doc.secrecyPeriod ? `${doc.secrecyLevel}★${doc.secrecyPeriod}` : doc.secrecyLevel);
  const entries: (MetadataEntry | false | undefined)[] = [
    doc.indexNumber !== undefined && { label: L.indexNumber, text: doc.indexNumber },
    doc.subject !== undefined && { label: L.subject, text: doc.subject },
    { label: L.issuers, text: doc.issuers.join('、') },
    { label: L.date, text: doc.date.text, datetime: doc.date.iso },
    { label: L.title, text: documentTitle(doc) },
    doc.docNumber !== undefined && { label: numberLabel(doc), text: doc.docNumber },
    doc.direction === 'up' && doc.signers !== undefined && { label: L.signers, text: signersOf(doc).map((signer) => signer.name).join('、') },
    doc.publishedDate !== undefined && { label: L.publishedDate, text: doc.publishedDate.text, datetime: doc.publishedDate.iso },
    // Separated as the gov.cn box prints them, by an ideographic space.
    doc.keywords !== undefined && { label: L.keywords, text: doc.keywords.join('　') },
    doc.disclosure !== undefined && { label: L.disclosure, text: doc.disclosure },
    doc.copyNumber !== undefined && { label: L.copyNumber, text: doc.copyNumber },
    secrecy !== undefined && { label: L.secrecy, text: secrecy },
    doc.urgency !== undefined && { label: L.urgency, text: doc.urgency },
  ];
  return entries.filter((entry): entry is MetadataEntry => typeof entry === 'object');
}
