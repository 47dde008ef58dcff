/**
 * Runs fontTools (Python) to convert a font face's CFF outlines to TrueType, or to take a face out of
 * a TTC: the two things hb-subset cannot do, so that Chromium embeds the font as a real subset.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { TO_TRUETYPE_PY } from './to-truetype-py.ts';

const run = promisify(execFile);

/** Override with the Python that has fontTools; Debian's is /usr/bin/python3 (package python3-fonttools). */
export const PYTHON_ENV = 'GONGWEN_PYTHON';
export const FONTTOOLS_INSTALL_HINT = 'apt-get install python3-fonttools (or point GONGWEN_PYTHON at a Python that has fontTools)';

const CANDIDATES = ['/usr/bin/python3', 'python3'];

const found = new Map<string, Promise<string | null>>();

/** The first Python that can import fontTools, or null (remembered per GONGWEN_PYTHON value). */
export function pythonWithFontTools(): Promise<string | null> {
  const override = process.env[PYTHON_ENV];
  const key = override ?? '';
  let python = found.get(key);
  if (!python) {
    python = firstWorking(override ? [override] : CANDIDATES);
    found.set(key, python);
  }
  return python;
}

async function firstWorking(pythons: string[]): Promise<string | null> {
  for (const python of pythons) {
    try {
      await run(python, ['-c', 'import fontTools.subset, fontTools.pens.cu2quPen']);
      return python;
    } catch {
      // not this one: try the next
    }
  }
  return null;
}

/** Writes face `faceIndex` of `source` to `destination` as a single TrueType-outline font, every glyph kept. */
export async function toTrueType(source: string, faceIndex: number, destination: string): Promise<void> {
  const python = await pythonWithFontTools();
  if (!python) throw new Error(`Converting ${source} to TrueType outlines needs fontTools: ${FONTTOOLS_INSTALL_HINT}`);
  try {
    await run(python, ['-c', TO_TRUETYPE_PY, source, destination, '--face', String(faceIndex)], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(`fontTools could not convert ${source} (face ${faceIndex}) to TrueType: ${detail}`);
  }
}
