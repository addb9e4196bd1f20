/**
 * Integrity rules behind the Key points box (src/route-data/key-points.ts): its count is "as of"
 * the day the records were last checked, and it links one correction and sits on one explainer.
 */
import type { Corpus } from './entry';
import { fileOf, type IntegrityProblem } from './integrity-problem';

/**
 * No country's step may be dated after the day its records were last checked: the Key points
 * box says "N countries, as of <that day>", which a later step would make false. A partial date
 * counts from its first day, as in `checkFutureDates` (integrity.ts).
 */
export function checkRecordsChecked(corpus: Corpus, checked: string): IntegrityProblem[] {
  return corpus.countries.flatMap((c) =>
    c.data.lifecycle.flatMap((step, i) =>
      step.date.iso > checked.slice(0, step.date.iso.length)
        ? [
            {
              file: fileOf('countries', c),
              field: `lifecycle[${i}].date`,
              message: `is ${step.date.iso}, after ${checked}, the day the records were last checked (recordsChecked in src/settings.ts): check every ally's steps again and move that date`,
            },
          ]
        : [],
    ),
  );
}

/**
 * The Key points box links one correction and sits on one explainer: a second `keyPoint:
 * true` correction or `keyPoints: true` topic would leave which one it means to chance.
 */
export function checkKeyPointFlags(corpus: Corpus): IntegrityProblem[] {
  const flagged = [
    ...corpus.corrections
      .filter((c) => c.data.keyPoint)
      .map((c) => ({ file: fileOf('corrections', c), field: 'keyPoint' })),
    ...corpus.topics
      .filter((tp) => tp.data.keyPoints && tp.data.locale === 'en')
      .map((tp) => ({ file: fileOf('topics', tp), field: 'keyPoints' })),
  ];
  return ['keyPoint', 'keyPoints'].flatMap((field) => {
    const same = flagged.filter((f) => f.field === field);
    return same.length > 1
      ? same.map((f) => ({
          ...f,
          message: `is true in ${same.length} files (${same.map((o) => o.file).join(', ')}); the Key points box can show only one: set it on one`,
        }))
      : [];
  });
}
