/**
 * The font, seal and lint options of the project `gongwen lint` runs in: read from its astro.config, where the
 * integration is given them, so the linter checks against the fonts and seal images the build will print with,
 * at the severities the build applies. `gongwen pdf` also reads where the pages live (the two bases).
 * Decision: the config is imported as Astro would (it is a module, options may be computed), and the
 * integration carries its resolved options under a registered symbol; no config, or none that uses
 * gongwen, means the open defaults. Importing a config loads Astro and every integration (4 s here), so
 * the options found are kept in node_modules/.cache/gongwen/lint-options.json until the config file
 * changes (its modification time and size).
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveOptions, type ResolvedOptions } from '../options.ts';

/** Astro's own config file names, in the order it looks for them. */
const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.mts', 'astro.config.ts', 'astro.config.cjs', 'astro.config.cts'];

/** Set by plugins/index.ts on the integration object (Symbol.for, so any copy of the module agrees). */
const GONGWEN_OPTIONS = Symbol.for('gongwen.options');

export interface ProjectOptions {
  fonts: ResolvedOptions['fonts'];
  seal: ResolvedOptions['seal'];
  lint: ResolvedOptions['lint'];
  /** gongwen's `base` and Astro's own: where `gongwen pdf` finds a print view in dist/, and the path dist/ is served at. */
  base: ResolvedOptions['base'];
  astroBase: string;
  /** Where fonts.*.file and seal.images paths start: the config's root, else the project folder. */
  root: URL;
  /** The config file they came from, or null for the defaults. */
  configFile: string | null;
}

export class ProjectConfigError extends Error {}

export async function projectOptions(cwd: string): Promise<ProjectOptions> {
  const project = pathToFileURL(`${cwd.replace(/\/?$/u, '/')}`);
  const configFile = CONFIG_FILES.map((name) => join(cwd, name)).find((path) => existsSync(path));
  const defaults = resolveOptions({});
  if (!configFile) return { fonts: defaults.fonts, seal: defaults.seal, lint: defaults.lint, base: defaults.base, astroBase: '/', root: project, configFile: null };
  const { mtimeMs, size } = statSync(configFile);
  const stamp = { configFile, mtimeMs, size };
  const cacheFile = join(cwd, 'node_modules', '.cache', 'gongwen', 'lint-options.json');
  const remembered = await readFile(cacheFile, 'utf8')
    .then((text) => JSON.parse(text) as typeof stamp & Pick<ProjectOptions, 'fonts' | 'seal' | 'lint' | 'base' | 'astroBase'> & { root: string })
    .catch(() => null);
  // A cache written before the lint option (or the bases) existed does not know them: read the config again.
  if (remembered?.lint !== undefined && remembered.astroBase !== undefined && ['configFile', 'mtimeMs', 'size'].every((key) => remembered[key as keyof typeof stamp] === stamp[key as keyof typeof stamp])) {
    const { fonts, seal, lint, base, astroBase } = remembered;
    return { fonts, seal, lint, base, astroBase, root: new URL(remembered.root), configFile };
  }
  const found = await fromConfig(configFile, project);
  await mkdir(dirname(cacheFile), { recursive: true });
  const { fonts, seal, lint, base, astroBase } = found;
  await writeFile(cacheFile, JSON.stringify({ ...stamp, fonts, seal, lint, base, astroBase, root: found.root.href }));
  return found;
}

async function fromConfig(configFile: string, project: URL): Promise<ProjectOptions> {
  let config: { root?: string | URL; base?: string; integrations?: unknown[] };
  try {
    config = ((await import(pathToFileURL(configFile).href)) as { default?: typeof config }).default ?? {};
  } catch (error) {
    throw new ProjectConfigError(
      `cannot read ${configFile} for the fonts, seal images and rule severities the documents are linted with: ${(error as Error).message}. ` +
        'Fix the config, or run gongwen lint from a folder without one to check with the defaults.',
    );
  }
  const gongwen = (config.integrations ?? [])
    .flat(Infinity)
    .find((integration): integration is { [GONGWEN_OPTIONS]: ResolvedOptions } => typeof integration === 'object' && integration !== null && GONGWEN_OPTIONS in integration);
  const root = config.root ? new URL(String(config.root).replace(/\/?$/u, '/'), project) : project;
  const options = gongwen?.[GONGWEN_OPTIONS] ?? resolveOptions({});
  return { fonts: options.fonts, seal: options.seal, lint: options.lint, base: options.base, astroBase: config.base ?? '/', root, configFile };
}
