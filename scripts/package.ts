/**
 * Builds the package that other sites install into lib/: tsc compiles the integration, the print
 * pipeline and the pages' modules to JavaScript with declarations (tsconfig.build.json); the .astro
 * pages and the CSS they import are copied beside them, their `.ts` imports renamed `.js`, as tsc
 * renames those of the modules it compiles. Node does not strip types under node_modules, so a
 * consumer can only run compiled JavaScript.
 *
 * lib/, not dist/: dist/ is this repository's own website. The new lib/ is built beside the old one
 * and swapped in whole, so a failed build leaves the last good package. A lib/ built from the sources as
 * they are is kept: swapping it while another process loads it (a test run started by a test, a build
 * beside `npm install`'s prepare) would take its files away mid-load.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'lib');
const next = join(root, 'lib.next');
/** Folders whose .astro and .css files the package serves as they are. */
const SOURCES = ['src', 'print', 'plugins'];
/** The digest of the sources the lib/ in place was built from; outside lib/, so the package does not ship it. */
const STAMP = join(root, 'node_modules', '.cache', 'gongwen', 'lib-sources.sha256');

/** `from '../x.ts'`, `import '../x.ts'`, `import('../x.ts')`: relative specifiers of TypeScript modules. */
const TS_SPECIFIER = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/gu;

export function renameTsImports(source: string): string {
  return source.replace(TS_SPECIFIER, '$1$2.js$3');
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every file lib/ is made from, and the compiler: any change to one builds lib/ again. */
function sourcesDigest(): string {
  const hash = createHash('sha256');
  const files = [
    ...SOURCES.flatMap((dir) => filesBelow(join(root, dir))).filter((file) => /\.(?:ts|astro|css)$/u.test(file)),
    ...['tsconfig.json', 'tsconfig.build.json', 'node_modules/typescript/package.json'].map((file) => join(root, file)),
  ];
  for (const file of files.sort()) hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

function build(): void {
  const digest = sourcesDigest();
  if (existsSync(join(out, 'plugins', 'index.js')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest) {
    process.stdout.write('gongwen package: lib/ is up to date with its sources\n');
    return;
  }
  rmSync(next, { recursive: true, force: true });
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', next], { stdio: 'inherit' });
  let copied = 0;
  for (const file of SOURCES.flatMap((dir) => filesBelow(join(root, dir)))) {
    const target = join(next, relative(root, file));
    mkdirSync(dirname(target), { recursive: true });
    if (file.endsWith('.astro')) {
      writeFileSync(target, renameTsImports(readFileSync(file, 'utf8')));
    } else if (file.endsWith('.css')) {
      cpSync(file, target);
    } else {
      continue;
    }
    copied++;
  }
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, digest);
  const compiled = filesBelow(out).filter((file) => file.endsWith('.js')).length;
  process.stdout.write(`gongwen package: lib/ has ${compiled} compiled modules and ${copied} .astro/.css files\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build();
