import type { Plant } from '../plant.ts';

export const plants: Plant[] = [
  { rule: 'attachment-references', description: 'the first attachment’s title lost its first character against its 附件说明 entry', find: /(?<=<Attachment n=\{1\} title=")[^"]/u, replace: '' },
  { rule: 'attachment-references', description: 'a 的 slipped into the second attachment’s title', find: /(?<=<Attachment n=\{2\} title=")([^"]{2})/u, replace: '$1的' },
];
