// `npx tsx scripts/why.ts <id…>` or `--text "…"`: the findings (rule, severity, marked words) for
// drafts of the tunable sets, by id. For tuning on tunable sets only.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../core/analyze';
import { loadCorpus } from '../tests/corpus/evaluate';

const args = process.argv.slice(2);
const dir = resolve('tests/corpus/train');
const files = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => `${dir}/${f}`),
  ...['corpus.jsonl', 'second-dev.jsonl', 'holdout-dev.jsonl'].map((f) =>
    resolve('tests/corpus', f),
  ),
];
const all = files.flatMap((f) => loadCorpus(f));
const tAt = args.indexOf('--text');
const roleL = args.includes('--leader');
const reply = args.includes('--reply');
const media = args.includes('--media');
const items =
  tAt >= 0
    ? [
        {
          id: 'text',
          text: args[tAt + 1]!,
          platform: 'facebook' as const,
          role: roleL ? ('leidinggevende' as const) : ('medewerker' as const),
          isReply: reply,
          hasMedia: media,
          expect: [],
        },
      ]
    : all.filter((e) => args.includes(e.id));
for (const e of items) {
  console.log(
    `\n== ${e.id} ${e.role} reply=${e.isReply} media=${e.hasMedia} expect=[${e.expect.join(',')}]`,
  );
  console.log(e.text);
  for (const f of analyze(
    { text: e.text, platform: e.platform, isReply: e.isReply, hasMedia: e.hasMedia },
    { role: e.role },
  ))
    console.log(
      `  → ${f.ruleId} ${f.article} ${f.severity} ${JSON.stringify((f.spans ?? (f.span ? [f.span] : [])).map((r) => e.text.slice(r.start, r.end)))}`,
    );
}
