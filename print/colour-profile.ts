/**
 * The sRGB ICC profile a PDF/A file names as its output intent (ISO 19005-2 §6.2.3): Chromium paints in
 * DeviceRGB, which PDF/A allows only with an RGB output intent. Found once per build, in Node.
 *
 * Decision: the profile comes from Debian's texlive-base (which texlive-lang-chinese, already needed
 * for FandolFang, depends on): `colorprofiles/sRGB.icc`, an ICC v2 display profile of IEC 61966-2-1
 * by Graeme W. Gill, released into the public domain (its own cprt tag says so) — the one TeX's
 * pdfx package uses for PDF/A. Without it the PDF is written without an output intent and without a
 * PDF/A claim, and the build says why.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { findTexFile } from '../plugins/tex-files.ts';

export interface ColourProfile {
  path: string;
  bytes: Uint8Array;
  /** The profile's own description (its `desc` tag), written as the output intent's /Info. */
  description: string;
  sha256: string;
}

export const SRGB_INSTALL_HINT = 'apt-get install texlive-base (texlive-lang-chinese brings it)';
const SRGB_PATHS = ['/usr/share/texlive/texmf-dist/tex/generic/colorprofiles/sRGB.icc', '/usr/share/texmf/tex/generic/colorprofiles/sRGB.icc'];

/** The ICC header and tag table facts PDF/A asks about, or why the bytes are not a usable profile. */
export function readIccHeader(bytes: Uint8Array): { colourSpace: string; components: number; majorVersion: number; description: string } | string {
  if (bytes.byteLength < 132) return `${bytes.byteLength} bytes is shorter than an ICC header`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (offset: number, length: number) => String.fromCharCode(...bytes.subarray(offset, offset + length));
  if (ascii(36, 4) !== 'acsp') return 'no ICC signature (acsp) at byte 36';
  if (view.getUint32(0) !== bytes.byteLength) return `the header gives ${view.getUint32(0)} bytes, the stream has ${bytes.byteLength}`;
  const colourSpace = ascii(16, 4).trim();
  const components = { RGB: 3, GRAY: 1, CMYK: 4 }[colourSpace];
  if (components === undefined) return `colour space ${colourSpace} is not RGB, GRAY or CMYK`;
  let description = '';
  for (let tag = 0; tag < view.getUint32(128); tag++) {
    const at = 132 + tag * 12;
    if (ascii(at, 4) !== 'desc') continue;
    const offset = view.getUint32(at + 4);
    // ICC v2 textDescriptionType: 'desc', 4 reserved bytes, an ASCII count, then the text.
    if (ascii(offset, 4) === 'desc') description = ascii(offset + 12, Math.max(0, view.getUint32(offset + 8) - 1));
  }
  return { colourSpace, components, majorVersion: bytes[8] ?? 0, description };
}

/** The sRGB profile from the Debian package, else wherever TeX (kpsewhich) finds it, else null. */
export async function findSrgbProfile(): Promise<ColourProfile | null> {
  const path = await findTexFile(SRGB_PATHS, 'sRGB.icc');
  if (!path) return null;
  const bytes = new Uint8Array(await readFile(path));
  const header = readIccHeader(bytes);
  if (typeof header === 'string' || header.colourSpace !== 'RGB') return null;
  return { path, bytes, description: header.description || 'sRGB IEC61966-2.1', sha256: createHash('sha256').update(bytes).digest('hex') };
}
