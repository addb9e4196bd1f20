/**
 * A content file's YAML, written from its collection's editor schema (.vscode/schemas/, whose
 * descriptions are the `.describe()` of src/schemas): every field in the schema's order, each
 * documented by a comment above it, and the optional ones left out shown commented out, so an
 * author sees every field a file may have without leaving it. Used by `npm run new`.
 */
import { CORE_SCHEMA, dump } from 'js-yaml';

/** The part of a JSON Schema the template reads. */
export interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  default?: unknown;
}

/** A value with a remark for the author beside it: `region: africa # TODO: choose`. */
export class Remarked {
  // Fields spelt out: Node runs this file as is, and strips types only (no parameter properties).
  readonly value: unknown;
  readonly remark: string;
  constructor(value: unknown, remark: string) {
    this.value = value;
    this.remark = remark;
  }
}

/** An optional field shown commented out, with an example value, for the author to enable. */
export class Example {
  readonly value: unknown;
  constructor(value: unknown) {
    this.value = value;
  }
}

/** A field not to show at all (a field that would be wrong in this file, not merely unset). */
export const OMIT = Symbol('omit');

/** A field's value: written out, with a remark, as an example commented out, or omitted. */
export type FieldValue = Remarked | Example | typeof OMIT | unknown;

const WIDTH = 100;

/** `text` as comment lines at `indent`, wrapped to the line width Prettier keeps for code. */
function comment(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + 2 + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
}

/** What a field holds, whether it may be left out, and the values a closed list allows. */
function documentation(schema: JsonSchema, required: boolean): string {
  const parts = [schema.description ?? ''];
  const values = schema.enum ?? schema.items?.enum;
  if (values) parts.push(`One of: ${values.join(' | ')}.`);
  if (!required && !/optional/i.test(schema.description ?? '')) parts.push('Optional.');
  return parts.join(' ').trim();
}

/** A scalar or a list of scalars in YAML's flow style, quoted only where YAML needs it. */
function scalar(value: unknown): string {
  // A date-time is quoted by this site's convention (README, "Adding content").
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return `'${value}'`;
  return dump(value, { schema: CORE_SCHEMA, flowLevel: 0, lineWidth: -1 }).trimEnd();
}

/** An example for an optional field nobody filled in: its default, a list's first value, … */
function exampleOf(schema: JsonSchema): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'boolean') return false;
  if (schema.type === 'array') return [];
  if (schema.type === 'object' && schema.properties) {
    return Object.fromEntries(
      (schema.required ?? []).map((key) => [key, exampleOf(schema.properties?.[key] ?? {})]),
    );
  }
  return 'TODO';
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The lines of a mapping's fields at `indent`; `documented` adds each field's comment. */
function mapping(
  schema: JsonSchema,
  values: Record<string, FieldValue>,
  indent: string,
  documented: boolean,
): string[] {
  const known = Object.keys(schema.properties ?? {});
  const unknown = Object.keys(values).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new Error(`the schema has no field ${unknown.join(', ')}`);
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const required = schema.required?.includes(name) ?? false;
    const value = values[name];
    if (value === OMIT) return [];
    const docs = documented ? comment(documentation(field, required), indent) : [];
    if (value === undefined && required) throw new Error(`no value for the required "${name}"`);
    if (value === undefined || value instanceof Example) {
      if (!documented) return [];
      const example = value instanceof Example ? value.value : exampleOf(field);
      return [
        ...docs,
        ...entry(name, field, example, indent).map((l) => `${indent}# ${l.slice(indent.length)}`),
      ];
    }
    return [...docs, ...entry(name, field, value, indent)];
  });
}

/** One field's lines, at `indent`, without its comment. */
function entry(name: string, schema: JsonSchema, value: unknown, indent: string): string[] {
  const item = schema.items;
  if (Array.isArray(value) && value.some(isPlainObject) && item) {
    return [
      `${indent}${name}:`,
      ...value.flatMap((v) => listItem(item, v as Record<string, unknown>, `${indent}  `)),
    ];
  }
  if (isPlainObject(value) && schema.properties) {
    const inner = mapping(schema, value, `${indent}  `, false);
    return inner.length > 0 ? [`${indent}${name}:`, ...inner] : [`${indent}${name}: {}`];
  }
  if (value instanceof Remarked)
    return [`${indent}${name}: ${scalar(value.value)} # ${value.remark}`];
  return [`${indent}${name}: ${scalar(value)}`];
}

/** A list item's fields, documented, its first field behind the dash at `indent`. */
function listItem(schema: JsonSchema, values: Record<string, unknown>, indent: string): string[] {
  const lines = mapping(schema, values, `${indent}  `, true);
  const first = lines.findIndex((l) => !l.trimStart().startsWith('#'));
  return lines.map((line, i) => {
    if (i < first) return `${indent}${line.trimStart()}`;
    return i === first ? `${indent}- ${line.trimStart()}` : line;
  });
}

/** The YAML of an entry: `values` for the fields to fill, examples for the others. */
export function entryYaml(schema: JsonSchema, values: Record<string, FieldValue>): string {
  return `${mapping(schema, values, '', true).join('\n')}\n`;
}
