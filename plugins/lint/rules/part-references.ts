/**
 * The frontmatter lists against the body's elements: the 附件说明 (`attachments`, and each issued
 * document's own) against <Attachment n title> in the same part, and `issuedDocuments` against
 * <IssuedDocument title>, both in order. The page prints an <Attachment>'s titleLines from its entry
 * and the 附件说明 from the list, so a mismatch prints two different titles or a number with no entry.
 *
 * What existed: the schema checks only that titleLines join to the title of the same entry;
 * remark-part-props (plugins/remark/part-props.ts) passes each element its entry by order, without
 * checking; nothing compared the two. Three rules, by certainty:
 * * attachment-references (error): an <Attachment> without a number n, or whose n has no entry, comes
 *   after an equal or higher n (a duplicate, out of order), or whose title differs from its entry's. The
 *   附件说明 may print the title in 书名号 (《…办法》, attachment-single.mdx); 书名号 around the whole
 *   title are the only difference allowed.
 * * issued-document-references (error): an <IssuedDocument> with no entry, or titled otherwise than its entry.
 * * unprinted-parts (warning): an entry with no element while the same list has others printed. A list
 *   with no element at all is not flagged: pages publish attachments as separate files (attachment-single.mdx).
 * A title or n given as an expression is not compared.
 */
import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { isDocumentPart } from '../../remark/parts.ts';
import type { LintDocument, Rule, RuleFinding } from '../types.ts';
import { findingAt } from './text.ts';

interface Entry {
  title: string;
  /** Where the title stands in the frontmatter. */
  path: (string | number)[];
}

interface Printed {
  element: MdxJsxFlowElement;
  n: number | undefined;
  title: string | undefined;
}

/** One list of the frontmatter and the elements that print it. */
interface Pairing {
  /** How the list is named in messages: attachments, issuedDocuments[0].attachments, issuedDocuments. */
  field: string;
  entries: Entry[];
  printed: Printed[];
}

function entriesOf(list: unknown, path: (string | number)[]): Entry[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown, index) => {
    const title = typeof entry === 'object' && entry !== null ? (entry as { title?: unknown }).title : undefined;
    return typeof title === 'string' ? [{ title, path: [...path, index, 'title'] }] : [];
  });
}

function attribute(element: MdxJsxFlowElement, name: string): { value: string | undefined; expression: boolean } | undefined {
  const found = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return undefined;
  if (typeof found.value === 'string') return { value: found.value, expression: false };
  return { value: found.value?.value, expression: true };
}

