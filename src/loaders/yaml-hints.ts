/**
 * Plain-language advice for the YAML mistakes authors make most, added to the parser's own
 * words ("bad indentation of a mapping entry") when a content file fails to parse.
 * Each rule looks at the line the parser stopped at, and the few before it: js-yaml reports a
 * dash without its space only where the list it broke ends.
 */

/**
 * Advice for the YAML line `line` (the one the parser stopped at), given the lines just before
 * it (`before`, nearest last) and, when known, `line`'s 1-based number in its file (`at`), so
 * advice about an earlier line can name it. Undefined when no rule applies.
 */
export function yamlHint(
  line: string,
  before: readonly string[] = [],
  at?: number,
): string | undefined {
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
  const lines = [...before, line];
  for (let i = lines.length - 1; i >= 0; i--) {
    const dash = /^\s*-(\S.*)$/.exec(lines[i]!);
    if (dash && !/^-/.test(dash[1]!)) {
      // The parser stops where the broken list ends, a line or two below the slip: name its line.
      const where = at === undefined ? '' : ` (line ${String(at - (lines.length - 1 - i))})`;
      return `A list item needs a space after its dash${where}: "- ${dash[1]}", not "-${dash[1]}".`;
    }
  }
  return undefined;
}
