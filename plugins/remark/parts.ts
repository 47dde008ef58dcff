/**
 * The parts of a 公文 body that carry their own title and their own numbering:
 * a document the notice issues (<IssuedDocument>, spec §11) and an attachment (<Attachment>, §7.3.7).
 */
import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

export const DOCUMENT_PARTS = { IssuedDocument: 'd', Attachment: 'a' } as const;
export type DocumentPartName = keyof typeof DOCUMENT_PARTS;

export interface DocumentPart extends MdxJsxFlowElement {
  name: DocumentPartName;
}

export function isDocumentPart(node: RootContent): node is DocumentPart {
  return node.type === 'mdxJsxFlowElement' && node.name !== null && Object.hasOwn(DOCUMENT_PARTS, node.name);
}
