/**
 * Exposes the resolved fonts to the injected routes as `virtual:gongwen/fonts`, resolved once per
 * build; a bad font option fails the build here with its message, and every font warning (licence
 * notes, fallbacks, embedding restrictions) is logged once.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { ResolvedOptions } from '../options.ts';
import { resolveFonts } from './resolve.ts';
import type { FontRole, ResolvedFont } from './types.ts';

const VIRTUAL_FONTS = 'virtual:gongwen/fonts';

export function fontsVitePlugin(choices: ResolvedOptions['fonts'], root: URL, logger: AstroIntegrationLogger) {
  const resolved = `\0${VIRTUAL_FONTS}`;
  let fonts: Promise<Record<FontRole, ResolvedFont>> | undefined;
  const resolveOnce = () => {
    fonts ??= resolveFonts(choices, root).then((result) => {
      for (const font of Object.values(result)) for (const warning of font.warnings) logger.warn(warning);
      return result;
    });
    return fonts;
  };
  return {
    name: 'gongwen:fonts',
    resolveId: (id: string) => (id === VIRTUAL_FONTS ? resolved : undefined),
    load: async (id: string) => (id === resolved ? `export default ${JSON.stringify(await resolveOnce())};` : undefined),
  };
}
