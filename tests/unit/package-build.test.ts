/**
 * scripts/package.ts: the .astro pages copied into lib/ import the compiled modules (their relative `.ts`
 * specifiers become `.js`, nothing else changes), and a lib/ already built from the sources is left in place.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { renameTsImports } from '../../scripts/package.ts';

test('run again on the same sources (the global setup has just built lib/), the package build keeps lib/ as it is', () => {
  const entry = fileURLToPath(new URL('../../lib/plugins/index.js', import.meta.url));
  const before = statSync(entry);
  const output = execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/package.ts', import.meta.url))], { encoding: 'utf8' });
  expect(output).toBe('gongwen package: lib/ is up to date with its sources\n');
  const after = statSync(entry);
  expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
});

test('relative .ts imports of an .astro page are renamed .js; packages, virtual modules and CSS are left alone', () => {
  const page = `---
import config from 'virtual:gongwen/config';
import { render } from 'astro:content';
import Document from '../components/Document.astro';
import { documents, type DocumentEntry } from '../web/documents.ts';
import { issuerMarkOf } from "../../plugins/schema.ts";
import '../../print/gongwen.css';
import previewCss from '../../print/preview.css?raw';
import { z } from 'zod';
---
<p>见 schema.ts</p>
<script>
  import './large-text.ts';
  const run = () => import('../../print/paged/run.ts');
</script>`;
  expect(renameTsImports(page)).toBe(`---
import config from 'virtual:gongwen/config';
import { render } from 'astro:content';
import Document from '../components/Document.astro';
import { documents, type DocumentEntry } from '../web/documents.js';
import { issuerMarkOf } from "../../plugins/schema.js";
import '../../print/gongwen.css';
import previewCss from '../../print/preview.css?raw';
import { z } from 'zod';
---
<p>见 schema.ts</p>
<script>
  import './large-text.js';
  const run = () => import('../../print/paged/run.js');
</script>`);
});
