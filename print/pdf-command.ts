/**
 * `gongwen pdf <slug> [--out file] [--dist dir] [--base /] [--timeout seconds]`: prints one document's
 * PDF from an already built site, without rebuilding it. It prints with the fonts the project's
 * astro.config (in the current folder) gives gongwen, as the build does, so a character none of
 * them can draw stops it with the build's message; from there too come gongwen's base (unless
 * --base names another) and Astro's, at which dist/ is served so the print view finds its files.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writePdfs } from './pdf.ts';
import { resolveOptions } from '../plugins/options.ts';
import { resolveFonts } from '../plugins/fonts/index.ts';
import { ensurePackagedFonts } from '../plugins/fonts/packaged.ts';
import { ProjectConfigError, projectOptions } from '../plugins/lint/project-options.ts';

const USAGE = 'usage: gongwen pdf <slug> [--out file.pdf] [--dist dist] [--base /] [--timeout seconds]';

export async function pdfCommand(argv: string[]): Promise<number> {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        console.error(`gongwen pdf: ${arg} needs a value\n${USAGE}`);
        return 2;
      }
      flags.set(arg.slice(2), value);
      i++;
    } else positional.push(arg);
  }
  const unknown = [...flags.keys()].filter((flag) => !['out', 'dist', 'base', 'timeout'].includes(flag));
  if (positional.length !== 1 || unknown.length > 0) {
    console.error(`gongwen pdf: ${unknown.length > 0 ? `unknown option --${unknown[0]}` : 'name one document slug'}\n${USAGE}`);
    return 2;
  }
  const slug = positional[0]!;
  const dist = resolve(flags.get('dist') ?? 'dist');
  const defaults = resolveOptions({});
  const timeoutSeconds = Number(flags.get('timeout') ?? defaults.pdfTimeoutSeconds);
  if (!(timeoutSeconds > 0)) {
    console.error(`gongwen pdf: --timeout must be a positive number of seconds, got "${flags.get('timeout')}"`);
    return 2;
  }
  let project;
  try {
    project = await projectOptions(process.cwd());
  } catch (error) {
    // A config that cannot be read is a setup problem, as for gongwen lint.
    if (!(error instanceof ProjectConfigError)) throw error;
    console.error(`gongwen pdf: ${error.message}`);
    return 2;
  }
  const base = resolveOptions({ base: flags.get('base') ?? project.base }).base;
  const pathname = `${base}${slug}/print/`;
  if (!existsSync(resolve(dist, `.${pathname}index.html`))) {
    console.error(`gongwen pdf: ${dist}${pathname}index.html does not exist — run \`npm run build\` first, or check the slug "${slug}" (and --base).`);
    return 1;
  }
  try {
    const out = flags.get('out');
    await ensurePackagedFonts((line) => console.log(`gongwen pdf: ${line}`));
    const fonts = await resolveFonts(project.fonts, project.root);
    await writePdfs(dist, [{ slug, pathname }], {
      timeoutSeconds,
      fonts,
      servedAt: project.astroBase,
      log: (line) => console.log(line),
      ...(out ? { outFile: resolve(out) } : {}),
    });
    return 0;
  } catch (error) {
    console.error(`gongwen pdf: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
