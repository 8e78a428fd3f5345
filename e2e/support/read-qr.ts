import type { Locator } from 'playwright-core';
import decodeQR from 'qr/decode.js';

/** Pixels per QR module when the shown code is drawn again for the decoder. */
const SCALE = 8;

/**
 * The text of a QR code the page shows as inline SVG (a viewBox of modules and one path of unit
 * rectangles, as the web app's qr-path.ts draws it), read by an independent decoder (`qr`): the
 * path is painted into an RGBA image here, so what is checked is exactly what a camera would see.
 */
export async function readQrCode(svg: Locator): Promise<string> {
  const viewBox = (await svg.getAttribute('viewBox')) ?? '';
  const size = Number(viewBox.split(' ')[2]);
  const path = (await svg.locator('path').getAttribute('d')) ?? '';
  if (!Number.isInteger(size) || size <= 0 || path === '') throw new Error(`not a QR code: ${viewBox}`);
  const width = size * SCALE;
  const data = new Uint8Array(width * width * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * SCALE; row < (Number(y) + 1) * SCALE; row += 1) {
      for (let column = Number(x) * SCALE; column < (Number(x) + Number(run)) * SCALE; column += 1) {
        const at = (row * width + column) * 4;
        data.fill(0, at, at + 3);
      }
    }
  }
  return decodeQR({ width, height: width, data });
}
