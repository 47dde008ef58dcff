#!/usr/bin/env node
/**
 * gongwen's command line.
 *   gongwen lint [files or directories…] [--format text|json]   (default: content/)
 *     checks the characters against the fonts, and seal images, the project's astro.config gives gongwen (else the defaults)
 *   gongwen pdf <slug> [--out file]
 * Exit status: 0 clean (warnings allowed), 1 errors found, 2 a usage or setup problem (a path that does
 * not exist, or a folder with no .mdx document, is one).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatJson, formatText } from './lint/format.ts';
import { documentFiles, documentSources, lintPaths } from './lint/lint.ts';
import { glyphCoverageFor } from './lint/printable-fonts.ts';
import { ProjectConfigError, projectOptions } from './lint/project-options.ts';
import { sealImages } from './lint/rules/seal-images.ts';
import { RULES } from './lint/rules/index.ts';

const USAGE = `usage: gongwen lint [files or directories…] [--format text|json]
       gongwen pdf <slug> [--out file]`;

async function lint(argv: string[]): Promise<number> {
  const paths: string[] = [];
  let format = 'text';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      format = arg.includes('=') ? arg.slice('--format='.length) : (argv[++i] ?? '');
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
  const targets = paths.length > 0 ? paths : ['content'];
  const unusable = await unusableTarget(targets);
  if (unusable) {
    process.stderr.write(`gongwen lint: ${unusable}\n${USAGE}\n`);
    return 2;
  }
  let rules;
  try {
    const project = await projectOptions(process.cwd());
    rules = [...RULES, await glyphCoverageFor(project.fonts, project.root, await documentSources(targets)), sealImages(project.seal, fileURLToPath(project.root))];
  } catch (error) {
    // A config that cannot be read is a setup problem, not a finding.
    if (!(error instanceof ProjectConfigError)) throw error;
    process.stderr.write(`gongwen lint: ${error.message}\n`);
    return 2;
  }
  const results = await lintPaths(targets, process.cwd(), rules);
  process.stdout.write(format === 'json' ? formatJson(results) : formatText(results));
  return results.some((result) => result.errorCount > 0) ? 1 : 0;
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

/** The PDF command belongs to the print pipeline; it is loaded only when asked for, so lint works without it. */
async function pdf(argv: string[]): Promise<number> {
  // A computed specifier: the print module is optional, so its absence is not a type error here.
  const specifier = '../print/pdf-command.ts';
  let command: { pdfCommand(argv: string[]): Promise<number | void> };
  try {
    command = (await import(specifier)) as typeof command;
  } catch (error) {
    const missing = error as { code?: string; url?: string };
    if (missing.code !== 'ERR_MODULE_NOT_FOUND' || !missing.url?.endsWith('/print/pdf-command.ts')) throw error;
    process.stderr.write('gongwen pdf is not available: print/pdf-command.ts is not part of this installation\n');
    return 2;
  }
  return (await command.pdfCommand(argv)) ?? 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'lint') return lint(rest);
  if (command === 'pdf') return pdf(rest);
  process.stderr.write(`${command ? `gongwen: unknown command ${command}\n` : ''}${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
