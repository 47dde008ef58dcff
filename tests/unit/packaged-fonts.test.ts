/**
 * The open default fonts (plugins/fonts/packaged.ts): pinned to the versions this repository installs
 * and tests with, and not dependencies of the package (another site's first build fetches their files).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PACKAGED_FONTS, packagedFontFile } from '../../plugins/fonts/packaged.ts';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

test('each default font is pinned to the version the repository installs, which is a devDependency only', () => {
  for (const font of Object.values(PACKAGED_FONTS)) {
    expect(manifest.devDependencies[font.package], font.package).toBe(font.version);
    expect(manifest.dependencies[font.package], font.package).toBeUndefined();
  }
});

test('in the repository each default font is read from its installed package, and its bytes have the pinned SHA-256', () => {
  for (const font of Object.values(PACKAGED_FONTS)) {
    const file = packagedFontFile(font);
    expect(file).toContain(`/node_modules/${font.package}/${font.file}`);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex'), font.file).toBe(font.sha256);
  }
});
