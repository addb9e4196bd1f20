/**
 * public/_headers (Netlify / Cloudflare Pages syntax): the security headers every response gets
 * and the long cache on Astro's hashed assets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Parses the _headers format: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!match || !current) throw new Error(`_headers: cannot read the line "${line}"`);
    current.set(match[1]!.toLowerCase(), match[2]!.trim());
  }
  return rules;
}

const rules = parseHeaders(
  readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8'),
);
const all = rules.get('/*') ?? new Map<string, string>();

describe('the response headers', () => {
  test('forbid framing, plugins and foreign form targets in the CSP header', () => {
    const csp = Object.fromEntries(
      (all.get('content-security-policy') ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(csp['frame-ancestors']).toBe("'none'");
    expect(csp['object-src']).toBe("'none'");
    expect(csp['base-uri']).toBe("'self'");
    expect(csp['form-action']).toBe("'self'");
    expect(JSON.stringify(csp)).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  test('send HSTS for at least a year', () => {
    const maxAge = /max-age=(\d+)/.exec(all.get('strict-transport-security') ?? '')?.[1];
    expect(Number(maxAge)).toBeGreaterThanOrEqual(31536000);
  });

  test('stop MIME sniffing, limit referrers and switch off unused browser features', () => {
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const permissions = all.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics']) {
      expect(permissions).toContain(`${feature}=()`);
    }
  });

  test("cache Astro's content-hashed assets for a year, immutably", () => {
    expect(rules.get('/_astro/*')?.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });
});
