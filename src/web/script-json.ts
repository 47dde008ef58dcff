/**
 * JSON for a <script type="application/ld+json"> element. JSON is not HTML: a value holding </script>
 * or <!-- would end or corrupt the element, so <, > and & are written as JSON escapes (the same string
 * to a JSON parser), and U+2028/U+2029 too, which older JavaScript parsers took for line ends.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
