/**
 * A PDF writer killed while writing (SIGKILL) leaves `<doc>.pdf.<pid>.tmp` behind; the next one
 * removes it, says so, and leaves alone the temporary file of a writer that is still running.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writePdfs } from '../../print/pdf.ts';
import { FIXTURE_DIST } from './support.ts';

test.describe.configure({ timeout: 180_000 });

test('writing PDFs first sweeps the temporary files of writers that are gone', async () => {
  const site = mkdtempSync(join(tmpdir(), 'gongwen-stale-'));
  try {
    cpSync(FIXTURE_DIST, site, { recursive: true });
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = `upward.pdf.${gone}.tmp`;
    const live = `joint.pdf.${process.pid}.tmp`;
    writeFileSync(join(site, stale), '');
    writeFileSync(join(site, live), '%PDF-1.7 being written');
    const log: string[] = [];

    await writePdfs(site, [{ slug: 'upward', pathname: '/upward/print/' }], { timeoutSeconds: 120, log: (line) => log.push(line) });

    expect(log).toContain(`removed ${stale}, left by a PDF writer that stopped before it finished`);
    expect(existsSync(join(site, stale))).toBe(false);
    expect(existsSync(join(site, live)), 'a running writer keeps its file').toBe(true);
    expect(readdirSync(site).filter((name) => name.endsWith('.tmp'))).toEqual([live]);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
