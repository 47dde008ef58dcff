import { existsSync } from 'node:fs';

/** The tests read what `npm run build` wrote; say so plainly when it has not run. */
export default function globalSetup(): void {
  if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run build` before `npm test`.');
  }
}
