import { readFileSync } from 'node:fs';
import { allProse, mdxProseSpans, yamlScalars, tsStrings } from './prose.ts';
const src = readFileSync('content/articles/colombia-major-non-nato-ally.mdx', 'utf8');
const spans = mdxProseSpans(src);
console.log(
  spans
    .slice(0, 8)
    .map((s) => JSON.stringify(src.slice(s.start, s.end).slice(0, 80)))
    .join('\n'),
);
const y = readFileSync('content/countries/thailand.yaml', 'utf8');
for (const s of yamlScalars(y, 'en'))
  console.log(
    s.path,
    s.kind,
    s.lang,
    JSON.stringify(y.slice(s.span.start, s.span.end).slice(0, 60)),
  );
const c = readFileSync('content/corrections/colombia-major-non-nato-ally-2022-03-10.yaml', 'utf8');
for (const s of yamlScalars(c, 'en'))
  console.log(
    s.path,
    s.kind,
    s.lang,
    JSON.stringify(c.slice(s.span.start, s.span.end).slice(0, 60)),
  );
const e = readFileSync('src/settings.ts', 'utf8');
for (const s of tsStrings('src/settings.ts', e))
  console.log(s.path, s.lang, e.slice(s.span.start, s.span.end));
const p = allProse('.');
console.log(p.length, p.filter((x) => x.file.endsWith('es.ts')).slice(0, 5));
