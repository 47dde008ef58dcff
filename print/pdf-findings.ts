/**
 * What the project's own PDF/A-2u and PDF/UA-1 checks report (print/pdf-conformance.ts), and the few
 * pdf-lib readings they share. No veraPDF runs on these machines; a finding names the standard's
 * clause it comes from, so a reader can look the condition up.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';

export interface Finding {
  standard: 'PDF/A-2u' | 'PDF/UA-1';
  /** The clause of ISO 19005-2 or ISO 14289-1 the condition comes from. */
  clause: string;
  detail: string;
}

export const finding = (standard: Finding['standard'], clause: string, detail: string): Finding => ({ standard, clause, detail });

export function resolve(context: PDFContext, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? context.lookup(object) : object;
}

export function textOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}

export function numberOf(object: PDFObject | undefined): number | undefined {
  return object instanceof PDFNumber ? object.asNumber() : undefined;
}

export const nameOf = (object: PDFObject | undefined): string | undefined => (object instanceof PDFName ? object.decodeText() : undefined);

/** A dictionary entry, references followed. */
export function entry(context: PDFContext, dict: PDFDict, key: string): PDFObject | undefined {
  return resolve(context, dict.get(PDFName.of(key)));
}

/** An entry that may be one object or an array of them, as a list (references followed). */
export function listOf(context: PDFContext, object: PDFObject | undefined): PDFObject[] {
  const value = resolve(context, object);
  if (value === undefined) return [];
  return value instanceof PDFArray ? value.asArray().map((item) => resolve(context, item)!) : [value];
}
