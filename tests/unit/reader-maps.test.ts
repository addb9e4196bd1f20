/** The pure parts of the reader tier's map checks (tests/support/reader/maps.ts). */
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  contrastRatio,
  countContrastChanges,
  decodePng,
  faintChanges,
  type Pixels,
} from '../support/reader/maps';

/** Encodes RGBA rows as a PNG, each row with the given filter type (0–4), as an encoder would. */
function encodePng(width: number, rows: number[][], filters: number[], channels = 4): Uint8Array {
  const height = rows.length;
  const stride = width * channels;
  const raw: number[] = [];
  rows.forEach((row, y) => {
    const filter = filters[y] ?? 0;
    raw.push(filter);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = y > 0 ? rows[y - 1]![x]! : 0;
      const c = x >= channels && y > 0 ? rows[y - 1]![x - channels]! : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][
        filter
      ]!;
      raw.push((row[x]! - predictor) & 0xff);
    }
  });
  const chunk = (type: string, body: Uint8Array) => {
    const out = Buffer.alloc(12 + body.length);
    out.writeUInt32BE(body.length, 0);
    out.write(type, 4, 'latin1');
    Buffer.from(body).copy(out, 8);
    return out; // the CRC is left at zero: the decoder does not read it
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(raw))),
    chunk('IEND', new Uint8Array()),
  ]);
}

const image = (pixels: number[][]): Pixels => ({
  width: pixels.length,
  height: 1,
  data: pixels.flat(),
});

describe('decoding a screenshot', () => {
  test('reads every PNG row filter back to the same pixels', () => {
    const rows = [
      [10, 20, 30, 255, 200, 100, 50, 255],
      [11, 22, 33, 255, 0, 255, 128, 255],
      [250, 5, 60, 255, 90, 91, 92, 255],
      [1, 2, 3, 255, 4, 5, 6, 255],
      [255, 255, 255, 255, 0, 0, 0, 255],
    ];
    const decoded = decodePng(encodePng(2, rows, [0, 1, 2, 3, 4]));
    expect(decoded).toEqual({ width: 2, height: 5, data: rows.flat() });
  });

  test('reads RGB without alpha as opaque', () => {
    const decoded = decodePng(encodePng(1, [[9, 8, 7]], [0], 3));
    expect(decoded.data).toEqual([9, 8, 7, 255]);
  });

  test('refuses what is not a PNG', () => {
    expect(() => decodePng(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow('not a PNG');
  });
});

describe('contrast', () => {
  test("follows WCAG's formula: black on white is 21:1, a colour on itself 1:1", () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([11, 79, 138], [11, 79, 138])).toBe(1);
    // The site's ink on its ally blue: too close to show focus by colour alone.
    expect(contrastRatio([0x1c, 0x1b, 0x19], [0x0b, 0x4f, 0x8a])).toBeCloseTo(2.07, 1);
  });

  test('counts only the pixels that changed by at least 3:1', () => {
    const before = image([
      [255, 255, 255, 255],
      [255, 255, 255, 255],
      [11, 79, 138, 255],
    ]);
    const after = image([
      [0, 0, 0, 255], // 21:1
      [200, 200, 200, 255], // about 1.6:1
      [0x1c, 0x1b, 0x19, 255], // about 2.1:1
    ]);
    expect(countContrastChanges(before, after)).toBe(1);
    expect(countContrastChanges(before, after, 2)).toBe(2);
    expect(countContrastChanges(before, after, 1.5)).toBe(3);
  });

  test('refuses images of different sizes', () => {
    expect(() => countContrastChanges(image([[0, 0, 0, 255]]), image([]))).toThrow(
      'images differ in size',
    );
  });
});

test('names each state whose change is smaller than a 1 px line around its target', () => {
  expect(
    faintChanges(
      [
        { name: 'Qatar', changed: 19, needed: 96 },
        { name: 'Brazil', changed: 900, needed: 560 },
        { name: 'Kuwait', changed: 0, needed: 40, missing: 'it does not match :focus-visible' },
      ],
      'focus',
    ),
  ).toEqual([
    'focus on "Qatar" changes 19 px² by 3:1 or more; a 1 px line around it is 96 px²',
    'focus on "Kuwait" is not shown: it does not match :focus-visible',
  ]);
});
