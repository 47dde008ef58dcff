/**
 * Runs inline in <head>, before first paint, so a page never flashes at the small size:
 * marks that scripts run (so the 大字模式 toggle is shown) and applies the stored choice.
 */
import { LARGE_TEXT_CLASS, LARGE_TEXT_KEY } from './large-text.ts';

export const beforePaintScript = `(function(d){d.classList.add('gw-js');try{if(localStorage.getItem(${JSON.stringify(LARGE_TEXT_KEY)})==='on')d.classList.add(${JSON.stringify(LARGE_TEXT_CLASS)})}catch(e){}})(document.documentElement);`;
