/**
 * Reads a document's bytes as UTF-8, the only encoding MDX is read in. A file saved as GB18030/GBK
 * (or UTF-16) by an older editor would otherwise be read as mojibake, and every rule would report noise.
 */
import type { Problem } from './problem.ts';

/** The text as decoded, and a problem when it is not UTF-8 (its offset is in that text). */
export interface DecodedDocument {
  source: string;
  problem?: Problem;
}

const REPLACEMENT = '\uFFFD';

export function decodeDocument(bytes: Uint8Array, file: string): DecodedDocument {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const bad = firstUndecodable(text, bytes);
  if (bad === undefined) return { source: text };
  const encoding = likelyEncoding(bytes);
  const fix = encoding.iconv
    ? `convert it: iconv -f ${encoding.iconv} -t UTF-8 ${file} > ${file}.utf8 && mv ${file}.utf8 ${file}`
    : 'save it as UTF-8 in your editor';
  return {
    source: text,
    problem: {
      // The text decoded up to the bad byte gives its line and column.
      offset: bad,
      ruleId: 'encoding',
      severity: 'error',
      message: `this file is not UTF-8 (${encoding.name}) — ${fix}`,
      text: '',
    },
  };
}

/**
 * The offset in `text` of the first character that stands for bytes that are not UTF-8, if any.
 * Each valid character re-encodes to its own bytes, so the bytes before a replacement character are
 * its text's UTF-8 length; a U+FFFD written in the file is EF BF BD there, an undecodable byte is not.
 */
function firstUndecodable(text: string, bytes: Uint8Array): number | undefined {
  for (let at = text.indexOf(REPLACEMENT); at >= 0; at = text.indexOf(REPLACEMENT, at + 1)) {
    const byte = Buffer.byteLength(text.slice(0, at), 'utf8');
    if (!(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) return at;
  }
  return undefined;
}

function likelyEncoding(bytes: Uint8Array): { name: string; iconv?: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { name: 'it is UTF-16', iconv: 'UTF-16' };
  try {
    // GB18030 is a superset of GBK and GB2312: what a Chinese Windows editor saves as "ANSI".
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { name: 'it looks like GB18030/GBK', iconv: 'GB18030' };
  } catch {
    return { name: 'its encoding is not recognised' };
  }
}
