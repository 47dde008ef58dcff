/** The .astro pages copied into lib/ import the compiled modules: their relative `.ts` specifiers become `.js`, nothing else changes. */
import { expect, test } from '@playwright/test';
import { renameTsImports } from '../../scripts/package.ts';

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
