/**
 * Reads a page's content stream as what it paints: each text object (BT…ET) and each painted path,
 * with where it starts and ends in the stream's bytes, whether it lies inside marked content (tagged,
 * or already an artifact), and — for text — where its first glyph stands on the page. The PDF's
 * tagging fix (pdf-artifacts.ts) and its check (pdf-tagging.ts) both walk pages with it.
 *
 * The tokenizer covers what Chromium's PDF backend (Skia) writes: numbers, names, literal and hex
 * strings, arrays, dictionaries and operators. Inline images (BI … EI), which Skia does not write,
 * make it stop with an error rather than misread binary data.
 */

export interface Token {
  /** The operator's name, or undefined for an operand. */
  operator?: string;
  text: string;
  start: number;
  end: number;
}

const OPERATOR_START = /^[A-Za-z'"]/u;
const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((char) => char.charCodeAt(0)));

/** A content stream read once: the tagging fix, its check and the conformance check all walk the same pages. */
const tokenized = new WeakMap<Uint8Array, Token[]>();

export function tokenize(bytes: Uint8Array): Token[] {
  const known = tokenized.get(bytes);
  if (known) return known;
  const tokens: Token[] = [];
  // One latin1 string of the stream, sliced per token: far cheaper than building each token from bytes.
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const text = (start: number, end: number) => source.slice(start, Math.min(end, start + 64));
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (WHITESPACE.has(byte)) {
      i++;
      continue;
    }
    const start = i;
    if (byte === 0x25) {
      // % comment, to the end of the line
      while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
      continue;
    }
    if (byte === 0x28) {
      // ( literal string ), with nested parentheses and backslash escapes
      let depth = 0;
      for (; i < bytes.length; i++) {
        if (bytes[i] === 0x5c) i++;
        else if (bytes[i] === 0x28) depth++;
        else if (bytes[i] === 0x29 && --depth === 0) break;
      }
      i++;
    } else if (byte === 0x3c && bytes[i + 1] === 0x3c) i += 2;
    else if (byte === 0x3e && bytes[i + 1] === 0x3e) i += 2;
    else if (byte === 0x3c) {
      while (i < bytes.length && bytes[i] !== 0x3e) i++;
      i++;
    } else if (byte === 0x5b || byte === 0x5d || byte === 0x7b || byte === 0x7d) i++;
    else {
      // A name (/Name), a number or an operator: up to the next whitespace or delimiter.
      i++;
      while (i < bytes.length && !WHITESPACE.has(bytes[i]!) && !DELIMITERS.has(bytes[i]!)) i++;
    }
    const token = text(start, i);
    const isOperator = OPERATOR_START.test(token) && /^[A-Za-z'"][A-Za-z0-9*'"]*$/u.test(token) && token !== 'true' && token !== 'false' && token !== 'null';
    if (isOperator && token === 'BI') throw new Error('the content stream has an inline image (BI), which this reader does not handle');
    tokens.push({ ...(isOperator && { operator: token }), text: token, start, end: i });
  }
  tokenized.set(bytes, tokens);
  return tokens;
}

/** Something a page paints. */
export interface Painted {
  kind: 'text' | 'path';
  /** Byte offsets in the (decoded) content stream: from the BT, or the path's first operand, to the end of ET or of the painting operator. */
  start: number;
  end: number;
  /** Inside a marked-content sequence (a tagged MCID, or an artifact). */
  marked: boolean;
  /** Text only: the first glyph's origin in default user space (points from the page's lower left). */
  origin?: { x: number; y: number };
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m × n: apply m first, then n. */
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
/** Operators that paint a path (n ends one without painting: a clip). */
const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);

/** Every text object and painted path of a content stream, in order. */
export function paintedContent(bytes: Uint8Array): Painted[] {
  const tokens = tokenize(bytes);
  const painted: Painted[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let depth = 0;
  let operandsStart: number | undefined;
  let pathStart: number | undefined;
  let text: { start: number; marked: boolean; tm?: Matrix; lineMatrix: Matrix } | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.operator) {
      operandsStart ??= token.start;
      continue;
    }
    const operands = tokens.slice(Math.max(0, index - 6), index).filter((t) => !t.operator).map((t) => Number(t.text));
    const last = (n: number) => operands.slice(-n);
    switch (token.operator) {
      case 'BDC':
      case 'BMC':
        depth++;
        break;
      case 'EMC':
        depth--;
        break;
      case 'q':
        stack.push(ctm);
        break;
      case 'Q':
        ctm = stack.pop() ?? IDENTITY;
        break;
      case 'cm':
        ctm = multiply(last(6) as Matrix, ctm);
        break;
      case 'BT':
        text = { start: token.start, marked: depth > 0, lineMatrix: IDENTITY };
        break;
      case 'Tm':
        if (text) {
          text.lineMatrix = last(6) as Matrix;
          text.tm ??= text.lineMatrix;
        }
        break;
      case 'Td':
      case 'TD':
        if (text) {
          const [tx, ty] = last(2) as [number, number];
          text.lineMatrix = multiply([1, 0, 0, 1, tx, ty], text.lineMatrix);
          text.tm ??= text.lineMatrix;
        }
        break;
      case 'ET':
        if (text) {
          const at = multiply(text.tm ?? IDENTITY, ctm);
          painted.push({ kind: 'text', start: text.start, end: token.end, marked: text.marked || depth > 0, origin: { x: at[4], y: at[5] } });
        }
        text = undefined;
        break;
      default:
        if (!text && PATH_CONSTRUCTION.has(token.operator)) pathStart ??= operandsStart ?? token.start;
        else if (!text && PATH_PAINTING.has(token.operator) && pathStart !== undefined) {
          painted.push({ kind: 'path', start: pathStart, end: token.end, marked: depth > 0 });
          pathStart = undefined;
        } else if (token.operator === 'n') pathStart = undefined;
    }
    operandsStart = undefined;
  }
  return painted;
}
