/**
 * A function of a document's text that remembers its last answer: the font code asks about one
 * document's text once per role and chain font, one call after another, so the last text is the next.
 */
export function rememberLast<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastAnswer: T;
  return (text) => {
    if (text !== lastText) {
      lastAnswer = compute(text);
      lastText = text;
    }
    return lastAnswer;
  };
}
