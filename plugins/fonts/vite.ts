/**
 * Exposes the resolved fonts to the injected routes as `virtual:gongwen/fonts`, resolved once per
 * build; a bad font option fails the build here with its message.
 */
import type { ResolvedOptions } from '../options.ts';
import { resolveFonts } from './resolve.ts';

const VIRTUAL_FONTS = 'virtual:gongwen/fonts';

export function fontsVitePlugin(choices: ResolvedOptions['fonts'], root: URL) {
  const resolved = `\0${VIRTUAL_FONTS}`;
  return {
    name: 'gongwen:fonts',
    resolveId: (id: string) => (id === VIRTUAL_FONTS ? resolved : undefined),
    load: async (id: string) => (id === resolved ? `export default ${JSON.stringify(await resolveFonts(choices, root))};` : undefined),
  };
}
