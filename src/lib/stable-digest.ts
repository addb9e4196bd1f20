/**
 * A digest of a value's whole content, the same in every build for the same content: what a
 * page's cache key is made of (src/data/cache-keys.ts). Astro reuses a page from the last build
 * when its key is unchanged, so two values that could render differently must never digest the
 * same. Hence:
 *
 * - everything the value holds goes in: strings, numbers, booleans, `null` and `undefined`, and
 *   inside arrays, plain objects, `Date`, `Map` and `Set`;
 * - order is kept, in objects, maps and sets too: a page that lists an object's entries shows
 *   them in that order, so `{ a, b }` and `{ b, a }` digest differently;
 * - a value it cannot see into throws, naming where it is: a function, a symbol, a class instance
 *   (a `URL`, a `RegExp`, a buffer), a symbol-keyed property, a cycle. Such a value would otherwise
 *   drop out of the key unnoticed, and a page that shows it would never be rebuilt when it changes.
 */
import { createHash, type Hash } from 'node:crypto';

/** Buffered text is handed to the hash in pieces of about this many UTF-16 code units. */
const FLUSH_AT = 1 << 16;

class Digester {
  readonly #hash: Hash = createHash('sha256');
  #pending = '';
  /** The objects being digested, from the root down: a cycle would never end. */
  readonly #open = new Set<object>();

  write(token: string): void {
    this.#pending += token;
    if (this.#pending.length >= FLUSH_AT) this.#flush();
  }

  digest(): string {
    this.#flush();
    return this.#hash.digest('hex');
  }

  #flush(): void {
    // UTF-16 as is: every string, a lone surrogate included, has its own bytes.
    this.#hash.update(this.#pending, 'utf16le');
    this.#pending = '';
  }

  /** A string, prefixed with its length so that no two sequences of tokens run together. */
  text(tag: string, value: string): void {
    this.write(`${tag}${value.length}:`);
    this.write(value);
  }

  value(value: unknown, path: string): void {
    switch (typeof value) {
      case 'undefined':
        return this.write('u');
      case 'boolean':
        return this.write(value ? 't' : 'f');
      case 'number':
        return this.write(`d${Object.is(value, -0) ? '-0' : String(value)};`);
      case 'bigint':
        return this.write(`i${value.toString()};`);
      case 'string':
        return this.text('s', value);
      case 'object':
        return value === null ? this.write('n') : this.object(value, path);
      default:
        throw new TypeError(`stableDigest: cannot see into the ${typeof value} at ${path}`);
    }
  }

  object(value: object, path: string): void {
    if (this.#open.has(value)) {
      throw new TypeError(`stableDigest: ${path} refers back to an object that contains it`);
    }
    this.#open.add(value);
    if (Array.isArray(value)) {
      this.write(`a${value.length}[`);
      // Array.from reads holes as undefined.
      Array.from(value).forEach((item, i) => this.value(item, `${path}[${i}]`));
      this.write(']');
    } else if (value instanceof Date) {
      this.write(`D${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()};`);
    } else if (value instanceof Map) {
      this.write(`M${value.size}{`);
      let i = 0;
      for (const [key, item] of value) {
        this.value(key, `${path} (key ${i})`);
        this.value(item, `${path} (value ${i++})`);
      }
      this.write('}');
    } else if (value instanceof Set) {
      this.write(`S${value.size}{`);
      let i = 0;
      for (const item of value) this.value(item, `${path} (item ${i++})`);
      this.write('}');
    } else {
      this.plainObject(value, path);
    }
    this.#open.delete(value);
  }

  plainObject(value: object, path: string): void {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      const name = (value.constructor as { name?: unknown } | undefined)?.name;
      throw new TypeError(
        `stableDigest: cannot see into the ${typeof name === 'string' && name ? name : 'class instance'} at ${path}; pass plain data`,
      );
    }
    if (Object.getOwnPropertySymbols(value).length > 0) {
      throw new TypeError(`stableDigest: ${path} has symbol-keyed properties, which it cannot see`);
    }
    const keys = Object.keys(value);
    this.write(`o${keys.length}{`);
    for (const key of keys) {
      this.text('k', key);
      this.value((value as Record<string, unknown>)[key], `${path}.${key}`);
    }
    this.write('}');
  }
}

/**
 * The SHA-256 (hex) of everything `value` holds, in order. Throws on what it cannot see into
 * (see above); `label` names the value in that message.
 */
export function stableDigest(value: unknown, label = 'value'): string {
  const digester = new Digester();
  digester.value(value, label);
  return digester.digest();
}
