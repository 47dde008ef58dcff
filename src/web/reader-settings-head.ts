/**
 * Runs inline in <head>, before first paint, so a page never flashes at the standard size or colours:
 * applies the stored text size and high contrast (reader-settings.ts). On a web page it also marks that
 * scripts run, so the settings controls are shown; the print view applies the settings to its screen view only.
 * Both texts are hashed for the Content-Security-Policy (plugins/csp.ts).
 */
import { HIGH_CONTRAST_CLASS, HIGH_CONTRAST_KEY, TEXT_SIZE_CLASSES, TEXT_SIZE_KEY } from './reader-settings.ts';

const applyStored =
  `try{var s=localStorage,c=${JSON.stringify(TEXT_SIZE_CLASSES)}[s.getItem(${JSON.stringify(TEXT_SIZE_KEY)})];` +
  `if(c)d.classList.add(c);if(s.getItem(${JSON.stringify(HIGH_CONTRAST_KEY)})==='on')d.classList.add(${JSON.stringify(HIGH_CONTRAST_CLASS)})}catch(e){}`;

/** The web pages' head script. */
export const beforePaintScript = `(function(d){d.classList.add('gw-js');${applyStored}})(document.documentElement);`;

/** The print view's head script: the settings only (its toolbar needs no script to be shown). */
export const printViewSettingsScript = `(function(d){${applyStored}})(document.documentElement);`;
