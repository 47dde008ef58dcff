/**
 * seal-images: a document printed with an electronic seal must have a readable SVG or PNG for every
 * name a seal stands over, and the linter says which, where, and how to fix it — at the `seal` line.
 * The documents are the fixture site's real ones (sources cited in each file); the images are the
 * fixture site's specimen seal and files made here that are not images.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { lintSource } from '../../plugins/lint/lint.ts';
import { sealImages } from '../../plugins/lint/rules/seal-images.ts';
import { resolveOptions } from '../../plugins/options.ts';
import { fixture } from './locate.ts';

const SITE = fileURLToPath(new URL('../fixture-site/', import.meta.url));
const SEAL_LINE = 'seal: image';
/** 沪府办发〔2023〕14号, printed with seal: image (tests/fixture-site/content/issue-long-title.mdx). */
const SEALED = fixture('tests/fixture-site/content/issue-long-title.mdx');
const ORGAN = '上海市人民政府办公厅';

const lint = (source: string, images: Record<string, string>, root = SITE, seal: Record<string, unknown> = {}) =>
  lintSource('content/doc.mdx', source, [sealImages(resolveOptions({ seal: { images, ...seal } }).seal, root)]).messages;
const lineOf = (source: string, text: string) => source.slice(0, source.indexOf(text)).split('\n').length;

test('a readable PNG or SVG for the 署名: no finding', () => {
  expect(lint(SEALED, { [ORGAN]: 'seals/specimen.png' })).toEqual([]);
  expect(lint(SEALED, { [ORGAN]: 'seals/specimen.svg' })).toEqual([]);
});

test('no image named for the 署名: an error at the seal line, naming the organ and the option to add', () => {
  const [message, ...rest] = lint(SEALED, {});
  expect(rest).toEqual([]);
  expect(message).toMatchObject({ ruleId: 'seal-images', severity: 'error', line: lineOf(SEALED, SEAL_LINE), column: 7, text: ORGAN });
  expect(message!.message).toBe(
    `seal: image needs an image of the seal over "${ORGAN}", and the gongwen option seal.images names none — add seal: { images: { '${ORGAN}': 'seals/….svg' } } to the integration's options, or print this document with seal: stamp`,
  );
});

test('a missing file, a folder, or a file that is no SVG or PNG: the error names the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-seal-'));
  try {
    writeFileSync(join(dir, 'seal.txt'), '天津市西青区张家窝镇人民政府');
    writeFileSync(join(dir, 'seal.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]));
    mkdirSync(join(dir, 'seals'));
    const cases = [
      ['gone.png', `${join(dir, 'gone.png')} does not exist — check the path in the gongwen option seal.images (relative to the project root)`],
      ['seals', `${join(dir, 'seals')} is a folder — check the path in the gongwen option seal.images (relative to the project root)`],
      ['seal.txt', `${join(dir, 'seal.txt')} is neither an SVG nor a PNG file — export the seal as SVG or PNG`],
      ['seal.jpg', `${join(dir, 'seal.jpg')} is neither an SVG nor a PNG file — export the seal as SVG or PNG`],
    ];
    for (const [file, why] of cases) {
      const messages = lint(SEALED, { [ORGAN]: file! }, dir);
      expect(messages.map((m) => [m.line, m.message]), file).toEqual([[lineOf(SEALED, SEAL_LINE), `the seal image of "${ORGAN}": ${why}`]]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the project's default seal.default: image applies to a document without seal; a 纪要 and seal: stamp need no image", () => {
  // 浙人社发〔2023〕16号, three organs, no seal field: one finding per 署名 without an image.
  const joint = fixture('tests/fixture-site/content/joint-three-seals.mdx');
  const messages = lint(joint, { 浙江省财政厅: 'seals/specimen.svg' }, SITE, { default: 'image' });
  expect(messages.map((m) => m.text)).toEqual(['浙江省人力资源和社会保障厅', '国家税务总局浙江省税务局']);
  expect(messages[0]!.message).toMatch(/^the project default seal\.default: image needs an image of the seal over "浙江省人力资源和社会保障厅"/u);
  expect(lint(fixture('tests/fixture-site/content/minutes-jiyao.mdx'), {}, SITE, { default: 'image' })).toEqual([]);
  expect(lint(SEALED.replace(SEAL_LINE, 'seal: stamp'), {}, SITE, { default: 'image' })).toEqual([]);
});

test("a 令's 签名章 is found by the 签发人's name", () => {
  // 北京市人民政府令第228号 with seal: image (tests/fixture-site/content/order-signature-image.mdx).
  const order = fixture('tests/fixture-site/content/order-signature-image.mdx');
  expect(lint(order, { 郭金龙: 'seals/specimen.svg' })).toEqual([]);
  expect(lint(order, { 北京市人民政府: 'seals/specimen.svg' }).map((m) => m.text)).toEqual(['郭金龙']);
});
