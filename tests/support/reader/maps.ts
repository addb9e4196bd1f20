/**
 * Maps as a reader meets them, measured in Chromium:
 *
 * - Target size (WCAG 2.2 SC 2.5.8): every link drawn in an SVG is at least 24×24 CSS px, or
 *   the SC's "equivalent" exception holds: a link to the same page nearby (in the map's figure,
 *   or in the element the figure links to, such as the table of allies) meets the criterion
 *   itself, by size or by the SC's spacing rule.
 * - Every such link can be hit: at least half of what is drawn of it is the topmost element
 *   where it is drawn (`document.elementsFromPoint`), not covered by another link.
 * - Focus and hover visibly change the link: comparing screenshots of the link before and after,
 *   the pixels whose colour changed by at least 3:1 cover an area at least as large as a 1 CSS px
 *   line around the link's box (the measure of WCAG 2.2 SC 2.4.13, at half its thickness).
 * - A locator map (`svg[data-locator]`) draws its country inside the frame, its dot on the
 *   country and inside the frame, both in the colour of the country's status.
 *
 * Functions named `measure…Maps`/`measureMapTargets` run inside the page (Playwright's
 * `page.evaluate`), so they must not refer to anything outside their own bodies.
 * `measureTargetStates` drives the page from Playwright; `decodePng`, `contrastRatio`,
 * `countContrastChanges` and `faintChanges` are pure.
 */
import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** WCAG 2.2 SC 2.5.8's minimum target size, in CSS px. */
export const MIN_TARGET = 24;

/** What `measureMapTargets` found on one page. */
export interface MapTargetReport {
  /** How many links drawn in SVG the page has, as drawn now (hidden ones excluded). */
  targets: number;
  /** Each target that fails, described for a person. */
  problems: string[];
  /**
   * Where each link drawn in SVG can be hit, relative to its box's top-left corner, in page
   * order (null when hidden or covered everywhere).
   */
  hits: ({ x: number; y: number } | null)[];
}

/**
 * Measures every link drawn in an SVG on the page: its size, an equivalent link when it is
 * small, and whether a pointer can reach it. Scrolls each into the middle of the window first,
 * so `elementsFromPoint` can see it.
 */
export function measureMapTargets(): MapTargetReport {
  const MIN = 24;
  const INTERACTIVE =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const nameOf = (el: Element): string =>
    (el.getAttribute('aria-label') ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 50);
  const hrefOf = (el: Element): string | null => {
    const raw = el.getAttribute('href');
    if (raw === null) return null;
    try {
      return new URL(raw, document.baseURI).href;
    } catch {
      return raw; // a page with no address of its own (about:blank)
    }
  };
  const px = (n: number) => Math.round(n * 10) / 10;
  // checkVisibility() also rules out the inside of a closed <details>, which still has a box.
  const visible = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true });
  };
  const isSmall = (box: DOMRect) => box.width < MIN - 0.01 || box.height < MIN - 0.01;

  /** SC 2.5.8's spacing test: a 24 px circle on the target's centre touches no other target. */
  const spacedApart = (el: Element, others: readonly Element[]): string | null => {
    const box = el.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    for (const other of others) {
      if (other === el || other.contains(el) || el.contains(other)) continue;
      const o = other.getBoundingClientRect();
      const dx = Math.max(o.left - cx, 0, cx - o.right);
      const dy = Math.max(o.top - cy, 0, cy - o.bottom);
      if (Math.hypot(dx, dy) < MIN / 2) return `"${nameOf(other)}" is within 12 px of its centre`;
      const ox = o.left + o.width / 2;
      const oy = o.top + o.height / 2;
      if (isSmall(o) && Math.hypot(ox - cx, oy - cy) < MIN) {
        return `the small target "${nameOf(other)}" is within 24 px of it`;
      }
    }
    return null;
  };

  const interactive = [...document.querySelectorAll(INTERACTIVE)].filter(visible);
  const links = [...document.querySelectorAll('svg a[href]')];
  const problems: string[] = [];
  const hits: MapTargetReport['hits'] = [];
  for (const target of links) {
    if (!visible(target)) {
      hits.push(null);
      continue;
    }
    const name = nameOf(target);
    target.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const box = target.getBoundingClientRect();

    // A pointer reaches the target where the topmost element belongs to it. Sample where the
    // target is drawn (on a grid of at most about 400 points) and count how much of it is
    // reachable: a sliver left beside another dot is no target.
    const coverers = new Set<string>();
    let hit: { x: number; y: number } | null = null;
    let drawn = 0;
    let reached = 0;
    const step = Math.max(
      0.5,
      Math.min(box.width, box.height) / 10,
      Math.sqrt((box.width * box.height) / 400),
    );
    for (let y = box.top + step / 2; y < box.bottom; y += step) {
      for (let x = box.left + step / 2; x < box.right; x += step) {
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        const stack = document.elementsFromPoint(x, y);
        if (!stack.some((el) => el !== target && target.contains(el))) continue;
        drawn++;
        const top = stack[0]!;
        if (top.closest('a') === target) {
          reached++;
          hit ??= { x: px(x - box.left), y: px(y - box.top) };
        } else {
          const by = top.closest('a, button') ?? top;
          coverers.add(nameOf(by) ? `"${nameOf(by)}"` : `<${by.tagName.toLowerCase()}>`);
        }
      }
    }
    hits.push(hit);
    const by = coverers.size > 0 ? `: the rest is covered by ${[...coverers].join(', ')}` : '';
    if (!hit) {
      problems.push(
        `"${name}" cannot be hit by a pointer anywhere${by.replace('the rest is ', '')}`,
      );
    } else if (reached < drawn / 2) {
      const share = Math.round((100 * reached) / drawn);
      problems.push(`only ${share}% of "${name}" can be hit by a pointer${by}`);
    }

    if (!isSmall(box)) continue;
    // The SC's "equivalent" exception: a link to the same place nearby that meets the SC.
    const figure = target.closest('figure') ?? target.closest('svg');
    const scopes: Element[] = figure ? [figure] : [];
    for (const link of figure?.querySelectorAll('a[href^="#"]') ?? []) {
      const pointed = document.getElementById(
        decodeURIComponent(link.getAttribute('href')!.slice(1)),
      );
      if (pointed) scopes.push(pointed);
    }
    const href = hrefOf(target);
    const candidates = scopes.flatMap((scope) =>
      [...scope.querySelectorAll('a[href]')].filter(
        (a) => !a.closest('svg') && hrefOf(a) === href && visible(a),
      ),
    );
    const reasons: string[] = [];
    const equivalent = candidates.find((a) => {
      if (!isSmall(a.getBoundingClientRect())) return true;
      const crowded = spacedApart(a, interactive);
      if (crowded) reasons.push(crowded);
      return crowded === null;
    });
    if (equivalent) continue;
    const size = `${px(box.width)}×${px(box.height)} px`;
    problems.push(
      candidates.length === 0
        ? `"${name}" is ${size} and has no visible link to the same page nearby`
        : `"${name}" is ${size} and its nearby link to the same page is small and crowded (${reasons.join('; ')})`,
    );
  }
  return { targets: links.filter(visible).length, problems, hits };
}

