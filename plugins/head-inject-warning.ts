/**
 * Silences the one Rolldown warning every MDX document triggers in `astro build`: a ten-line
 * MODULE_LEVEL_DIRECTIVE box for `"use astro:head-inject"` in `<doc>.mdx?astroPropagatedAssets`.
 *
 * The directive is Astro's own: astro/dist/content/vite-plugin-content-assets.js writes it at the top
 * of the stub module it generates for each content entry, and nothing in astro or @astrojs/* reads it
 * back (head propagation rides on the stub's `__astroPropagation` export). Rolldown only says it will
 * not keep the directive in the bundle, which changes nothing, and a user can neither act on the
 * warning nor fix it in their own code. So exactly that warning is dropped; every other warning,
 * including other module-level directives, still reaches the site's own `onwarn` or Vite's log.
 */
import type { Plugin } from 'vite';

type OnWarn = NonNullable<NonNullable<NonNullable<import('vite').UserConfig['build']>['rolldownOptions']>['onwarn']>;
type RolldownWarning = Parameters<OnWarn>[0];

/** True for Astro's harmless head-inject directive warning and nothing else. */
export function isAstroHeadInjectDirectiveWarning(warning: RolldownWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

export function headInjectWarningPlugin(): Plugin {
  return {
    name: 'gongwen:head-inject-warning',
    config(config) {
      // Chain to the site's own handler, if it has one, rather than replacing it.
      const siteOnWarn = config.build?.rolldownOptions?.onwarn;
      const onwarn: OnWarn = (warning, defaultHandler) => {
        if (isAstroHeadInjectDirectiveWarning(warning)) return;
        if (siteOnWarn) siteOnWarn(warning, defaultHandler);
        else defaultHandler(warning);
      };
      return { build: { rolldownOptions: { onwarn } } };
    },
  };
}
