/**
 * gongwen's command line.
 *   gongwen lint [files or directories…] [--format text|json] [--max-warnings N] [--fix]   (default: content/)
 *     checks the characters against the fonts, and seal images, the project's astro.config gives gongwen (else the defaults),
 *     at the rule severities it sets (lint.rules); --fix mends what findings carry a fix for, then reports what is left
 *   gongwen pdf <slug> [--out file]
 * Exit status: 0 clean (warnings allowed), 1 errors found (or more warnings than --max-warnings), 2 a usage
 * or setup problem (a path that does not exist, or a folder with no .mdx document, is one).
 */
import { resolve } from 'node:path';
import { fixPaths } from './lint/fix.ts';
import { fixedLine, formatJson, formatText, maxWarningsLine } from './lint/format.ts';
import { documentFiles, lintPaths } from './lint/lint.ts';
import { ProjectConfigError, projectOptions } from './lint/project-options.ts';
import { ensurePackagedFonts, FontFetchError } from './fonts/packaged.ts';
import { projectRules } from './lint/project-rules.ts';
import type { RuleSet } from './lint/severity.ts';

const USAGE = `usage: gongwen lint [files or directories…] [--format text|json] [--max-warnings N] [--fix]
       gongwen pdf <slug> [--out file]`;

async function lint(argv: string[]): Promise<number> {
  const paths: string[] = [];
  let format = 'text';
  let maxWarnings: string | undefined;
  let fix = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      format = arg.includes('=') ? arg.slice('--format='.length) : (argv[++i] ?? '');
    } else if (arg === '--max-warnings' || arg.startsWith('--max-warnings=')) {
      maxWarnings = arg.includes('=') ? arg.slice('--max-warnings='.length) : (argv[++i] ?? '');
    } else if (arg === '--fix') {
      fix = true;
    } else if (arg.startsWith('-')) {
      process.stderr.write(`gongwen lint: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else {
      paths.push(arg);
    }
  }
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`gongwen lint: --format must be text or json, not "${format}"\n`);
    return 2;
  }
  if (maxWarnings !== undefined && !/^\d+$/u.test(maxWarnings)) {
    process.stderr.write(`gongwen lint: --max-warnings must be a whole number (0 or more), not "${maxWarnings}"\n`);
    return 2;
  }
  const targets = paths.length > 0 ? paths : ['content'];
  const unusable = await unusableTarget(targets);
  if (unusable) {
    process.stderr.write(`gongwen lint: ${unusable}\n${USAGE}\n`);
    return 2;
  }
  let rules: RuleSet;
  try {
    const project = await projectOptions(process.cwd());
    await ensurePackagedFonts((line) => process.stderr.write(`gongwen lint: ${line}\n`));
    rules = await projectRules(project, project.root, targets, process.cwd());
  } catch (error) {
    // A config that cannot be read, or a default font that cannot be fetched, is a setup problem, not a finding.
    if (!(error instanceof ProjectConfigError || error instanceof FontFetchError)) throw error;
    process.stderr.write(`gongwen lint: ${error.message}\n`);
    return 2;
  }
  const fixed = fix ? await fixPaths(targets, process.cwd(), rules.rules, rules.off) : [];
  const results = await lintPaths(targets, process.cwd(), rules.rules, rules.off);
  const warnings = results.reduce((total, result) => total + result.warningCount, 0);
  const tooManyWarnings = maxWarnings !== undefined && warnings > Number(maxWarnings);
  const lines = (notes: string[]) => notes.map((note) => `${note}\n`).join('');
  const fixes = lines(fixed.map(fixedLine));
  const verdict = lines(tooManyWarnings ? [maxWarningsLine(warnings, Number(maxWarnings))] : []);
  // What --fix did and the warnings verdict are about the run, not findings: on stderr beside the JSON.
  if (format === 'json') {
    process.stdout.write(formatJson(results));
    process.stderr.write(fixes + verdict);
  } else {
    process.stdout.write(fixes + formatText(results) + verdict);
  }
  return results.some((result) => result.errorCount > 0) || tooManyWarnings ? 1 : 0;
}

/** Why a path given to lint names no document (it does not exist, or holds no .mdx), as a usage problem. */
async function unusableTarget(targets: readonly string[]): Promise<string | undefined> {
  for (const target of targets) {
    let files: string[];
    try {
      files = await documentFiles(resolve(target));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return `${target} does not exist`;
      // Other failures (permissions) are reported per file by the linter itself.
      continue;
    }
    if (files.length === 0) return `no documents in ${target} (no .mdx file below it)`;
  }
  return undefined;
}

/** The PDF command needs the print pipeline (Chromium, Paged.js): loaded only when asked for, so lint starts quickly. */
async function pdf(argv: string[]): Promise<number> {
  const { pdfCommand } = await import('../print/pdf-command.ts');
  return (await pdfCommand(argv)) ?? 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'lint') return lint(rest);
  if (command === 'pdf') return pdf(rest);
  process.stderr.write(`${command ? `gongwen: unknown command ${command}\n` : ''}${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
