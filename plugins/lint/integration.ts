/**
 * Runs the linter on every document of the content folder when `astro build` starts, before
 * Astro's content layer validates the collection: its zod errors name neither line nor fix, and
 * it stops at the first bad file. `astro:config:done` runs before that sync; `astro:build:start`
 * runs after it, too late. Errors stop the build; warnings and acknowledged findings are listed.
 * In `astro dev` the same lint runs at start and on every save (plugins/dev/lint.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { formatMessage, summaryLine } from './format.ts';
import { lintPaths } from './lint.ts';
import { projectRules } from './project-rules.ts';
import { gongwenDevLint, LINT_FIX } from '../dev/lint.ts';
import type { ResolvedOptions } from '../options.ts';
import type { LintResult } from './types.ts';

type LintOptions = Pick<ResolvedOptions, 'contentDir' | 'fonts' | 'seal' | 'lint'>;

/**
 * `fonts` are the integration's font options: glyph-coverage checks the characters against their chains;
 * `seal` its seal options: seal-images checks the images of the documents printed with them;
 * `lint` the severities the project sets.
 */
export function gongwenLint({ contentDir, ...options }: LintOptions): AstroIntegration {
  let command: string | undefined;
  let rootUrl: URL | undefined;
  /** Lints `paths` (relative to the root) with the project's rules, made for the characters of those paths. */
  const lintProject = async (paths: readonly string[]) => {
    const root = fileURLToPath(rootUrl!);
    const { rules, off } = await projectRules(options, rootUrl!, paths, root);
    return lintPaths(paths, root, rules, off);
  };
  return {
    name: 'gongwen:lint',
    hooks: {
      'astro:config:setup': (params) => {
        command = params.command;
      },
      'astro:config:done': async ({ config, logger }) => {
        rootUrl = config.root;
        if (command !== 'build') return;
        const results = await lintProject([contentDir]);
        report(results, logger);
        const errors = results.reduce((total, result) => total + result.errorCount, 0);
        if (errors > 0) {
          const failure = new AstroError(
            `${errors} error${errors === 1 ? '' : 's'} in ${contentDir}/ (listed above)`,
            LINT_FIX,
          );
          failure.name = 'GongwenLintError';
          // The fault is in the documents, not in code: a stack trace would only bury the list above.
          failure.stack = '';
          throw failure;
        }
      },
      'astro:server:setup': ({ server, logger }) =>
        gongwenDevLint(server, {
          root: fileURLToPath(rootUrl!),
          contentDir,
          lint: lintProject,
          report: (results) => report(results, logger),
          fail: (message) => logger.error(message),
        }),
    },
  };
}

function report(results: readonly LintResult[], logger: AstroIntegrationLogger): void {
  for (const message of results.flatMap((result) => result.messages)) {
    const line = formatMessage(message);
    if (message.severity === 'error') logger.error(line);
    else if (message.severity === 'warning') logger.warn(line);
    else logger.info(line);
  }
  logger.info(summaryLine(results));
}
