/**
 * 朗读 (语音阅读, 适老化): reads the document aloud with the browser's own speech synthesis and one of
 * its Chinese voices — no third-party script, nothing leaves the reader's machine. The button is shown
 * only where the browser has such a voice (voices may arrive late: voiceschanged), and only on a page
 * with a document. It reads the article (版头, title, body, closing, 版记) one paragraph at a time, in
 * DOM order, never the 目录, 文件信息 or site chrome; 停止朗读 or Escape stops it.
 */

/** The document on a document page (src/components/Document.astro); the index page has none. */
const ARTICLE = 'main .gw-document';

/** The blocks read as one utterance each; a block holding another (a list item with a paragraph) is read through its inner ones. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, caption, th, td, figcaption';

/** The voice to read with: a Chinese one, zh-CN first (a lang may be written zh_CN or zh-Hans-CN). */
export function chineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const lang = (voice: SpeechSynthesisVoice) => voice.lang.replace(/_/gu, '-').toLowerCase();
  const chinese = voices.filter((voice) => lang(voice).startsWith('zh'));
  return chinese.find((voice) => /^zh-(hans-)?cn$/u.test(lang(voice))) ?? chinese[0];
}

/** The article's paragraphs as they are shown, in order: hidden ones (the print view's separators, aria-hidden) are left out. */
export function readableBlocks(article: Element): { element: HTMLElement; text: string }[] {
  return [...article.querySelectorAll<HTMLElement>(BLOCKS)]
    .filter((element) => !element.querySelector(BLOCKS) && !element.closest('[aria-hidden="true"]') && element.getClientRects().length > 0)
    .map((element) => ({ element, text: element.innerText.replace(/\s+/gu, ' ').trim() }))
    .filter(({ text }) => text !== '');
}

/** Marks the paragraph being read (web.css) and keeps it on screen. */
const READING_ATTRIBUTE = 'data-gw-reading';

/** Wires the 朗读 button: shown once a Chinese voice exists, reading and stopping on demand. */
export function setUpReadAloud(button: HTMLButtonElement): void {
  const article = document.querySelector(ARTICLE);
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  if (!article || !synth) return;
  const idleLabel = button.textContent!.trim();
  let voice: SpeechSynthesisVoice | undefined;
  let reading: HTMLElement | undefined;
  // Bumped on every start and stop, so the end of a cancelled utterance never starts the next one.
  let run = 0;

  const findVoice = () => {
    voice = chineseVoice(synth.getVoices());
    button.hidden = voice === undefined;
    if (!voice && reading) stop();
  };

  const mark = (element: HTMLElement | undefined) => {
    reading?.removeAttribute(READING_ATTRIBUTE);
    reading = element;
    if (!element) return;
    element.setAttribute(READING_ATTRIBUTE, '');
    element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const stop = () => {
    run += 1;
    synth.cancel();
    mark(undefined);
    button.textContent = idleLabel;
    document.removeEventListener('keydown', onKey);
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') stop();
  };

  const start = () => {
    const blocks = readableBlocks(article);
    const mine = ++run;
    synth.cancel();
    button.textContent = '停止朗读';
    document.addEventListener('keydown', onKey);
    const speak = (index: number) => {
      if (mine !== run) return;
      const block = blocks[index];
      if (!block) {
        stop();
        return;
      }
      const utterance = new SpeechSynthesisUtterance(block.text);
      utterance.lang = voice?.lang ?? 'zh-CN';
      if (voice) utterance.voice = voice;
      utterance.addEventListener('end', () => speak(index + 1));
      // A voice that fails on one paragraph stops the reading rather than skipping through the rest.
      utterance.addEventListener('error', () => {
        if (mine === run) stop();
      });
      mark(block.element);
      synth.speak(utterance);
    };
    speak(0);
  };

  button.addEventListener('click', () => (reading ? stop() : start()));
  // Speech outlives the page in some browsers: leaving the document ends its reading.
  window.addEventListener('pagehide', () => reading && stop());
  synth.addEventListener('voiceschanged', findVoice);
  findVoice();
}
