/**
 * Fixes where satori 0.63 draws a glyph that text shaping moved up or down, run by npm after each
 * install (`postinstall` in package.json); run it again with `npm run postinstall`.
 *
 * HarfBuzz gives a glyph's vertical offset in font units, upwards; satori adds it to a y that grows
 * downwards (`gY = cursorY + shapedGlyph.dy * scale` in its src/font.ts), so a mark that should
 * go down goes up as far. In Noto Sans Arabic every dot is such a mark: ق lost its dots and read
 * as و ("قطر" as "وطر"), and ي became ى. The fix subtracts the offset. Latin, Cyrillic, Greek, CJK
 * and the Devanagari tested drew the same before and after; tests/unit/og-render.test.ts checks
 * that the dots of ي are under it.
 *
 * It edits the one expression in each of satori's bundles and says so; it does nothing to a
 * bundle already fixed, and stops the install if a bundle no longer has the expression (a satori
 * upgrade: check whether it fixed the bug, then change or remove this patch).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** satori's minified `let gX=cursorX+g.dx*scale,gY=cursorY+g.dy*scale,` (names vary by bundle). */
const BUGGY = /let (\w+)=(\w+)\+(\w+)\.dx\*(\w+),(\w+)=(\w+)\+\3\.dy\*\4,/g;
const FIXED = /let (\w+)=(\w+)\+(\w+)\.dx\*(\w+),(\w+)=(\w+)-\3\.dy\*\4,/g;

/** satori's bundles that draw text. */
export const BUNDLES = [
  'index.js',
  'index.cjs',
  'standalone.js',
  'standalone.cjs',
  'experimental.js',
  'experimental.cjs',
];

/**
 * A bundle's code with the vertical offset subtracted, and whether it changed. Throws when the
 * code has neither the buggy nor the fixed expression exactly once.
 */
export function fixGlyphOffsets(code: string, bundle: string): { code: string; changed: boolean } {
  const buggy = code.match(BUGGY)?.length ?? 0;
  const fixed = code.match(FIXED)?.length ?? 0;
  if (buggy === 0 && fixed === 1) return { code, changed: false };
  if (buggy !== 1 || fixed !== 0) {
    throw new Error(
      `satori's ${bundle} no longer places glyph offsets as src/og/satori-patch.ts expects (found the expression ${buggy} times, the fixed one ${fixed}): check whether satori fixed vertical glyph offsets, then update or remove the patch.`,
    );
  }
  return { code: code.replace(BUGGY, 'let $1=$2+$3.dx*$4,$5=$6-$3.dy*$4,'), changed: true };
}

/** Patches the installed satori; returns the bundles it changed. */
export function patchSatori(root = process.cwd()): string[] {
  const dist = join(
    dirname(createRequire(join(root, 'package.json')).resolve('satori/package.json')),
    'dist',
  );
  const changed: string[] = [];
  for (const bundle of BUNDLES) {
    const path = join(dist, bundle);
    const result = fixGlyphOffsets(readFileSync(path, 'utf8'), bundle);
    if (result.changed) {
      writeFileSync(path, result.code);
      changed.push(bundle);
    }
  }
  return changed;
}

if (import.meta.main) {
  const changed = patchSatori();
  console.log(
    changed.length > 0
      ? `satori: fixed vertical glyph offsets in ${changed.join(', ')} (src/og/satori-patch.ts)`
      : 'satori: vertical glyph offsets already fixed (src/og/satori-patch.ts)',
  );
}
