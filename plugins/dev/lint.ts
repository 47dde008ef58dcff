/**
 * The linter in `astro dev`: every document is linted when the server starts and again each time it is
 * saved. Findings go to the terminal (the caller's `report`, as in the build); errors also go to the
 * browser as Vite's error overlay, sent again to every page that connects later (a reload, a new tab),
 * and taken away with a full reload once the last error is fixed.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { ErrorPayload, ViteDevServer } from 'vite';
import { formatMessage } from '../lint/format.ts';
import type { LintMessage, LintResult } from '../lint/types.ts';

const DOCUMENT_EXTENSION = '.mdx';

/** What to do about an error, as the build says it (plugins/lint/integration.ts). */
export const LINT_FIX = 'Fix them, or keep a published wording by acknowledging the finding in the frontmatter (acknowledgements: [{ rule, text, reason }]).';

/** An editor's save may be several events (unlink and add, add and change): one lint after they settle. */
const SAVE_SETTLE_MS = 100;

const escapeHtml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

export interface DevLintOptions {
  /** The project root (absolute): lint file names are relative to it. */
  root: string;
  /** The documents' folder, relative to `root`. */
  contentDir: string;
  /** Lints these paths (relative to `root`) with the project's rules. */
  lint: (paths: readonly string[]) => Promise<LintResult[]>;
  /** Prints the findings to the terminal. */
  report: (results: readonly LintResult[]) => void;
  /** Says that linting itself failed (a rule could not be set up), without stopping the server. */
  fail: (message: string) => void;
}

export async function gongwenDevLint(server: ViteDevServer, { root, contentDir, lint, report, fail }: DevLintOptions): Promise<void> {
  const folder = resolve(root, contentDir);
  /** Each document with errors, by its name relative to the root, and those errors. */
  const errors = new Map<string, LintMessage[]>();
  let shown = false;

  const overlay = (): ErrorPayload | undefined => {
    const all = [...errors.values()].flat();
    const first = all[0];
    if (!first) return undefined;
    const file = resolve(root, first.file);
    const err = {
      name: 'GongwenLintError',
      title: `${all.length} lint error${all.length === 1 ? '' : 's'} in ${contentDir}/`,
      // Astro's overlay writes the message and hint as HTML: a finding may quote <Attachment> or an &.
      message: escapeHtml(all.map(formatMessage).join('\n')),
      hint: escapeHtml(LINT_FIX),
      // No stack: the fault is in the document, and the overlay would show Vite's own frames.
      stack: '',
      id: file,
      plugin: 'gongwen:lint',
      loc: { file, line: first.line, column: first.column },
    };
    return { type: 'error', err };
  };

  const show = () => {
    const payload = overlay();
    if (payload) server.hot.send(payload);
    // The pages reload without the overlay once nothing is left to show.
    else if (shown) server.hot.send({ type: 'full-reload', path: '*' });
    shown = payload !== undefined;
  };

  const run = async (paths: readonly string[]) => {
    let results: LintResult[];
    try {
      results = await lint(paths);
    } catch (error) {
      fail(`the linter did not run on ${paths.join(', ')}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    report(results);
    for (const result of results) {
      const found = result.messages.filter((message) => message.severity === 'error');
      if (found.length > 0) errors.set(result.file, found);
      else errors.delete(result.file);
    }
  };

  const isDocument = (file: string) => file.endsWith(DOCUMENT_EXTENSION) && file.startsWith(folder + sep);
  const relativeName = (file: string) => relative(root, file);

  server.hot.on('vite:client:connect', (_data, client) => {
    const payload = overlay();
    if (payload) client.send(payload);
  });
  // Saves are linted one after another, so a slow lint never overwrites a newer one's findings.
  let queue = Promise.resolve();
  const enqueue = (job: () => Promise<void>) => {
    queue = queue.then(job);
  };
  const timers = new Map<string, NodeJS.Timeout>();
  server.watcher.on('all', (_event, file) => {
    if (!isDocument(file)) return;
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => {
        timers.delete(file);
        enqueue(async () => {
          if (existsSync(file)) await run([relativeName(file)]);
          else errors.delete(relativeName(file));
          show();
        });
      }, SAVE_SETTLE_MS),
    );
  });
  enqueue(async () => run([contentDir]).then(show));
  await queue;
}
