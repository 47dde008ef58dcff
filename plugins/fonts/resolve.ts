/**
 * Decides which font file each role prints with: the user's file, else an installed family named in
 * the options, else the open default — and checks that Chromium can embed it as a real subset font.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FONT_ROLES, type FontChoice, type ResolvedOptions } from '../options.ts';
import { fontCacheDir } from './cache.ts';
import { FONTTOOLS_INSTALL_HINT, pythonWithFontTools } from './convert.ts';
import {
  FANDOL_INSTALL_HINT,
  FANDOL_LICENCE_NOTE,
  OPEN_FALLBACKS,
  PACKAGED_DEFAULTS,
  ROLE_NAMES,
  findFandolFang,
  notoSerifRegular,
  roleFamily,
} from './defaults.ts';
import { FontconfigMissingError, findInstalledFamily } from './fontconfig.ts';
import { openFont, type FontFace, type FontFile } from './inspect.ts';
import type { FontRole, FontSource, ResolvedFont } from './types.ts';

type FontChoices = ResolvedOptions['fonts'];

/** Resolves every role; throws on a font that cannot be used, naming the option and the fix. */
export async function resolveFonts(choices: FontChoices, root: URL): Promise<Record<FontRole, ResolvedFont>> {
  const cacheDir = fontCacheDir(root);
  const entries = await Promise.all(
    FONT_ROLES.map(async (role) => [role, await resolveRole(role, choices[role], root, cacheDir)] as const),
  );
  return Object.fromEntries(entries) as Record<FontRole, ResolvedFont>;
}

interface Candidate {
  file: string;
  /** The face to use inside a TTC, when already known (fontconfig tells it). */
  faceIndex?: number;
  /** The name to pick a TTC face by. */
  faceName?: string;
  source: FontSource;
  /** How to name this font in an error: the option that chose it. */
  origin: string;
  warnings: string[];
}

/**
 * The role's font and its fallback chain: the chosen font, then the role's open default (when the
 * chosen font is not already it), then the open fonts of OPEN_FALLBACKS — each file once.
 */
async function resolveRole(role: FontRole, choice: FontChoice | undefined, root: URL, cacheDir: string): Promise<ResolvedFont> {
  const chosen = await chosenFont(role, choice, root);
  const candidate = chosen ?? (await defaultFont(role, choice));
  const later: Candidate[] = [
    ...(chosen ? [{ ...(await defaultFont(role, undefined)), warnings: [] }] : []),
    ...OPEN_FALLBACKS[role].map((file): Candidate => ({ file: file(), source: 'fallback', origin: `the open fallback for ${ROLE_NAMES[role]}`, warnings: [] })),
  ];
  const primary = await resolveCandidate(role, candidate, 0, cacheDir);
  const seen = new Set([`${primary.file}#${primary.faceIndex}`]);
  for (const next of later) {
    const font = await resolveCandidate(role, next, primary.fallbacks.length + 1, cacheDir);
    const key = `${font.file}#${font.faceIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    primary.fallbacks.push({ ...font, family: roleFamily(role, primary.fallbacks.length + 1) });
  }
  return primary;
}

async function resolveCandidate(role: FontRole, candidate: Candidate, index: number, cacheDir: string): Promise<ResolvedFont> {
  const file = await openFont(candidate.file);
  const face = pickFace(file, candidate);
  const warnings = [...candidate.warnings, ...(await usability(face, candidate))];
  return {
    role,
    family: roleFamily(role, index),
    file: candidate.file,
    faceIndex: face.index,
    outlines: face.outlines as 'glyf' | 'cff',
    fullName: face.fullName,
    postScriptName: face.postScriptName,
    source: candidate.source,
    cacheDir,
    warnings,
    fallbacks: [],
  };
}

/** The font the options name for this role, or null when they name none that is available. */
async function chosenFont(role: FontRole, choice: FontChoice | undefined, root: URL): Promise<Candidate | null> {
  if (choice?.file) {
    const origin = `gongwen({ fonts: { ${role}: { file } } })`;
    const path = fileURLToPath(new URL(choice.file, root));
    if (!existsSync(path)) {
      throw new Error(
        `${origin}: the font file "${choice.file}" does not exist (looked at ${path}). ` +
          'Give a path relative to the project root, e.g. "fonts/simfang.ttf", or remove the option to use the open default.',
      );
    }
    return { file: path, ...(choice.families[0] && { faceName: choice.families[0] }), source: 'option-file', origin, warnings: [] };
  }
  for (const family of choice?.families ?? []) {
    let installed;
    try {
      installed = await findInstalledFamily(family);
    } catch (error) {
      if (!(error instanceof FontconfigMissingError)) throw error;
      return null;
    }
    if (installed) {
      return {
        file: installed.file,
        faceIndex: installed.index,
        source: 'option-family',
        origin: `gongwen({ fonts: { ${role}: { families: ["${family}"] } } }) (found by fontconfig at ${installed.file})`,
        warnings: [],
      };
    }
  }
  return null;
}

async function defaultFont(role: FontRole, choice: FontChoice | undefined): Promise<Candidate> {
  const warnings: string[] = [];
  if (choice?.families.length) {
    let reason = 'none of them is installed on this build machine';
    try {
      await findInstalledFamily(choice.families[0]!);
    } catch (error) {
      if (!(error instanceof FontconfigMissingError)) throw error;
      reason = error.message;
    }
    warnings.push(
      `${ROLE_NAMES[role]} ${role}: fonts.${role}.families (${choice.families.join(', ')}) — ${reason}; ` +
        'the PDF uses the open default instead (web readers who have one of them installed still see it).',
    );
  }
  const origin = `the default ${ROLE_NAMES[role]} font`;
  if (role !== 'fang') return { file: PACKAGED_DEFAULTS[role](), source: 'default', origin, warnings };
  const fandol = await findFandolFang();
  const python = await pythonWithFontTools();
  if (fandol && python) return { file: fandol, source: 'default', origin, warnings: [...warnings, FANDOL_LICENCE_NOTE] };
  const lacking = [!fandol && 'FandolFang-Regular.otf (texlive-lang-chinese)', !python && 'fontTools for Python (python3-fonttools)'];
  warnings.push(
    `仿宋 fang: ${lacking.filter(Boolean).join(' and ')} not found, so the body text prints in Noto Serif SC Regular, ` +
      `a 宋体 — not a 仿宋. Install them with \`${FANDOL_INSTALL_HINT}\`, or name a licensed 仿宋 with fonts.fang.file.`,
  );
  return { file: notoSerifRegular(), source: 'fallback', origin: 'the fallback for 仿宋 (Noto Serif SC Regular)', warnings };
}

