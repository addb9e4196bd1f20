/**
 * Plain-language advice for the YAML mistakes authors make most, added to the parser's own
 * words ("bad indentation of a mapping entry") when a content file fails to parse.
 * Each rule looks at the line the parser stopped at, and the few before it: js-yaml reports a
 * dash without its space only where the list it broke ends.
 */

/**
 * Advice for the YAML line `line` (the one the parser stopped at), given the lines just before
 * it (`before`, nearest last), or undefined when no rule applies.
 */
export function yamlHint(line: string, before: readonly string[] = []): string | undefined {
  if ([line, ...before.slice(-1)].some((l) => l.includes('\t'))) {
    return 'YAML does not allow tab characters for indentation: indent with spaces (two per level).';
  }
  const value = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):\s+(.*)$/.exec(line);
  if (value && !/^["'|>[{]/.test(value[2]!) && /:\s/.test(value[2]!)) {
    const [, key, text] = value;
    const quoted = text!.replace(/"/g, '\\"');
    const shown = quoted.length > 50 ? `${quoted.slice(0, 50)}…` : quoted;
    return `The value of "${key}" contains ": ", which YAML reads as the start of another field. Put the whole value in double quotes: ${key}: "${shown}"`;
  }
  for (const candidate of [line, ...before].reverse()) {
    const dash = /^\s*-(\S.*)$/.exec(candidate);
    if (dash && !/^-/.test(dash[1]!)) {
      return `A list item needs a space after its dash: "- ${dash[1]}", not "-${dash[1]}".`;
    }
  }
  return undefined;
}