/** What `measureLocatorMaps` found on one page. */
export interface LocatorReport {
  /** How many locator maps (`svg[data-locator]`) the page draws. */
  locators: number;
  problems: string[];
}

/**
 * Checks every locator map: the country's shape has real area inside the frame, the dot's centre
 * is inside the frame and on the country's box, and both are painted in `colour`, a CSS colour
 * such as `var(--color-ally-revoked)` (the world map legend's colour for the country's status).
 */
export function measureLocatorMaps(colour: string): LocatorReport {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const expected = getComputedStyle(probe).color;
  probe.remove();
  const problems: string[] = [];
  const maps = [...document.querySelectorAll('svg[data-locator]')];
  maps.forEach((svg, i) => {
    const where = `locator map ${i + 1}`;
    const frame = svg.getBoundingClientRect();
    const country = svg.querySelector('[data-locator-part="country"]');
    const dot = svg.querySelector('[data-locator-part="marker"]');
    if (!country || !dot) {
      problems.push(`${where} has no ${country ? 'dot' : 'country shape'}`);
      return;
    }
    const c = country.getBoundingClientRect();
    const w = Math.min(c.right, frame.right) - Math.max(c.left, frame.left);
    const h = Math.min(c.bottom, frame.bottom) - Math.max(c.top, frame.top);
    if (!(w >= 1 && h >= 1 && w * h >= 4)) {
      problems.push(
        `${where}: the country's shape (${Math.round(c.width)}×${Math.round(c.height)} px at ${Math.round(c.left - frame.left)},${Math.round(c.top - frame.top)}) is not inside the ${Math.round(frame.width)}×${Math.round(frame.height)} px frame`,
      );
    }
    const d = dot.getBoundingClientRect();
    const x = d.left + d.width / 2;
    const y = d.top + d.height / 2;
    const inside = (r: DOMRect, slack: number) =>
      x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack;
    if (!inside(frame, 0)) {
      problems.push(
        `${where}: the dot's centre (${Math.round(x - frame.left)},${Math.round(y - frame.top)}) is outside the frame`,
      );
    } else if (!inside(c, 1)) {
      problems.push(`${where}: the dot is not on the country`);
    }
    for (const [part, el] of [
      ['country', country],
      ['dot', dot],
    ] as const) {
      const fill = getComputedStyle(el).fill;
      if (fill !== expected) {
        problems.push(
          `${where}: the ${part} is painted ${fill}, not the status colour ${expected}`,
        );
      }
    }
  });
  return { locators: maps.length, problems };
}

