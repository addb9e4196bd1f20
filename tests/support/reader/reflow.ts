/**
 * Reflow (WCAG 2.2 SC 1.4.10): at 320 CSS px a page must not scroll sideways, and a table too
 * wide for the screen must scroll inside its own region (role="region", or a named <section>)
 * that a keyboard can reach, that has a name, and that shows it scrolls. The region pattern is Adrian Roselli's "Under-Engineered
 * Responsive Tables" (https://adrianroselli.com/2020/11/under-engineered-responsive-tables.html).
 *
 * `measureReflow` runs inside the page (Playwright's `page.evaluate`), so it must not refer to
 * anything outside its own body.
 */

/** What `measureReflow` found on one page, in CSS px. */
export interface ReflowReport {
  /** How far the page scrolls sideways: `scrollWidth - clientWidth` of the document. */
  overflow: number;
  /** The outermost elements that stick out of the viewport, described for a person. */
  culprits: string[];
  /** Tables that do not fit and are not in a proper scroll region, with what is missing. */
  tables: string[];
}

/** Measures the page as drawn now. Call after the page has loaded at the width under test. */
export function measureReflow(): ReflowReport {
  // A reader may open any disclosure (a chart's data table): measure the page with all open.
  for (const details of document.querySelectorAll('details')) details.open = true;
  const doc = document.scrollingElement ?? document.documentElement;
  const viewport = doc.clientWidth;
  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const width = Math.round(el.getBoundingClientRect().width);
    return `<${el.tagName.toLowerCase()}${id}> "${text}" (${width}px wide)`;
  };
  const scrollsSideways = (el: Element): boolean => {
    const x = getComputedStyle(el).overflowX;
    return x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip';
  };
  const clipped = (el: Element): boolean => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (scrollsSideways(p)) return true;
    }
    return false;
  };
  const culprits: Element[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    // Nothing drawn, or visually hidden for screen readers (Tailwind's sr-only is 1×1 and clipped).
    if (box.width <= 1 || box.height <= 1) continue;
    if (box.right <= viewport + 0.5 && box.left >= -0.5) continue;
    if (clipped(el)) continue;
    if (culprits.some((c) => c.contains(el))) continue;
    culprits.push(el);
  }

  // Text can run out of a box that itself fits (a long word in a large heading).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || clipped(parent)) continue;
    // Visually hidden text (sr-only: a 1×1 clipped box) is not drawn where it would overflow.
    if (parent.getBoundingClientRect().width <= 1) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width <= 1 || (box.right <= viewport + 0.5 && box.left >= -0.5)) continue;
    if (culprits.some((c) => c.contains(parent))) continue;
    culprits.push(parent);
  }

  const tables: string[] = [];
  for (const table of document.querySelectorAll('table')) {
    if (table.getBoundingClientRect().width === 0) continue;
    let region: HTMLElement | null = table.parentElement;
    while (region && region !== document.body && !scrollsSideways(region)) {
      region = region.parentElement;
    }
    const room = region && region !== document.body ? region.clientWidth : viewport;
    if (table.getBoundingClientRect().width <= room + 0.5) continue;
    const name = (table.caption?.textContent ?? '').trim().slice(0, 40) || describe(table);
    if (!region || region === document.body) {
      tables.push(`table "${name}" is wider than the screen and has no scroll region`);
      continue;
    }
    const missing: string[] = [];
    const labelledBy = region.getAttribute('aria-labelledby');
    const label =
      region.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : null);
    // A named <section> is a region landmark; so is any element with role="region".
    const isRegion = region.getAttribute('role') === 'region' || region.tagName === 'SECTION';
    if (!isRegion) missing.push('role="region"');
    if (!label?.trim()) missing.push('an accessible name');
    if (region.tabIndex !== 0) missing.push('tabindex="0"');
    const style = getComputedStyle(region);
    if (!/gradient/.test(style.backgroundImage) || !/local/.test(style.backgroundAttachment)) {
      missing.push('a visible scroll cue (edge shadows)');
    }
    if (missing.length > 0) tables.push(`table "${name}" scrolls but lacks ${missing.join(', ')}`);
  }
  return { overflow: doc.scrollWidth - viewport, culprits: culprits.map(describe), tables };
}
