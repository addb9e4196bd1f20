/**
 * Chart labels a reader can read: every text label of a chart must be drawn inside the chart and
 * at 11 CSS px or more, at any screen width. SVG text scales with its drawing: a 640-unit-wide
 * `viewBox` shown 343 px wide draws 13 px text at 7 px, and text placed near a drawing's edge is
 * cut off by it. Two kinds of label are measured:
 * - every `<text>` in an `<svg>`, against the `<svg>`'s box, at its computed font size times the
 *   scale the drawing is shown at (from `getScreenCTM`, so transforms and viewBoxes both count);
 * - the HTML text of a chart drawn as HTML (an element with `role="img"` that is not an `<svg>`
 *   or `<img>`), against that element's box, at its computed font size.
 *
 * `measureChartLabels` runs inside the page (Playwright's `page.evaluate`), so it must not refer
 * to anything outside its own body; `findLabelProblems` judges what it measured, in Node.
 */

/** A box in CSS px, relative to the viewport. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One label as drawn. */
export interface LabelMeasurement {
  /** The label's text (trimmed, at most 40 characters). */
  text: string;
  /** The chart it belongs to, described for a person: its accessible name or its tag. */
  chart: string;
  /** `svg` for SVG `<text>`, `html` for text in a chart drawn as HTML. */
  kind: 'svg' | 'html';
  /** The label's drawn box. */
  box: Box;
  /** The box the label must stay inside: its `<svg>`, or its HTML chart. */
  frame: Box;
  /** The computed `font-size` in the label's own units (user units inside an SVG). */
  fontSize: number;
  /** CSS px per unit of the label's coordinate system (1 for HTML text). */
  scale: number;
}

/** Measures every visible chart label on the page as drawn now. */
export function measureChartLabels(): LabelMeasurement[] {
  const boxOf = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const drawn = (r: DOMRect) => r.width > 0 && r.height > 0;
  const nameOf = (el: Element): string => {
    // The chart's accessible name, else its figure's caption, else its tag.
    const img = el.closest('[role="img"]');
    const labelledBy = img?.getAttribute('aria-labelledby');
    const name =
      img?.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
      el.closest('figure')?.querySelector('figcaption')?.textContent ??
      '';
    const short = name.replace(/\s+/g, ' ').trim().slice(0, 50);
    return `<${el.tagName.toLowerCase()}>${short ? ` "${short}"` : ''}`;
  };
  const textOf = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 40);
  const out: LabelMeasurement[] = [];

  for (const text of document.querySelectorAll('svg text')) {
    if (!(text instanceof SVGGraphicsElement)) continue;
    const svg = text.ownerSVGElement;
    // The outermost <svg> is the drawn box that clips (a nested <svg> only positions).
    let outer = svg;
    while (outer?.ownerSVGElement) outer = outer.ownerSVGElement;
    if (!outer || !textOf(text.textContent ?? '')) continue;
    const box = text.getBoundingClientRect();
    const frame = outer.getBoundingClientRect();
    if (!drawn(box) || !drawn(frame) || getComputedStyle(text).visibility !== 'visible') continue;
    const m = text.getScreenCTM();
    // Font size is a length along the text's vertical axis: the CTM's scale, whatever rotation.
    const scale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
    out.push({
      text: textOf(text.textContent ?? ''),
      chart: nameOf(outer),
      kind: 'svg',
      box: boxOf(box),
      frame: boxOf(frame),
      fontSize: parseFloat(getComputedStyle(text).fontSize),
      scale,
    });
  }

  for (const chart of document.querySelectorAll('[role="img"]')) {
    if (chart instanceof SVGElement || chart instanceof HTMLImageElement) continue;
    const frame = chart.getBoundingClientRect();
    if (!drawn(frame)) continue;
    const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // SVG text inside an HTML chart is measured above, against its own <svg>.
      if (!parent || parent instanceof SVGElement || !textOf(node.textContent ?? '')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (!drawn(box) || getComputedStyle(parent).visibility !== 'visible') continue;
      out.push({
        text: textOf(node.textContent ?? ''),
        chart: nameOf(chart),
        kind: 'html',
        box: boxOf(box),
        frame: boxOf(frame),
        fontSize: parseFloat(getComputedStyle(parent).fontSize),
        scale: 1,
      });
    }
  }
  return out;
}

/** The smallest label size a reader should meet, in CSS px. */
export const MIN_LABEL_PX = 11;

/**
 * What is wrong with the measured labels, one sentence per fault: too small, or sticking out of
 * its chart (by more than half a pixel, for rounding).
 */
export function findLabelProblems(
  labels: readonly LabelMeasurement[],
  minPx: number = MIN_LABEL_PX,
): string[] {
  const problems: string[] = [];
  const px = (n: number) => `${Math.round(n * 10) / 10}px`;
  for (const label of labels) {
    const where = `"${label.text}" in ${label.chart}`;
    const rendered = label.fontSize * label.scale;
    if (rendered < minPx - 0.05) {
      const how =
        label.kind === 'svg' && Math.abs(label.scale - 1) > 0.005
          ? ` (${px(label.fontSize)} drawn at a scale of ${Math.round(label.scale * 100) / 100})`
          : '';
      problems.push(`${where} renders at ${px(rendered)}${how}, below ${px(minPx)}`);
    }
    const out = overhang(label.box, label.frame);
    const sides = (Object.keys(out) as (keyof Box)[]).filter((side) => out[side] > 0.5);
    if (sides.length > 0) {
      const detail = sides.map((side) => `${px(out[side])} past the ${side} edge`).join(', ');
      problems.push(`${where} runs outside its chart: ${detail}`);
    }
  }
  return problems;
}

/** How far `box` sticks out of `frame` on each side, in CSS px (0 where it does not). */
export function overhang(box: Box, frame: Box): Box {
  return {
    left: Math.max(0, frame.left - box.left),
    top: Math.max(0, frame.top - box.top),
    right: Math.max(0, box.right - frame.right),
    bottom: Math.max(0, box.bottom - frame.bottom),
  };
}
