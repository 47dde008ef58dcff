/**
 * What a document's served subsets really hold, read back from the site: the print view's fonts are
 * these files, so a character is printable only if one of them maps it (not merely the full font).
 */
import { FONT_ROLES } from '../options.ts';
import { fontChain } from './chain.ts';
import { mappedCharacters } from './inspect.ts';
import type { ServedCharacters } from './missing.ts';
import type { FontRole, ResolvedFont } from './types.ts';

/** Per role and chain place, the served subset's characters; null where the site serves no subset (404). */
export async function servedCharacters(fonts: Record<FontRole, ResolvedFont>, urlFor: (role: FontRole, index: number) => string): Promise<ServedCharacters> {
  const entries = await Promise.all(
    FONT_ROLES.map(async (role) => {
      const chain = await Promise.all(
        fontChain(fonts[role]).map(async (_, index) => {
          const response = await fetch(urlFor(role, index));
          if (response.status === 404) return null;
          if (!response.ok) throw new Error(`${urlFor(role, index)} answered ${response.status}`);
          return mappedCharacters(new Uint8Array(await response.arrayBuffer()));
        }),
      );
      return [role, chain] as const;
    }),
  );
  return Object.fromEntries(entries);
}
