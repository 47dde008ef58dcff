/**
 * gongwen as another site gets it: `npm pack`, the tarball installed into a new Astro site made
 * here (not this repository's), then what its web team would run — `astro build` with and without a
 * base, `npx gongwen lint`, `npx gongwen pdf`, and `tsc --noEmit` under astro/tsconfigs/strict.
 *
 * The site's document is a real 函: 京建函〔2014〕428号 (tests/fixture-site/content/letter-han.mdx cites it).
 * npm installs from its cache (--prefer-offline): `npm ci` in this repository filled it with these versions.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openPdf, readPages } from '../print/pdf-reader.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DOCUMENT = join(REPO, 'tests/fixture-site/content/letter-han.mdx');
const TITLE = '关于为西城区调配限价商品住房房源的函';
/** The Node that runs the tests (≥ 22.12) comes first on PATH, as a project's own `node` dev dependency would. */
const PATH = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`;

interface Run {
  code: number;
  output: string;
}

/** gongwen's font store for this test alone (fonts/packaged.ts): the site's first build fills it from the npm registry. */
let store = '';

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, PATH, NO_COLOR: '1', FORCE_COLOR: '0', GONGWEN_FONT_STORE: store, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

const versionOf = async (name: string) => (JSON.parse(await readFile(join(REPO, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** The site's astro.config.mjs: its own remark plugin (it appends a mark to every paragraph of its Markdown pages) and gongwen's options. */
const astroConfig = (astroOptions: string, gongwenOptions: string) => `import { defineConfig } from 'astro/config';
import gongwen from 'gongwen';

function remarkSiteMark() {
  return (tree) => {
    for (const node of tree.children) if (node.type === 'paragraph') node.children.push({ type: 'text', value: ' [site-mark]' });
  };
}

export default defineConfig({ ${astroOptions} markdown: { remarkPlugins: [remarkSiteMark] }, integrations: [gongwen(${gongwenOptions})] });
`;

test.describe.configure({ mode: 'serial', timeout: 600_000 });

let work = '';
let site = '';
let tarball = '';
let packed: { filename: string; files: { path: string }[] } = { filename: '', files: [] };

test.beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gongwen-package-'));
  site = join(work, 'site');
  store = join(work, 'font-store');
  // lib/ was built by the global setup; --ignore-scripts keeps npm pack from building it again.
  const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], REPO);
  expect(pack.code, pack.output).toBe(0);
  packed = (JSON.parse(pack.output.slice(pack.output.indexOf('['))) as (typeof packed)[])[0]!;
  tarball = join(work, packed.filename);

  await mkdir(join(site, 'content'), { recursive: true });
  await mkdir(join(site, 'src/pages'), { recursive: true });
  await cp(DOCUMENT, join(site, 'content/letter-han.mdx'));
  const manifest = {
    name: 'consumer-site',
    private: true,
    type: 'module',
    dependencies: {
      gongwen: `file:${tarball}`,
      astro: await versionOf('astro'),
      '@astrojs/mdx': await versionOf('@astrojs/mdx'),
      '@astrojs/markdown-remark': await versionOf('@astrojs/markdown-remark'),
    },
    devDependencies: { typescript: await versionOf('typescript') },
  };
  await writeFile(join(site, 'package.json'), JSON.stringify(manifest, null, 2));
  await writeFile(
    join(site, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { documentSchema, gongwenLoader } from 'gongwen';

export const collections = { documents: defineCollection({ loader: gongwenLoader('./content'), schema: documentSchema }) };
`,
  );
  await writeFile(join(site, 'src/pages/index.astro'), '---\n---\n<html lang="zh-CN"><head><title>本站首页</title></head><body><h1>本站首页</h1></body></html>\n');
  await writeFile(join(site, 'src/pages/about.md'), '---\ntitle: 关于本站\n---\n\nThe office\'s "open government" pages.\n');
  // Typed use of the options: a misspelt option must be a type error, so tsc checks real declarations, not `any`.
  await writeFile(
    join(site, 'src/options-check.ts'),
    `import gongwen, { type GongwenOptions } from 'gongwen';

export const options: GongwenOptions = { base: '/documents/', pdf: true, seal: { default: 'stamp' } };
// @ts-expect-error: pdfs is not an option (pdf is)
export const misspelt = gongwen({ pdfs: true });
`,
  );
  await writeFile(join(site, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }));
  const install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], site);
  expect(install.code, install.output).toBe(0);
});

