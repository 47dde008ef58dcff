#!/usr/bin/env node
/**
 * The `gongwen` command's entry: checks the Node version before anything loads, because Astro 7 and
 * the linter's dependencies fail on an older Node with errors that do not name the cause.
 */
const REQUIRED = [22, 12] as const;

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < REQUIRED[0] || (major === REQUIRED[0] && minor < REQUIRED[1])) {
  process.stderr.write(
    `gongwen needs Node ${REQUIRED.join('.')} or newer; this is Node ${process.versions.node} (${process.execPath}).\n` +
      'Install a newer Node (nodejs.org, nvm, or your distribution), or add it to the project with `npm install --save-dev node@24`: ' +
      'npx and npm scripts then run gongwen on that Node.\n',
  );
  process.exit(2);
}

await import('./cli.ts');
