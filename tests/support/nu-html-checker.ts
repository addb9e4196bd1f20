/**
 * The W3C Nu HTML Checker (vnu.jar, from the vnu-jar package), run once over a list of files,
 * its JSON report read into messages that name the file, the line and the problem.
 *
 * Needs Java 17 or later as `java` on the PATH (Debian's default-jre-headless; .ci/run installs
 * it). The package's own launcher would download a JDK when none is found; this runs the jar
 * with the system's Java instead, so a test never fetches anything.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The checker's jar, as the vnu-jar package ships it. */
export const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** One message of the checker's report. */
export interface NuMessage {
  /** The checked file (absolute path), or '' for a message about no document. */
  file: string;
  /** 'error' (an HTML error, or a file the checker could not read), 'warning' or 'info'. */
  kind: 'error' | 'warning' | 'info';
  /** Where the problem starts, counted from 1. */
  line: number;
  column: number;
  message: string;
  /** The markup the message points at, as the checker highlights it. */
  markup: string;
}

/** A message as vnu's `--format json` writes it. */
interface VnuJsonMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message?: string;
  extract?: string;
  hiliteStart?: number;
  hiliteLength?: number;
}

/** Reads vnu's JSON report (`{"messages": [...]}`) into messages. */
export function parseNuReport(json: string): NuMessage[] {
  const report = JSON.parse(json) as { messages?: VnuJsonMessage[] };
  return (report.messages ?? []).map((m) => {
    const line = m.firstLine ?? m.lastLine ?? 0;
    const extract = m.extract ?? '';
    return {
      file: m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? ''),
      kind: m.type === 'info' ? (m.subType === 'warning' ? 'warning' : 'info') : 'error',
      line,
      column: m.firstColumn ?? m.lastColumn ?? 0,
      message: m.message ?? '(no message)',
      markup:
        m.hiliteStart === undefined
          ? extract
          : extract.slice(m.hiliteStart, m.hiliteStart + (m.hiliteLength ?? 0)),
    };
  });
}

/**
 * Warnings the checker gives about things browsers do allow, each with the reason. Its
 * Content Security Policy check (new in 2025) is the source of both; Chromium applies the same
 * policy in tests/e2e/accessibility.spec.ts, whose light-theme run fails on any CSP violation.
 */
const FALSE_POSITIVES: readonly { why: string; matches: (m: NuMessage) => boolean }[] = [
  {
    // https://github.com/validator/validator/issues/2062: checking a file, the checker has no
    // origin to match 'self' against, so a same-origin stylesheet or script ("/_astro/…")
    // looks blocked although the policy lists 'self'.
    why: "'self' never matches a local file's resources",
    matches: (m) =>
      /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/(?!\/)/.test(
        m.message,
      ),
  },
  {
    // A <script type="application/ld+json"> is a data block: browsers never run it, so
    // script-src does not apply (HTML's "prepare the script element" returns before the CSP
    // check). The checker treats every <script> without src as inline JavaScript.
    why: 'JSON-LD is data, not a script',
    matches: (m) =>
      m.message.startsWith('Inline script violates Content Security Policy') &&
      /^<script type="application\/ld\+json"/.test(m.markup),
  },
];

/** True for a warning that is the checker's mistake, not the page's (see FALSE_POSITIVES). */
export function isKnownFalsePositive(m: NuMessage): boolean {
  return m.kind === 'warning' && FALSE_POSITIVES.some((f) => f.matches(m));
}

/** `es/search/index.html:1:11725: error: Stray start tag “script”. [<script type="module">]` */
export function formatNuMessage(m: NuMessage, root: string): string {
  const where = m.file ? relative(root, m.file).split(sep).join('/') : '(no file)';
  const markup = m.markup
    ? ` [${m.markup.length > 80 ? `${m.markup.slice(0, 77)}...` : m.markup}]`
    : '';
  return `${where}:${m.line}:${m.column}: ${m.kind}: ${m.message}${markup}`;
}

/**
 * Runs the checker once over the given HTML files (one Java start-up for all of them) and
 * returns every message, false positives included. `java` names the Java command.
 */
export async function runNuChecker(
  files: readonly string[],
  { java = 'java' }: { java?: string } = {},
): Promise<NuMessage[]> {
  if (files.length === 0) return [];
  const args = [
    // One short run: the quick compiler alone halves the CPU time (2.5 s instead of 5 s for 73
    // pages), which counts on a 2-core CI machine. Its stack frames are bigger, and the checker
    // overflows the default 1 MB stack while it loads its schema (it needs 1.2 MB here), so give
    // it room.
    '-XX:TieredStopAtLevel=1',
    '-Xss4m',
    '-jar',
    VNU_JAR,
    '--format',
    'json',
    '--stdout',
    '--exit-zero-always',
    ...files,
  ];
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(java, args, { maxBuffer: 256 * 1024 * 1024 }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `The Nu HTML Checker needs Java 17 or later, and "${java}" was not found: install ` +
          "Debian's default-jre-headless (.ci/run does when java is missing).",
        { cause: error },
      );
    }
    throw error;
  }
  try {
    return parseNuReport(stdout);
  } catch (error) {
    throw new Error(`The Nu HTML Checker did not write a JSON report:\n${stdout.slice(0, 2000)}`, {
      cause: error,
    });
  }
}
