import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'issued-document-references', description: 'the issued document’s title lost its bracketed part against its issuedDocuments entry: （试行）, （校）', find: /(?<=<IssuedDocument title="[^"]*)（[^）"]*）/u, replace: '' },
  { rule: 'issued-document-references', description: 'the issued document’s title lost its 关于', find: /(?<=<IssuedDocument title=")关于/u, replace: '' },
];