/** An element's number and title as written: n={2} or n="2", title="…" or title={"…"}; another expression is not read. */
function printedOf(element: MdxJsxFlowElement): Printed {
  const n = attribute(element, 'n');
  const title = attribute(element, 'title');
  const number = n?.value !== undefined && /^\s*\d+\s*$/u.test(n.value) ? Number(n.value) : undefined;
  const literal = title?.expression ? /^\s*(["'])(.*)\1\s*$/u.exec(title.value ?? '')?.[2] : title?.value;
  return { element, n: number, title: literal };
}

/** The lists and their elements, part by part: the notice's attachments, each issued document's. */
function pairings(doc: LintDocument): { attachments: Pairing[]; issued: Pairing } {
  const frontmatter = doc.frontmatter ?? {};
  const issuedList = Array.isArray(frontmatter['issuedDocuments']) ? (frontmatter['issuedDocuments'] as unknown[]) : [];
  const notice: Pairing = { field: 'attachments', entries: entriesOf(frontmatter['attachments'], ['attachments']), printed: [] };
  const issued: Pairing = { field: 'issuedDocuments', entries: entriesOf(issuedList, ['issuedDocuments']), printed: [] };
  const ofIssued: Pairing[] = [];
  for (const node of doc.tree.children as RootContent[]) {
    if (!isDocumentPart(node)) continue;
    if (node.name === 'Attachment') {
      notice.printed.push(printedOf(node));
      continue;
    }
    const index = issued.printed.length;
    issued.printed.push(printedOf(node));
    const entry = issuedList[index];
    const own: Pairing = {
      field: `issuedDocuments[${index}].attachments`,
      entries: entriesOf(typeof entry === 'object' && entry !== null ? (entry as { attachments?: unknown }).attachments : undefined, ['issuedDocuments', index, 'attachments']),
      printed: [],
    };
    for (const child of node.children as RootContent[]) if (isDocumentPart(child) && child.name === 'Attachment') own.printed.push(printedOf(child));
    ofIssued.push(own);
  }
  return { attachments: [notice, ...ofIssued], issued };
}

/** 书名号 around the whole title, which a 附件说明 may print. */
function bare(title: string): string {
  return /^《[^《》]*》$/u.test(title) ? title.slice(1, -1) : title;
}

/** A finding at an element's attribute value (its text segment, so it can be acknowledged), else at the tag. */
function atElement(doc: LintDocument, element: MdxJsxFlowElement, name: string, message: string): RuleFinding {
  const start = element.position?.start.offset ?? 0;
  const found = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const from = found?.position?.start.offset;
  const to = found?.position?.end.offset;
  const segment = from === undefined ? undefined : doc.segments.find((s) => s.kind === 'attribute' && s.offsets[0]! >= from && s.offsets[0]! <= to!);
  if (segment) return findingAt(segment, 0, segment.text.length, message);
  const written = attribute(element, name);
  const text = !written ? `<${element.name}` : written.expression ? `${name}={${written.value}}` : `${name}="${written.value}"`;
  return { offset: from ?? start, text, message };
}

function where(doc: LintDocument, path: (string | number)[]): string {
  const offset = doc.fieldOffset(path);
  if (offset === undefined) return '';
  const { line, column } = doc.position(offset);
  return ` (${line}:${column})`;
}

export const attachmentReferences: Rule = {
  id: 'attachment-references',
  rationale: 'an <Attachment> numbered or titled otherwise than its 附件说明 entry prints two different attachments (GB/T 9704 §7.3.4, §7.3.7)',
  severity: 'error',
  check(doc) {
    const findings: RuleFinding[] = [];
    for (const { field, entries, printed } of pairings(doc).attachments) {
      let previous = 0;
      for (const { element, n, title } of printed) {
        if (n === undefined) {
          if (!attribute(element, 'n')?.expression) findings.push(atElement(doc, element, 'title', `<Attachment> has no number — write n={${previous + 1}}`));
          continue;
        }
        const entry = entries[n - 1];
        if (n <= previous) {
          findings.push(atElement(doc, element, 'n', `<Attachment n={${n}}> follows <Attachment n={${previous}}> — attachments are numbered 1, 2, 3… in order, each once`));
        } else if (!entry) {
          const listed = entries.length === 0 ? `there is no ${field}` : `${field} lists ${entries.length}`;
          findings.push(atElement(doc, element, 'n', `<Attachment n={${n}}> has no entry in the 附件说明 (${listed}) — add its title to ${field}, or correct n`));
        } else if (title !== undefined && bare(title) !== bare(entry.title)) {
          findings.push(
            atElement(doc, element, 'title', `<Attachment n={${n}}> is titled “${title}”, but the 附件说明 lists 附件${n} as “${entry.title}”${where(doc, entry.path)} — make them the same`),
          );
        }
        previous = Math.max(previous, n);
      }
    }
    return findings;
  },
};

export const issuedDocumentReferences: Rule = {
  id: 'issued-document-references',
  rationale: 'an <IssuedDocument> without its issuedDocuments entry, or titled otherwise, prints a title the notice does not issue (GB/T 9704 §7.3.1)',
  severity: 'error',
  check(doc) {
    const { entries, printed } = pairings(doc).issued;
    const findings: RuleFinding[] = [];
    printed.forEach(({ element, title }, index) => {
      const entry = entries[index];
      if (!entry) {
        findings.push(
          atElement(doc, element, 'title', `<IssuedDocument> number ${index + 1} has no entry in issuedDocuments (it lists ${entries.length}) — add { title: ${title ?? '…'} } to issuedDocuments`),
        );
      } else if (title !== undefined && bare(title) !== bare(entry.title)) {
        findings.push(atElement(doc, element, 'title', `<IssuedDocument> is titled “${title}”, but issuedDocuments[${index}] is “${entry.title}”${where(doc, entry.path)} — make them the same`));
      }
    });
    return findings;
  },
};

export const unprintedParts: Rule = {
  id: 'unprinted-parts',
  rationale: 'a 附件说明 (GB/T 9704 §7.3.4) or issuedDocuments entry with no element, where the others are printed, announces a part the reader does not find',
  severity: 'warning',
  check(doc) {
    const { attachments, issued } = pairings(doc);
    const findings: RuleFinding[] = [];
    const report = (entry: Entry, message: string) => {
      const offset = doc.fieldOffset(entry.path);
      if (offset === undefined) return;
      const segment = doc.segments.find((s) => s.kind === 'attribute' && s.offsets[0] !== undefined && Math.abs(s.offsets[0] - offset) <= 1 && s.text === entry.title);
      findings.push(segment ? findingAt(segment, 0, segment.text.length, message) : { offset, text: entry.title, message });
    };
    for (const { entries, printed } of attachments) {
      if (printed.length === 0) continue;
      entries.forEach((entry, index) => {
        if (!printed.some((p) => p.n === index + 1)) report(entry, `附件${index + 1} “${entry.title}” of the 附件说明 has no <Attachment n={${index + 1}}> while the others are printed — add it after them`);
      });
    }
    if (issued.printed.length > 0) {
      issued.entries.slice(issued.printed.length).forEach((entry, offset) => {
        report(entry, `issuedDocuments[${issued.printed.length + offset}] “${entry.title}” has no <IssuedDocument> in the body while the others are printed — add it`);
      });
    }
    return findings;
  },
};