/** The face to use: the only one, the one fontconfig named, or the TTC face matching the family name (else the SC face). */
function pickFace(file: FontFile, candidate: Candidate): FontFace {
  if (file.faces.length === 1) return file.faces[0]!;
  if (candidate.faceIndex !== undefined && file.faces[candidate.faceIndex]) return file.faces[candidate.faceIndex]!;
  const wanted = candidate.faceName?.toLowerCase();
  const byName = wanted
    ? file.faces.find((face) => [face.familyName, face.fullName, face.postScriptName].some((name) => name.toLowerCase() === wanted))
    : file.faces.find((face) => /\bSC\b|\bCN\b|\bGB\b|Hans/u.test(`${face.familyName} ${face.postScriptName}`));
  if (byName) return byName;
  const faces = file.faces.map((face) => `${face.index}: "${face.familyName}" (${face.postScriptName})`).join('; ');
  throw new Error(
    `${candidate.origin}: ${file.path} is a font collection (TTC) and ${wanted ? `no face is named "${candidate.faceName}"` : 'no face is the simplified-Chinese (SC) one'}. ` +
      `Its faces are ${faces}. Put the wanted face's family name first in families.`,
  );
}

/**
 * Refuses what Chromium would print as Type 3 or what the licence bits forbid, and warns about
 * the rest (fonts.md §4: fsType 0x0002/0x0200 → Type 3, 0x0100 → whole font embedded).
 */
async function usability(face: FontFace, candidate: Candidate): Promise<string[]> {
  const where = `${candidate.origin}: ${candidate.file}${face.index ? ` (face ${face.index})` : ''}`;
  if (face.variable) {
    throw new Error(
      `${where} is a variable font; Chromium prints variable fonts as Type 3 outlines, not as an embedded font. ` +
        'Give a static instance instead, e.g. `fonttools varLib.instancer FONT wght=400 -o FONT-Regular.ttf`.',
    );
  }
  if (face.outlines === 'unknown') throw new Error(`${where} has neither TrueType (glyf) nor CFF outlines.`);
  if (face.fsType?.noEmbedding || face.fsType?.bitmapOnly) {
    const bit = face.fsType.noEmbedding ? '0x0002 restricted licence embedding' : '0x0200 bitmap embedding only';
    throw new Error(
      `${where}: its licence bits (OS/2 fsType ${bit}) forbid embedding its outlines in a PDF; Chromium would print ` +
        'every character as a Type 3 drawing instead of text in this font. Use a font licensed for embedding.',
    );
  }
  const warnings: string[] = [];
  if (face.fsType?.noSubsetting) {
    warnings.push(
      `${where}: OS/2 fsType 0x0100 forbids subsetting, so the whole font is embedded in every PDF and served whole ` +
        '(the PDF grows by the size of the font file).',
    );
  }
  if (face.outlines === 'cff' && !(await pythonWithFontTools())) {
    throw new Error(
      `${where} has CFF (OpenType PostScript) outlines, which Chromium prints as Type 3; converting them to TrueType ` +
        `needs fontTools: ${FONTTOOLS_INSTALL_HINT}.`,
    );
  }
  return warnings;
}
