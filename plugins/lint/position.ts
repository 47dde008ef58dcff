/** Source offsets to 1-based line and column; the column counts Unicode code points, not UTF-16 units. */

export interface Position {
  line: number;
  column: number;
}

/** Builds a converter for one file's text; offsets are UTF-16 indexes into `source`. */
export function positionsOf(source: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, source.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    const lineStart = lineStarts[low]!;
    return { line: low + 1, column: [...source.slice(lineStart, clamped)].length + 1 };
  };
}
