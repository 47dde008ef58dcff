/**
 * A PDF writer killed while writing (SIGKILL) leaves `<doc>.pdf.<pid>.tmp` behind; the next one
 * removes it, says so, and leaves alone the temporary file of a writer that is still running.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writePdfs } from '../../print/pdf.ts';
import { PdfStore } from '../../print/pdf-store.ts';
import { copyFixtureSite } from './support.ts';

test.describe.configure({ timeout: 180_000 });

test('writing PDFs first sweeps the temporary files of writers that are gone, in dist/ and in the store of last good PDFs', async () => {
  const site = copyFixtureSite('gongwen-stale-');
  try {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = `upward.pdf.${gone}.tmp`;
    const live = `joint.pdf.${process.pid}.tmp`;
    writeFileSync(join(site, stale), '');
    writeFileSync(join(site, live), '%PDF-1.7 being written');
    const store = new PdfStore(join(site, 'store'));
    mkdirSync(store.dir);
    writeFileSync(join(store.dir, stale), '');
    const log: string[] = [];

    await writePdfs(site, [{ slug: 'upward', pathname: '/upward/print/' }], { timeoutSeconds: 120, store, log: (line) => log.push(line) });

    expect(log).toContain(`removed ${join(site, stale)}, left by a PDF writer that stopped before it finished`);
    expect(log).toContain(`removed ${join(store.dir, stale)}, left by a PDF writer that stopped before it finished`);
    expect(readdirSync(store.dir).sort()).toEqual(['upward.json', 'upward.pdf']);
    expect(existsSync(join(site, stale))).toBe(false);
    expect(existsSync(join(site, live)), 'a running writer keeps its file').toBe(true);
    expect(readdirSync(site).filter((name) => name.endsWith('.tmp'))).toEqual([live]);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
