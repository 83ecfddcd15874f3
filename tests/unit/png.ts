import { inflateSync } from 'node:zlib';

/** What a PNG says of itself: its size, and whether its image data inflates to that size. */
export type PngInfo = { width: number; height: number; colorType: number; bitDepth: number };

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bytes per pixel for 8-bit colour types (grey, RGB, palette, grey+alpha, RGBA). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Reads a PNG's chunks (PNG spec, ISO/IEC 15948: signature, IHDR first, IDAT, IEND) and
 * checks the image data inflates to exactly one filter byte plus one row per line: a file
 * cut short or mislabelled fails here rather than in a store's upload form.
 */
export function readPng(file: Buffer): PngInfo {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG (bad signature)');
  let offset = 8;
  let info: PngInfo | undefined;
  const data: Buffer[] = [];
  let ended = false;
  while (offset + 8 <= file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (body.length !== length) throw new Error(`chunk ${type} cut short`);
    if (type === 'IHDR') {
      info = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body[8]!,
        colorType: body[9]!,
      };
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') {
      ended = true;
      break;
    }
    offset += 12 + length; // length, type, body, CRC
  }
  if (!info) throw new Error('no IHDR chunk');
  if (!ended) throw new Error('no IEND chunk');
  const channels = CHANNELS[info.colorType];
  if (info.bitDepth !== 8 || channels === undefined) {
    throw new Error(`unexpected bit depth ${info.bitDepth} / colour type ${info.colorType}`);
  }
  const pixels = inflateSync(Buffer.concat(data));
  const expected = info.height * (1 + info.width * channels);
  if (pixels.length !== expected) {
    throw new Error(`image data is ${pixels.length} bytes, ${expected} expected`);
  }
  return info;
}
