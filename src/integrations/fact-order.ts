/**
 * A Sätteri mdast plugin for MDX (Astro 7's default Markdown processor): numbers every `<Fact>`
 * of a body in reading order (attribute `n`, from 0), so each can look up its footnote number
 * and whether it prints its date in the page's citation plan (`citeLongform` in
 * src/lib/footnotes.ts, handed over on `Astro.locals.longform`). `<Fact>` checks that the
 * plan's entry at its position names the same fact, so the two can never silently disagree.
 * https://satteri.bruits.org/docs/
 */
import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';

type MdastContext = Parameters<NonNullable<MdastPluginDefinition['paragraph']>>[1];

/** A fresh plugin per document: Sätteri calls the factory once per compile. */
export function factOrder(): MdastPluginDefinition {
  let n = 0;
  const number = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>, ctx: MdastContext) => {
    if (node.name !== 'Fact') return;
    // Sätteri lets a plugin replace a JSX node but not set its attributes; <Fact> has no children.
    ctx.replaceNode(node, {
      type: node.type,
      name: node.name,
      attributes: [
        ...node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'n'),
        { type: 'mdxJsxAttribute', name: 'n', value: String(n++) },
      ],
      children: [],
    } as MdxJsxTextElement);
  };
  return { name: 'fact-order', mdxJsxFlowElement: number, mdxJsxTextElement: number };
}
