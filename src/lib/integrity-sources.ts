/**
 * The rule that keeps key events off state media alone: every lifecycle step of every country
 * and every event cites at least one source that is not a state-controlled outlet (a source with
 * `stateMedia`, which covers reposts such as Sputnik via UrduPoint News), unless the entry says
 * `stateMediaOnly: true`, which makes the page tell readers so.
 */
import { fileOf, type IntegrityProblem } from './integrity-problem';
import type { Corpus, Reference, Source } from './entry';
import { byId } from './lookup';

/** Whether a source is from a state-controlled outlet, or a repost of one. */
export function isStateMedia(source: Source | undefined): boolean {
  return source?.data.stateMedia !== undefined;
}

/**
 * Whether every source `refs` names is state media. References to missing sources are left out
 * (they are reported as dangling references); an entry whose every reference dangles is not
 * judged here.
 */
export function citesOnlyStateMedia(
  refs: readonly Reference[],
  sources: Map<string, Source>,
): boolean {
  const known = refs.flatMap((ref) => {
    const source = sources.get(ref.id);
    return source ? [source] : [];
  });
  return known.length > 0 && known.every(isStateMedia);
}

function checkEntry(
  file: string,
  field: string,
  entry: { sources: readonly Reference[]; stateMediaOnly?: true | undefined },
  sources: Map<string, Source>,
): IntegrityProblem[] {
  const only = citesOnlyStateMedia(entry.sources, sources);
  if (only && !entry.stateMediaOnly) {
    const names = entry.sources.map((ref) => ref.id).join(', ');
    return [
      {
        file,
        field: `${field}sources`,
        message: `cites only state media (${names}); add a source that is not a state-controlled outlet or a repost of one, or, if there is none, write \`stateMediaOnly: true\` so the page says so`,
      },
    ];
  }
  if (!only && entry.stateMediaOnly) {
    const independent = entry.sources.find((ref) => !isStateMedia(sources.get(ref.id)));
    return [
      {
        file,
        field: `${field}stateMediaOnly`,
        message: `says every source is state media, but "${independent?.id ?? ''}" is not; remove \`stateMediaOnly\``,
      },
    ];
  }
  return [];
}

/** Every lifecycle step and every event that rests on state media alone without saying so. */
export function checkIndependentSources(corpus: Corpus): IntegrityProblem[] {
  const sources = byId(corpus.sources);
  return [
    ...corpus.countries.flatMap((country) =>
      country.data.lifecycle.flatMap((step, i) =>
        checkEntry(fileOf('countries', country), `lifecycle[${i}].`, step, sources),
      ),
    ),
    ...corpus.events.flatMap((event) =>
      checkEntry(fileOf('events', event), '', event.data, sources),
    ),
  ];
}
