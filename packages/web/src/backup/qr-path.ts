/**
 * An SVG path drawing the dark modules of a QR code, one unit square each (`M3 4h1v1h-1z`), row by
 * row; runs of dark modules in a row are one rectangle, so a 41×41 code stays a short string.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join('');
}
