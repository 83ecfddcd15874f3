// `npm run bench`: how fast is analyze? Median and p99 on 280-, 3,000- and 50,000-character
// drafts, and the same texts through alex (retext) in the same run, as a ratio. Figures,
// not a test: DESIGN.md's budgets are ≤ 1 ms p99 at 280 chars, ≤ 5 ms at 3,000, ≥ 10× alex.
import { text as alex } from 'alex';
import { analyze } from '../core/analyze';
import { loadCorpus } from '../tests/corpus/evaluate';

const corpus = loadCorpus().map((d) => d.text);

// The very first analysis in this process: lexicons compile lazily, the JIT has seen nothing.
const firstStart = performance.now();
analyze({ text: corpus[0]!, platform: 'facebook', isReply: true }, { role: 'leidinggevende' });
const firstCall = performance.now() - firstStart;

/** A realistic draft of exactly `length` characters, cut from the corpus. */
function draftOf(length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += `${corpus[i % corpus.length]}\n\n`;
  return out.slice(0, length);
}

// Steady state, as while typing (the worker stays alive between keys): the first 200 calls
// include the JIT's compiles and the lexicons' lazy compilation, which are a start-up cost
// printed on their own ("first call") rather than a tail of every key.
const WARM_UP = 200;

function measure(fn: () => void, runs: number): { median: number; p99: number } {
  for (let i = 0; i < Math.min(WARM_UP, runs); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p99: at(0.99) };
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const rows: string[][] = [
  [
    'chars',
    'analyze median',
    'analyze p99',
    'alex median',
    'alex p99',
    'alex/analyze (median)',
    'budget p99',
  ],
];
for (const [length, runs, budget] of [
  [280, 2000, '≤ 1 ms'],
  [3000, 300, '≤ 5 ms'],
  [50000, 20, '—'],
] as const) {
  const text = draftOf(length);
  const ours = measure(
    () => analyze({ text, platform: 'facebook', isReply: true }, { role: 'leidinggevende' }),
    runs,
  );
  const theirs = measure(() => alex(text), Math.max(5, Math.floor(runs / 20)));
  rows.push([
    String(length),
    fmt(ours.median),
    fmt(ours.p99),
    fmt(theirs.median),
    fmt(theirs.p99),
    `${(theirs.median / ours.median).toFixed(1)}×`,
    budget,
  ]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
console.log(
  `\nNode ${process.version}, ${(await import('node:os')).cpus().length} cores; rules measured with role leidinggevende, reply, on facebook (every rule runs); median and p99 after ${WARM_UP} warm-up calls. First call in this process (start-up: lexicons compile, cold JIT): ${fmt(firstCall)}.`,
);

// The learned second reader (core/model), as the worker runs it: analyze with and without
// it, and the model alone (scoring every head, explaining those that speak).
const { secondReader } = await import('../core/model');
const { makeTextView } = await import('../core/text/normalize');
const { defaultPolicy } = await import('../core/policy/musselhorst');
const { sayIn } = await import('../core/i18n');
const modelRows: string[][] = [
  [
    'chars',
    'analyze+model median',
    'analyze+model p99',
    'model alone median',
    'model share',
    'budget p99',
  ],
];
for (const [length, runs, budget] of [
  [280, 2000, '≤ 1 ms'],
  [3000, 300, '≤ 5 ms'],
  [50000, 20, '—'],
] as const) {
  const text = draftOf(length);
  const draft = { text, platform: 'facebook' as const, isReply: true };
  const both = measure(() => analyze(draft, { role: 'leidinggevende', secondReader }), runs);
  const view = makeTextView(text); // built once by analyze, for the rules and the model
  const alone = measure(
    () =>
      secondReader({
        draft,
        view,
        role: 'leidinggevende',
        policy: defaultPolicy,
        say: sayIn('nl'),
        ruled: new Set(),
      }),
    runs,
  );
  modelRows.push([
    String(length),
    fmt(both.median),
    fmt(both.p99),
    fmt(alone.median),
    `${((100 * alone.median) / both.median).toFixed(0)}%`,
    budget,
  ]);
}
console.log(
  '\nThe second reader (core/model; "model alone": its features, every head, explanations):',
);
const modelWidths = modelRows[0]!.map((_, c) => Math.max(...modelRows.map((r) => r[c]!.length)));
for (const row of modelRows)
  console.log(row.map((cell, c) => cell.padEnd(modelWidths[c]!)).join('  '));
const { WEIGHTS } = await import('../core/model');
console.log(
  `weights: ${WEIGHTS.heads.length} heads, ${Math.round((WEIGHTS.data.length * 3) / 4)} bytes (${WEIGHTS.data.length} characters of base64 in second-reader.json)`,
);

// Bundle sizes of the last build (`npx wxt build`), raw and gzip, against DESIGN.md's budgets.
const { bundleParts, bundleSizes, kb } = await import('./bundles');
const builtDir = new URL('../.output/chrome-mv3/', import.meta.url).pathname;
const sizes = bundleSizes(builtDir);
if (sizes.length === 0)
  console.log('\nbundles: no build in .output/chrome-mv3 (run npx wxt build)');
else console.log('');
for (const b of sizes) {
  const budget = b.budgetKb === null ? 'no budget' : `budget ≤ ${b.budgetKb} KB`;
  const over =
    b.budgetKb !== null && b.bytes > b.budgetKb * 1024
      ? `  OVER (${b.ceiling ? `ceiling ${b.ceiling.kb} KB: ${b.ceiling.why}` : 'no ceiling'})`
      : '';
  console.log(
    `bundle ${b.file.padEnd(27)} ${kb(b.bytes).padStart(9)} (gzip ${kb(b.gzipBytes).padStart(8)})  ${budget}${over}  ${b.what}`,
  );
  // What it is made of, where the build has source maps (BEDENK_SOURCEMAP=1 npx wxt build).
  const parts = bundleParts(builtDir, b.file);
  if (parts.length > 0)
    console.log(
      `  made of: ${parts
        .slice(0, 10)
        .map((p) => `${p.part} ${kb(p.bytes)}`)
        .join(', ')}`,
    );
}

if (!process.argv.includes('--core-only')) {
  const { benchTyping } = await import('./bench-typing');
  await benchTyping();
}