test.afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test('the tarball holds the compiled package, its licence, README and changelog, and nothing of the repository\'s own', async () => {
  const files = packed.files.map((file) => file.path).sort();
  expect(files.filter((file) => !/^lib\//u.test(file))).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
  for (const entry of ['lib/plugins/index.js', 'lib/plugins/index.d.ts', 'lib/plugins/bin.js', 'lib/src/routes/document.astro', 'lib/src/routes/fonts.js', 'lib/print/gongwen.css']) {
    expect(files).toContain(entry);
  }
  // TypeScript sources are not runnable under node_modules; only their declarations ship.
  expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  const installed = JSON.parse(await readFile(join(site, 'node_modules/gongwen/package.json'), 'utf8')) as Record<string, unknown>;
  expect(installed['private']).toBeUndefined();
  expect(installed['keywords']).toContain('astro-integration');
  expect(Object.keys(installed['peerDependencies'] as object).sort()).toEqual(['@astrojs/markdown-remark', '@astrojs/mdx', 'astro']);
  // The site's Astro is the only one: the package brings no nested copy.
  expect(existsSync(join(site, 'node_modules/gongwen/node_modules/astro'))).toBe(false);
  // Nor the 261 MB of the open fonts' packages: their four files are fetched by the first build.
  for (const fonts of ['@expo-google-fonts', '@fontsource']) expect(existsSync(join(site, 'node_modules', fonts)), fonts).toBe(false);
});

test('astro build with a gongwen base writes the pages and the PDF under it, and keeps the site\'s home page and Markdown', async () => {
  await writeFile(join(site, 'astro.config.mjs'), astroConfig('', `{ base: '/documents/' }`));
  const build = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], site);
  expect(build.code, build.output).toBe(0);
  // A clean log: the one warning is the open 仿宋's licence, which names the option that avoids it.
  const warnings = build.output.split('\n').filter((line) => /\[WARN\]|MODULE_LEVEL_DIRECTIVE|EBADENGINE/u.test(line));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('FandolFang');
  expect(warnings[0]).toContain('fonts.fang.file');
  // The open default fonts, fetched once into the store, each checked against its pinned SHA-256.
  expect(build.output).toContain('fetched the open default fonts 400Regular/NotoSerifSC_400Regular.ttf, 900Black/NotoSerifSC_900Black.ttf of @expo-google-fonts/noto-serif-sc@0.4.3');
  expect(build.output).toContain('fetched the open default font 400Regular/NotoSansSC_400Regular.ttf of @expo-google-fonts/noto-sans-sc@0.4.3');
  expect(build.output).toContain('fetched the open default font files/lxgw-wenkai-latin-500-normal.woff2 of @fontsource/lxgw-wenkai@5.3.0');
  for (const file of ['@expo-google-fonts/noto-serif-sc@0.4.3/LICENSE_FONT', '@expo-google-fonts/noto-sans-sc@0.4.3/LICENSE_FONT', '@fontsource/lxgw-wenkai@5.3.0/LICENSE']) {
    expect(await readFile(join(store, file), 'utf8')).toContain('SIL OPEN FONT LICENSE');
  }
  expect((await readdir(store)).filter((name) => name.startsWith('.fetch-')), 'no fetch left half done').toEqual([]);
  const dist = join(site, 'dist');
  const pdf = await readFile(join(dist, 'documents/letter-han.pdf'));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(existsSync(join(dist, 'letter-han.pdf'))).toBe(false);
  const page = await readFile(join(dist, 'documents/letter-han/index.html'), 'utf8');
  expect(page).toContain('href="/documents/letter-han.pdf"');
  expect(page).toContain('href="/documents/letter-han/print/"');
  const text = (await readPages(await openPdf(join(dist, 'documents/letter-han.pdf')))).flatMap((p) => p.lines.map((line) => line.text)).join('');
  expect(text).toContain(TITLE);
  expect(await readFile(join(dist, 'index.html'), 'utf8')).toContain('<h1>本站首页</h1>');
  // The site's own Markdown keeps its remark plugin and its smart punctuation.
  const about = await readFile(join(dist, 'about/index.html'), 'utf8');
  expect(about).toContain('[site-mark]');
  expect(about).toContain('“open government”');
});

