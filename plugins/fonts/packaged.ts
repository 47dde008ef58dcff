/**
 * The open default fonts' files and where they come from: the npm package, when the site (or this
 * repository) has it installed at the pinned version, else gongwen's font store, which
 * `ensurePackagedFonts` fills once per machine from the npm registry. It runs once at each entry — the
 * build and `astro dev` (astro:config:setup), `gongwen lint`, `gongwen pdf` — each saying what it fetched;
 * what reads the files afterwards (font resolution, the linter's glyph check, the routes) finds them.
 *
 * Decision: the three packages weigh 261 MB installed (every weight, in several formats) for the four
 * files gongwen prints with (47 MB), so they are not gongwen's dependencies. `npm pack` fetches a
 * package's tarball through the user's own npm configuration (registry, proxy, cache); its one or two
 * font files and the font licence are kept, checked against the SHA-256 below, and the tarball is
 * removed. Each file lands by rename, so a build that is stopped midway leaves no half-written font.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A default font that could not be fetched: a setup problem, with the fix in its message. */
export class FontFetchError extends Error {
  override name = 'FontFetchError';
}

export interface PackagedFont {
  package: string;
  version: string;
  /** The font file inside the package. */
  file: string;
  /** The package's font licence (OFL-1.1), kept beside the file. */
  licence: string;
  sha256: string;
}

/** The files, by the SHA-256 of the pinned versions' contents (the repository's devDependencies are the same versions: tests/unit/packaged-fonts.test.ts). */
export const PACKAGED_FONTS = {
  notoSerifRegular: {
    package: '@expo-google-fonts/noto-serif-sc',
    version: '0.4.3',
    file: '400Regular/NotoSerifSC_400Regular.ttf',
    licence: 'LICENSE_FONT',
    sha256: 'c358a69de3df5f423a8946a7b03e3126fb6ba116f1130a463455b4e39e1f0742',
  },
  notoSerifBlack: {
    package: '@expo-google-fonts/noto-serif-sc',
    version: '0.4.3',
    file: '900Black/NotoSerifSC_900Black.ttf',
    licence: 'LICENSE_FONT',
    sha256: '092e71a70c744be3cc33999eb4edcb10fbe95c1b4cff6c2d7f04d6ff15d031e2',
  },
  notoSansRegular: {
    package: '@expo-google-fonts/noto-sans-sc',
    version: '0.4.3',
    file: '400Regular/NotoSansSC_400Regular.ttf',
    licence: 'LICENSE_FONT',
    sha256: 'd45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16',
  },
  // One WOFF2 with glyf outlines that maps all 30,142 code points; fontsource files the Regular under 500.
  wenkai: {
    package: '@fontsource/lxgw-wenkai',
    version: '5.3.0',
    file: 'files/lxgw-wenkai-latin-500-normal.woff2',
    licence: 'LICENSE',
    sha256: '013fa90e3e7c3b30aeb0a5311ef92d9aee0d3def5817bc27c357198796d34306',
  },
} as const satisfies Record<string, PackagedFont>;

/** Where fetched fonts are kept: GONGWEN_FONT_STORE, else the user's cache folder (shared by every site on the machine). */
export function fontStore(): string {
  return process.env.GONGWEN_FONT_STORE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'gongwen', 'fonts');
}

const storedPath = (font: PackagedFont, member: string) => join(fontStore(), `${font.package}@${font.version}`, member);

/** The installed package's copy of the file, if the package is installed at the pinned version (from the site, else from gongwen). */
function installedFile(font: PackagedFont): string | null {
  for (const from of [join(process.cwd(), 'package.json'), import.meta.url]) {
    try {
      const require = createRequire(from);
      const manifest = require.resolve(`${font.package}/package.json`);
      const { version } = require(manifest) as { version: string };
      if (version === font.version) return join(dirname(manifest), font.file);
    } catch {
      // Not installed there.
    }
  }
  return null;
}

const found = new Map<PackagedFont, string>();

/** The file to read; throws, naming the fix, when it is neither installed nor fetched (ensurePackagedFonts fetches it). */
export function packagedFontFile(font: PackagedFont): string {
  const known = found.get(font);
  if (known) return known;
  const path = installedFile(font) ?? storedPath(font, font.file);
  if (existsSync(path)) {
    found.set(font, path);
    return path;
  }
  throw new Error(`the open default font ${font.package}@${font.version}/${font.file} is not in ${fontStore()} yet: run the build (it fetches it), or \`npm install --save-dev ${font.package}@${font.version}\``);
}

/** Fetches every default font file that is neither installed nor stored yet; `log` says what it fetched. */
export async function ensurePackagedFonts(log: (line: string) => void = () => {}): Promise<void> {
  const missing = Object.values(PACKAGED_FONTS).filter((font) => !installedFile(font) && !existsSync(storedPath(font, font.file)));
  const byPackage = Map.groupBy(missing, (font) => `${font.package}@${font.version}`);
  for (const [spec, fonts] of byPackage) await fetchPackage(spec, fonts, log);
}

async function fetchPackage(spec: string, fonts: PackagedFont[], log: (line: string) => void): Promise<void> {
  let work: string;
  try {
    await mkdir(fontStore(), { recursive: true });
    // Inside the store, so the files move into place by rename (same file system).
    work = await mkdtemp(join(fontStore(), '.fetch-'));
  } catch (error) {
    throw new FontFetchError(
      `gongwen cannot write its font store ${fontStore()} (${(error as Error).message}): set GONGWEN_FONT_STORE to a folder it may write, ` +
        `or install the package in the site: \`npm install --save-dev ${spec}\``,
    );
  }
  try {
    let filename: string;
    try {
      const { stdout } = await run('npm', ['pack', spec, '--json', '--prefer-offline', '--ignore-scripts', '--pack-destination', work], { maxBuffer: 16 * 1024 * 1024 });
      filename = (JSON.parse(stdout) as { filename: string }[])[0]!.filename;
    } catch (error) {
      const reason = (error as { stderr?: string }).stderr?.trim().split('\n').at(-1) ?? (error as Error).message;
      throw new FontFetchError(
        `gongwen could not fetch the open default fonts of ${spec} from the npm registry (npm pack: ${reason}). ` +
          `Install the package in the site instead: \`npm install --save-dev ${spec}\``,
      );
    }
    const members = [...new Set(fonts.flatMap((font) => [font.file, font.licence]))];
    await run('tar', ['-xzf', join(work, filename), '-C', work, ...members.map((member) => `package/${member}`)]);
    for (const font of fonts) {
      const sha256 = await fileSha256(join(work, 'package', font.file));
      if (sha256 !== font.sha256) throw new FontFetchError(`gongwen fetched ${spec}/${font.file} but its SHA-256 is ${sha256}, not ${font.sha256}: it was not kept. Check the npm registry your npm uses.`);
    }
    for (const member of members) {
      await mkdir(dirname(storedPath(fonts[0]!, member)), { recursive: true });
      await rename(join(work, 'package', member), storedPath(fonts[0]!, member));
    }
    const megabytes = (await Promise.all(fonts.map((font) => stat(storedPath(font, font.file)).then(({ size }) => size)))).reduce((a, b) => a + b, 0) / 1e6;
    log(`fetched the open default font${fonts.length === 1 ? '' : 's'} ${fonts.map((font) => font.file).join(', ')} of ${spec} (${megabytes.toFixed(1)} MB) into ${fontStore()}, once for this machine`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function fileSha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
