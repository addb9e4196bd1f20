/**
 * `npm run test:style`: the spelling and style check over the prose readers read, in the
 * project's source files (prose.ts says which): content/ (MDX bodies and frontmatter, the prose
 * fields of YAML entries) and the strings of `src/i18n/en.ts`, `es.ts`, `src/settings.ts` and the
 * open data's field descriptions (`src/lib/open-data.ts`).
 * Each text is checked in its own language:
 *
 * - spelling, by cspell with its en-US dictionary, `@cspell/dict-es-es` for Spanish and the
 *   project's word list (`project-words.txt`), from `cspell.config.yaml`;
 * - British spellings are forbidden words (typography.ts, `AMERICAN_SPELLING`);
 * - straight quotes and apostrophes, and internal jargon (typography.ts, `styleProblems`).
 *
 * Quotations (“…”, «…») keep their own spelling, and so do the fields that quote someone else
 * (a source's title, a correction's `before`). Each problem names the file and the field or
 * line. The built pages get the same quote and jargon check (tests/dist/typography.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { lint } from 'cspell';
import { allProse, type Prose } from './prose.ts';
import { AMERICAN_SPELLING, QUOTATION, styleProblems } from './typography.ts';

/** File names readers are shown (`allies.json`): not words. */
const FILE_NAME = /\b[\w-]+\.(?:json|csv|xml|txt)\b/u;

/** One problem, worded for the person who fixes it. */
export interface StyleIssue {
  /** `content/countries/peru.yaml → translations.es.summary` or `content/articles/x.mdx:12`. */
  where: string;
  message: string;
}

/** Where a line of a text is in its file: `file:line` for a body, `file → field` for a field. */
function placeOf(piece: Prose, lineInText: number): string {
  return piece.line === undefined
    ? `${piece.file} → ${piece.where}`
    : `${piece.file}:${piece.line + lineInText}`;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length - 1;
}

/** Straight quotes and jargon in every piece. */
function typographyIssues(prose: readonly Prose[]): StyleIssue[] {
  return prose.flatMap((piece) =>
    styleProblems(piece.text, piece.lang).map((p) => ({
      where: placeOf(piece, lineOf(piece.text, p.index)),
      message: `${p.rule}: ${p.excerpt.trim()}`,
    })),
  );
}

/**
 * Spelling: each language's pieces go into text files under a temporary folder, one file per
 * source file (a body keeps its lines; each field is one line), and cspell checks them with the
 * project's configuration plus the forbidden British spellings and the quotations to skip.
 */
async function spellingIssues(prose: readonly Prose[], configRoot: string): Promise<StyleIssue[]> {
  const dir = mkdtempSync(join(tmpdir(), 'style-check-'));
  try {
    // For each temporary file, what each of its lines is.
    const lines = new Map<string, { piece: Prose; line: number }[]>();
    const texts = new Map<string, string[]>();
    for (const piece of prose) {
      if (piece.quotation) continue;
      const file = join(dir, piece.lang, `${piece.file}.txt`);
      const map = lines.get(file) ?? [];
      const text = texts.get(file) ?? [];
      const pieceLines =
        piece.line === undefined ? [piece.text.replace(/\s+/gu, ' ')] : piece.text.split('\n');
      pieceLines.forEach((l, i) => {
        map.push({ piece, line: i });
        text.push(l);
      });
      lines.set(file, map);
      texts.set(file, text);
    }
    for (const [file, text] of texts) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${text.join('\n')}\n`);
    }
    const config = join(dir, 'cspell.json');
    writeFileSync(
      config,
      JSON.stringify({
        version: '0.2',
        import: [join(configRoot, 'cspell.config.yaml')],
        flagWords: [...AMERICAN_SPELLING].map(([british, american]) => `${british}->${american}`),
        ignoreRegExpList: [`/${QUOTATION.source}/gu`, `/${FILE_NAME.source}/gu`],
        overrides: [{ filename: ['es/**'], language: 'es' }],
      }),
    );
    const issues: StyleIssue[] = [];
    await lint(
      [...texts.keys()],
      {
        config,
        root: dir,
        progress: false,
        summary: false,
        mustFindFiles: false,
        configSearch: false,
      },
      {
        issue: (issue) => {
          const file = issue.uri ? decodeURIComponent(new URL(issue.uri).pathname) : '';
          const at = lines.get(file)?.[issue.row - 1];
          const where = at ? placeOf(at.piece, at.line) : relative(dir, file).split(sep).join('/');
          const language = file.startsWith(join(dir, 'es')) ? 'Spanish' : 'English';
          const word = issue.text;
          const american = AMERICAN_SPELLING.get(word.toLowerCase());
          issues.push({
            where,
            message:
              issue.isFlagged && american
                ? `British spelling “${word}”: write “${american}” (quotations keep their own spelling)`
                : `unknown ${language} word “${word}”: fix it, or add it to project-words.txt if it is a name`,
          });
        },
        info: () => {},
        debug: () => {},
        error: (message, error) => {
          throw new Error(`cspell: ${message}: ${error.message}`);
        },
        result: () => {},
      },
    );
    return issues;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every spelling and style problem in the prose under `root`, checked with `configRoot`'s config. */
export async function checkStyle(root: string, configRoot = root): Promise<StyleIssue[]> {
  const prose = allProse(root);
  const issues = [...typographyIssues(prose), ...(await spellingIssues(prose, configRoot))];
  return issues.sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true }));
}

if (import.meta.main) {
  const root = process.cwd();
  const issues = await checkStyle(root);
  for (const issue of issues) console.log(`${issue.where}: ${issue.message}`);
  if (issues.length > 0) {
    console.log(
      `\n${issues.length} spelling and style problems. \`npm run style:fix\` fixes quotes and British spellings; see README, "Spelling and style".`,
    );
    process.exitCode = 1;
  } else {
    console.log('Spelling and style: no problems.');
  }
}
