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

test('lint options: rule severities raised, lowered or off; an unknown id names the nearest; schema problems cannot be lowered', () => {
  expect(resolveOptions({}).lint).toEqual({ rules: {} });
  const rules = { 'numbering-structure': 'error', 'doc-number-brackets': 'warning', 'latin-in-han': 'off', 'glyph-coverage': 'warning', 'seal-images': 'off' } as const;
  expect(resolveOptions({ lint: { rules } }).lint.rules).toEqual(rules);
  expect(() => resolveOptions({ lint: { rules: { 'numbering-structur': 'error' } } })).toThrow(
    'gongwen({ lint.rules.numbering-structur }): there is no rule numbering-structur — did you mean numbering-structure? The rules (each finding names its rule, and plugins/lint/README.md lists them): latin-in-han, space-han-latin,',
  );
  expect(() => resolveOptions({ lint: { rules: { 'latin-in-han': 'warn' as 'off' } } })).toThrow(
    `gongwen({ lint.rules.latin-in-han }): "warn" is not a severity — write 'error', 'warning' or 'off'`,
  );
  for (const id of ['schema/date', 'yaml-syntax', 'mdx-syntax', 'encoding', 'file']) {
    expect(() => resolveOptions({ lint: { rules: { [id]: 'off' } } })).toThrow(`gongwen({ lint.rules.${id} }): ${id} is not a rule finding but a problem that keeps the document from being read or built`);
    expect(() => resolveOptions({ lint: { rules: { [id]: 'warning' } } })).toThrow('it is always an error and cannot be lowered — fix the document instead');
  }
  expect(() => resolveOptions({ lint: { rule: {} } as never })).toThrow(/gongwen\(\{ lint \}\): Unrecognized key: "rule"/u);
});

test('search option: on by default, off with false, anything else named with what to write', () => {
  expect(resolveOptions({}).search).toBe(true);
  expect(resolveOptions({ search: false }).search).toBe(false);
  expect(() => resolveOptions({ search: 'yes' as never })).toThrow('gongwen({ search }): search is true (build the index and the 搜索 page) or false (no search)');
});