/** A decoded image: RGBA bytes, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: number[];
}

/**
 * Decodes a PNG as Chromium writes screenshots: 8 bits per channel, RGB or RGBA, not interlaced.
 * Throws on anything else.
 */
export function decodePng(png: Uint8Array): Pixels {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const chunks: Uint8Array[] = [];
  for (let at = 8; at + 8 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}`);
      }
    } else if (type === 'IDAT') {
      chunks.push(body);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][
        filter ?? 0
      ];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      rows[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  const data = new Array<number>(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let k = 0; k < 4; k++) data[i * 4 + k] = k < channels ? rows[i * channels + k]! : 255;
  }
  return { width, height, data };
}

/** WCAG's contrast ratio between two sRGB colours given as 0–255 channels. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const luminance = ([r = 0, g = 0, bl = 0]: readonly number[]) => {
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** How many pixels differ between two same-sized images by at least `ratio` in contrast. */
export function countContrastChanges(before: Pixels, after: Pixels, ratio = 3): number {
  if (before.width !== after.width || before.height !== after.height) {
    throw new Error(
      `images differ in size: ${before.width}×${before.height} and ${after.width}×${after.height}`,
    );
  }
  let changed = 0;
  for (let i = 0; i < before.data.length; i += 4) {
    const a = before.data.slice(i, i + 3);
    const b = after.data.slice(i, i + 3);
    if (contrastRatio(a, b) >= ratio) changed++;
  }
  return changed;
}

/** How the focused or hovered state of one target compares with its resting state. */
export interface StateChange {
  name: string;
  /** Pixels that changed by at least 3:1, in CSS px². */
  changed: number;
  /** The area asked for: a 1 CSS px line around the target's box, in CSS px². */
  needed: number;
  /** Why nothing could change, when the state was not reached at all. */
  missing?: string;
}

/**
 * Screenshots each SVG link at rest, with keyboard focus and under the pointer, and counts the
 * pixels that changed by at least 3:1 (the area around the box that an outline could use is
 * included). `hits` (from `measureMapTargets`) says where the pointer can reach each target; a
 * target no pointer reaches is not hovered.
 */
export async function measureTargetStates(
  page: Page,
  hits: MapTargetReport['hits'],
): Promise<{ focus: StateChange[]; hover: StateChange[] }> {
  const MARGIN = 8;
  const targets = page.locator('svg a[href]');
  const count = await targets.count();
  const scale = await page.evaluate(() => devicePixelRatio);
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const focus: StateChange[] = [];
  const hover: StateChange[] = [];
  // Chromium shows :focus-visible for programmatic focus once the reader has used the keyboard.
  await page.keyboard.press('Tab');
  for (let i = 0; i < count; i++) {
    const target = targets.nth(i);
    // The box `measureMapTargets` measured hits against (Playwright's boundingBox() includes
    // an SVG shape's stroke, so it differs).
    const box = await target.evaluate((el) => {
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height };
    });
    if (box.width === 0 || box.height === 0) continue;
    const name = (await target.getAttribute('aria-label')) ?? `link ${i + 1}`;
    const x = Math.max(0, Math.floor(box.x - MARGIN));
    const y = Math.max(0, Math.floor(box.y - MARGIN));
    const clip = {
      x,
      y,
      width: Math.min(viewport.width, Math.ceil(box.x + box.width + MARGIN)) - x,
      height: Math.min(viewport.height, Math.ceil(box.y + box.height + MARGIN)) - y,
    };
    const needed = 2 * (box.width + box.height);
    const shot = async () => decodePng(await page.screenshot({ clip, animations: 'disabled' }));
    const area = (before: Pixels, after: Pixels) =>
      countContrastChanges(before, after) / (scale * scale);

    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const rest = await shot();
    await target.focus();
    const visibleFocus = await target.evaluate((el) => el.matches(':focus-visible'));
    focus.push(
      visibleFocus
        ? { name, changed: area(rest, await shot()), needed }
        : { name, changed: 0, needed, missing: 'it does not match :focus-visible' },
    );
    await target.evaluate((el) => (el as SVGAElement).blur());
    const at = hits[i];
    if (at) {
      await page.mouse.move(box.x + at.x, box.y + at.y);
      hover.push({ name, changed: area(rest, await shot()), needed });
      await page.mouse.move(0, 0);
    }
  }
  return { focus, hover };
}

/** The states in `changes` whose change is too small to see, described for a person. */
export function faintChanges(changes: readonly StateChange[], state: string): string[] {
  return changes
    .filter((c) => c.changed < c.needed)
    .map(
      (c) =>
        `${state} on "${c.name}" ${c.missing ? `is not shown: ${c.missing}` : `changes ${Math.round(c.changed)} px² by 3:1 or more; a 1 px line around it is ${Math.round(c.needed)} px²`}`,
    );
}
