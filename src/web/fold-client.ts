/**
 * A disclosure button of a narrow page (the 目录 and 文件信息 buttons, web.css `.gw-fold`): a click
 * opens or closes what follows it. Without script the button stays hidden and what it folds shows.
 */
export function enhanceFold(button: HTMLButtonElement | null | undefined): void {
  button?.addEventListener('click', () => button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true')));
}
