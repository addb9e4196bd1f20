/**
 * Where a V8 CPU profile spent its time (`npm run bench:profile -- <file.cpuprofile>`): self time
 * summed by source file (this project's files by path, packages by name) and by function, the
 * heaviest first, as a Markdown table. Used to say which part of the stack holds a build or the
 * dev server back (issue 16); profiles come from `node --cpu-prof` or `npm run bench:dev --
 * --profile <dir>`.
 *
 * Self time is a sample's own frame: time in a callee counts for the callee. Files under
 * node_modules are grouped by package (`astro`, `@astrojs/mdx`, `pagefind`), the project's by path.
 *
 *   npm run bench:profile -- /tmp/prof/CPU.20261201.cpuprofile --top 30
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The group a script URL belongs to: a package name, a project path, or what V8 calls it. */
export function groupOf(url: string): string {
  if (!url) return '(native or idle)';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? path);
  }
  const src = path.search(/\/(?:src|tests)\//);
  return src >= 0 ? path.slice(src + 1) : path.startsWith('node:') ? path : path;
}

/** Self time in ms by group and by function (`name (group)`), from a profile's samples. */
export function selfTimes(profile: Profile): {
  total: number;
  byGroup: Map<string, number>;
  byFunction: Map<string, number>;
} {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byGroup = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = nodes.get(id);
    if (!node) return;
    total += ms;
    const group = groupOf(node.callFrame.url);
    const fn = frameName(node);
    byGroup.set(group, (byGroup.get(group) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  });
  return { total, byGroup, byFunction };
}

/** A frame's name as the tables print it: `name (group:line)`, or V8's own name. */
function frameName(node: ProfileNode): string {
  const name = node.callFrame.functionName || '(anonymous)';
  return node.callFrame.url
    ? `${name} (${groupOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1})`
    : name;
}

/**
 * Total (inclusive) time in ms by function: a sample counts for every function on its stack,
 * once each however deep it recurses. Says which of the project's functions a build's time is
 * spent under, callees included (a page's route data, a list's sort).
 */
export function totalTimes(profile: Profile): Map<string, number> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = nodes.get(at);
      if (!node || node.callFrame.functionName === '(root)') continue;
      const fn = frameName(node);
      if (seen.has(fn)) continue;
      seen.add(fn);
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    }
  });
  return byFunction;
}

function table(
  title: string,
  rows: Map<string, number>,
  total: number,
  top: number,
  column = 'Self time',
): string {
  const sorted = [...rows].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `| ${title} | ${column} | Share |`,
    '| --- | ---: | ---: |',
    ...sorted.map(
      ([name, ms]) =>
        `| ${name.replaceAll('|', '\\|')} | ${(ms / 1000).toFixed(2)} s | ${((100 * ms) / total).toFixed(1)}% |`,
    ),
  ].join('\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '25' },
      /** Only functions whose name or file contains this text (`.prerender/` for a build's chunks). */
      project: { type: 'string', default: '' },
    },
  });
  const top = Number(values.top);
  for (const file of positionals) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const { total, byGroup, byFunction } = selfTimes(profile);
    console.log(`\n${file}: ${(total / 1000).toFixed(1)} s sampled\n`);
    console.log(table('File or package', byGroup, total, top));
    console.log();
    console.log(table('Function', byFunction, total, top));
    const totals = new Map([...totalTimes(profile)].filter(([fn]) => fn.includes(values.project)));
    console.log();
    console.log(
      table(
        `Function${values.project ? ` in ${values.project}` : ''}, callees included`,
        totals,
        total,
        top,
        'Total time',
      ),
    );
  }
}
