/**
 * The integration's options are checked when the config loads: a wrong one stops the build naming the
 * option, and what is not given takes its default.
 */
import { expect, test } from '@playwright/test';
import { resolveOptions } from '../../plugins/options.ts';

test('seal options: defaults, and a wrong value named by its option', () => {
  expect(resolveOptions({}).seal).toEqual({ default: 'stamp', diameterMm: 42, images: {}, web: false });
  expect(resolveOptions({ seal: { default: 'none' } }).seal).toEqual({ default: 'none', diameterMm: 42, images: {}, web: false });
  expect(() => resolveOptions({ seal: { default: 'red' as 'none' } })).toThrow('gongwen({ seal.default }): seal.default must be one of stamp / image / none');
  expect(() => resolveOptions({ seal: { diameterMm: 4.2 } })).toThrow(/gongwen\(\{ seal\.diameterMm \}\)/u);
  expect(() => resolveOptions({ seal: { image: {} } as never })).toThrow(/gongwen\(\{ seal \}\): Unrecognized key: "image"/u);
});
