// `npx tsx scripts/rules-by-writer.ts [files…] [--misses] [--clean-only] [--writer w3]`: rules only,
// per writer (the id prefix before the first dash): clean drafts warned, problem drafts warned,
// recall per article. Figures for tuning on tunable sets only (never on tests/corpus/blind/**).
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../core/analyze';
import { rules } from '../core/rules';
import { isWarningOrStop } from '../core/types';
import { loadCorpus, type CorpusEntry } from '../tests/corpus/evaluate';

const args = process.argv.slice(2);
const misses = args.includes('--misses');
const cleanOnly = args.includes('--clean-only');
const wAt = args.indexOf('--writer');
const only = wAt >= 0 ? args[wAt + 1] : undefined;
const aAt = args.indexOf('--article');
const onlyArticle = aAt >= 0 ? args[aAt + 1] : undefined;
let files = args.filter(
  (a, i) => !a.startsWith('--') && !['--writer', '--article', '--dump'].includes(args[i - 1] ?? ''),
);
if (files.length === 0) {
  const dir = resolve('tests/corpus/train');
  files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => `${dir}/${f}`);
}
const ALSO = new Map(rules.map((r) => [r.id, r.alsoArticles ?? []]));
type Row = {
  clean: number;
  cleanW: number;
  prob: number;
  probW: number;
  pos: Map<string, number>;
  hit: Map<string, number>;
};
const rows = new Map<string, Row>();
const dAt = args.indexOf('--dump');
const dump: string[] = [];
const entries: CorpusEntry[] = files
  .flatMap((f) => loadCorpus(resolve(f)))
  .filter((e) => e.label !== 'borderline');
for (const e of entries) {
  const w = e.id.split('-')[0]!;
  if (only && w !== only) continue;
  let r = rows.get(w);
  if (!r)
    rows.set(w, (r = { clean: 0, cleanW: 0, prob: 0, probW: 0, pos: new Map(), hit: new Map() }));
  const f = analyze(
    { text: e.text, platform: e.platform, isReply: e.isReply, hasMedia: e.hasMedia },
    { role: e.role },
  );
  const fired = new Set(f.flatMap((x) => [x.article, ...(ALSO.get(x.ruleId) ?? [])]));
  const warned = f.some((x) => isWarningOrStop(x.severity));
  if (dAt >= 0)
    dump.push(
      `${e.id}\t${e.expect.length ? 'P' : 'C'}\t${warned ? 'W' : '-'}\t${[...fired].sort().join(',')}\t${e.expect.join(',')}`,
    );
  if (e.expect.length === 0) {
    r.clean++;
    if (warned) {
      r.cleanW++;
      if (misses)
        console.log(
          `CLEAN ${e.id} [${f
            .filter((x) => isWarningOrStop(x.severity))
            .map((x) => `${x.ruleId}:${x.severity}`)
            .join(',')}] ${e.text.slice(0, 300).replace(/\n/g, ' ⏎ ')}`,
        );
    }
  } else {
    r.prob++;
    if (warned) r.probW++;
    for (const a of e.expect) {
      r.pos.set(a, (r.pos.get(a) ?? 0) + 1);
      if (fired.has(a)) r.hit.set(a, (r.hit.get(a) ?? 0) + 1);
      else if (misses && !cleanOnly && (!onlyArticle || onlyArticle === a))
        console.log(
          `MISS[${a}] ${e.id} ${e.role === 'leidinggevende' ? '(L) ' : ''}${e.isReply ? '(R) ' : ''}{${[...fired].join(',')}} ${e.text.slice(0, 300).replace(/\n/g, ' ⏎ ')}`,
        );
    }
  }
}
if (dAt >= 0) writeFileSync(args[dAt + 1]!, dump.join('\n') + '\n');
const pct = (a: number, b: number) => `${a}/${b} ${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
const tot: Row = { clean: 0, cleanW: 0, prob: 0, probW: 0, pos: new Map(), hit: new Map() };
for (const [w, r] of [...rows].sort()) {
  tot.clean += r.clean;
  tot.cleanW += r.cleanW;
  tot.prob += r.prob;
  tot.probW += r.probW;
  for (const [a, n] of r.pos) tot.pos.set(a, (tot.pos.get(a) ?? 0) + n);
  for (const [a, n] of r.hit) tot.hit.set(a, (tot.hit.get(a) ?? 0) + n);
  console.log(
    `${w.padEnd(4)} clean warned ${pct(r.cleanW, r.clean).padEnd(16)} problems warned ${pct(r.probW, r.prob)}`,
  );
}
console.log(
  `ALL  clean warned ${pct(tot.cleanW, tot.clean).padEnd(16)} problems warned ${pct(tot.probW, tot.prob)}`,
);
console.log(
  [...tot.pos]
    .sort()
    .map(([a, n]) => `${a} ${((tot.hit.get(a) ?? 0) / n).toFixed(2)} (${n})`)
    .join(' · '),
);