test('astro build under an Astro base and no gongwen base writes dist/<doc>.pdf and links it under the Astro base', async () => {
  await writeFile(join(site, 'astro.config.mjs'), astroConfig(`base: '/site',`, ''));
  const build = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], site);
  expect(build.code, build.output).toBe(0);
  expect(build.output, 'the fonts are fetched once').not.toContain('fetched the open default font');
  const dist = join(site, 'dist');
  expect((await readFile(join(dist, 'letter-han.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const page = await readFile(join(dist, 'letter-han/index.html'), 'utf8');
  expect(page).toContain('href="/site/letter-han.pdf"');
  expect(page).toContain('href="/site/letter-han/print/"');
});

test('npx gongwen lint and npx gongwen pdf run from the installed package', async () => {
  const lint = await run('npx', ['--no-install', 'gongwen', 'lint'], site);
  expect(lint.code, lint.output).toBe(0);
  expect(lint.output).toContain('no problems in 1 file');
  const out = join(work, 'one.pdf');
  const pdf = await run('npx', ['--no-install', 'gongwen', 'pdf', 'letter-han', '--out', out], site);
  expect(pdf.code, pdf.output).toBe(0);
  const text = (await readPages(await openPdf(out))).flatMap((p) => p.lines.map((line) => line.text)).join('');
  expect(text).toContain(TITLE);
});

test('a default font that cannot be fetched, or a font store that cannot be written, stops gongwen lint with the fix, and leaves nothing half-fetched', async () => {
  const empty = join(work, 'empty-store');
  // A registry nothing answers at (npm's cache is keyed by the registry's address, so it cannot help).
  const lint = await run('npx', ['--no-install', 'gongwen', 'lint'], site, {
    GONGWEN_FONT_STORE: empty,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_fetch_retries: '0',
  });
  expect(lint.code, lint.output).toBe(2);
  expect(lint.output).toContain('gongwen lint: gongwen could not fetch the open default fonts of @expo-google-fonts/noto-serif-sc@0.4.3 from the npm registry');
  expect(lint.output).toContain('`npm install --save-dev @expo-google-fonts/noto-serif-sc@0.4.3`');
  expect(await readdir(empty)).toEqual([]);

  // A store that cannot be made (its path runs through a file) is named, with the way out.
  const unwritable = join(site, 'package.json', 'fonts');
  const blocked = await run('npx', ['--no-install', 'gongwen', 'lint'], site, { GONGWEN_FONT_STORE: unwritable });
  expect(blocked.code, blocked.output).toBe(2);
  expect(blocked.output).toContain(`gongwen lint: gongwen cannot write its font store ${unwritable}`);
  expect(blocked.output).toContain('set GONGWEN_FONT_STORE to a folder it may write');
});

test('the site type-checks clean under astro/tsconfigs/strict with gongwen\'s declarations', async () => {
  const tsc = await run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], site);
  expect(tsc.code, tsc.output).toBe(0);
});

test('the gongwen command under a Node older than 22.12 says which Node it needs and how to get it', async () => {
  const system = await run('/usr/bin/node', ['-p', 'process.versions.node'], site);
  const [major = 0, minor = 0] = system.output.trim().split('.').map(Number);
  test.skip(system.code !== 0 || major > 22 || (major === 22 && minor >= 12), `no Node older than 22.12 at /usr/bin/node (${system.output.trim()})`);
  const old = await run('/usr/bin/node', ['node_modules/gongwen/lib/plugins/bin.js', 'lint'], site);
  expect(old.code).toBe(2);
  expect(old.output).toContain(`gongwen needs Node 22.12 or newer; this is Node ${system.output.trim()}`);
  expect(old.output).toContain('npm install --save-dev node@24');
});
