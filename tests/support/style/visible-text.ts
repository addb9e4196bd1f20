/**
 * The text a reader reads on a built page, by language: every text node of the body and the
 * `<title>`, outside code (`code`, `pre`, `kbd`, `samp`), scripts (JSON-LD included), styles and
 * templates. Attributes are not text. Each piece carries the language of its nearest `lang`.
 */
import type { HTMLElement, Node } from 'node-html-parser';
import type { Lang } from './typography.ts';

/** Elements whose text is code or data, not prose. */
const NOT_PROSE = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp']);

/** A run of text as a reader sees it, in its language (`undefined`: neither English nor Spanish). */
export interface VisibleText {
  text: string;
  lang: Lang | undefined;
}

function langOf(tag: string | null | undefined, inherited: Lang | undefined): Lang | undefined {
  if (tag === null || tag === undefined) return inherited;
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'es' || tag.startsWith('es-')) return 'es';
  return undefined;
}

/** The visible text of a parsed page, one piece per text node, in document order. */
export function visibleText(root: HTMLElement): VisibleText[] {
  const html = root.querySelector('html');
  const pageLang = langOf(html?.getAttribute('lang') ?? 'en', 'en');
  const out: VisibleText[] = [];
  const walk = (node: Node, lang: Lang | undefined) => {
    if (node.nodeType === 3) {
      const text = node.text;
      if (text.trim()) out.push({ text, lang });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    if (NOT_PROSE.has(el.tagName?.toLowerCase() ?? '')) return;
    const own = langOf(el.getAttribute('lang'), lang);
    for (const child of el.childNodes) walk(child, own);
  };
  const title = root.querySelector('head title');
  if (title) walk(title, pageLang);
  const body = root.querySelector('body');
  if (body) walk(body, pageLang);
  return out;
}
