// `npx tsx scripts/import-train.ts SOURCE...`: copies writers' batches (files or folders of
// *.jsonl) into tests/corpus/train/, then keeps every training file apart from the blind sets.
//
// - every line is checked against the corpus schema (zod); a bad line, a repeated id or a
//   `borderline` real text (or a *-borderline.jsonl file: best-guess labels) is skipped;
// - a writer's `*-ERRATA.jsonl` beside the batches (lines {id, expect, forbid}) corrects the
//   labels of that writer's drafts before they are copied;
// - then every file under tests/corpus/train/ (old and new) loses each draft that is near a
//   draft of tests/corpus/blind/*.jsonl or tests/corpus/holdout-test.jsonl (scripts/apart.ts).
// It prints counts only, never a text.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ARTICLE_IDS } from '../core/types';
import { CorpusEntrySchema } from '../tests/corpus/evaluate';
import { blindIndex } from './apart';

const trainDir = fileURLToPath(new URL('../tests/corpus/train/', import.meta.url));

const ErratumSchema = z.object({
  id: z.string(),
  expect: z.array(z.enum(ARTICLE_IDS)),
  forbid: z.array(z.enum(ARTICLE_IDS)).default([]),
});

const isErrata = (name: string) => /-ERRATA\.jsonl$/.test(name);
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');

function sources(args: readonly string[]): string[] {
  return args.flatMap((a) =>
    statSync(a).isDirectory()
      ? readdirSync(a)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => join(a, f))
      : [a],
  );
}

/** The corrections of every ERRATA file among the sources, by writer prefix ("w7") and id. */
function errataOf(files: readonly string[]): Map<string, z.infer<typeof ErratumSchema>> {
  const out = new Map<string, z.infer<typeof ErratumSchema>>();
  for (const file of files.filter((f) => isErrata(basename(f)))) {
    const writer = basename(file).split('-')[0]!;
    let bad = 0;
    for (const line of lines(file)) {
      const parsed = ErratumSchema.safeParse(JSON.parse(line));
      if (parsed.success) out.set(`${writer}:${parsed.data.id}`, parsed.data);
      else bad++;
    }
    console.log(`${basename(file)}: ${out.size} corrections read, ${bad} bad lines skipped`);
  }
  return out;
}

function importFiles(files: readonly string[]): void {
  mkdirSync(trainDir, { recursive: true });
  const errata = errataOf(files);
  for (const file of files.filter((f) => !isErrata(basename(f)))) {
    const name = basename(file);
    if (name.endsWith('-borderline.jsonl')) {
      console.log(`${name}: skipped (best-guess labels of borderline real texts)`);
      continue;
    }
    const writer = name.split('-')[0]!;
    const kept: string[] = [];
    const ids = new Set<string>();
    let bad = 0;
    let repeated = 0;
    let borderline = 0;
    let corrected = 0;
    for (const line of lines(file)) {
      let parsed;
      try {
        parsed = CorpusEntrySchema.safeParse(JSON.parse(line));
      } catch {
        bad++;
        continue;
      }
      if (!parsed.success) {
        bad++;
        continue;
      }
      const entry = parsed.data;
      if (ids.has(entry.id)) {
        repeated++;
        continue;
      }
      ids.add(entry.id);
      if (entry.label === 'borderline') {
        borderline++;
        continue;
      }
      const fix = errata.get(`${writer}:${entry.id}`);
      if (fix) {
        entry.expect = fix.expect;
        entry.forbid = fix.forbid;
        corrected++;
      }
      kept.push(JSON.stringify(entry));
    }
    if (kept.length > 0) writeFileSync(join(trainDir, name), `${kept.join('\n')}\n`);
    console.log(
      `${name} (from ${basename(dirname(file))}/): ${kept.length} drafts, ${bad} bad lines, ${repeated} repeated ids, ${borderline} borderline skipped, ${corrected} labels corrected`,
    );
  }
}

/** Drops from every training file the drafts near a blind draft; returns how many per file. */
export function keepApart(): Map<string, number> {
  const index = blindIndex();
  const dropped = new Map<string, number>();
  for (const name of readdirSync(trainDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const file = join(trainDir, name);
    const all = lines(file);
    const kept = all.filter((line) => !index.near((JSON.parse(line) as { text: string }).text));
    if (kept.length < all.length) {
      writeFileSync(file, kept.length ? `${kept.join('\n')}\n` : '');
      dropped.set(name, all.length - kept.length);
    }
  }
  return dropped;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  importFiles(sources(process.argv.slice(2)));
  const dropped = keepApart();
  const total = [...dropped.values()].reduce((a, b) => a + b, 0);
  console.log(
    `apart from the blind sets (${blindIndex().size} drafts): ${total} training drafts dropped` +
      (total ? ` (${[...dropped].map(([f, n]) => `${f} ${n}`).join(', ')})` : ''),
  );
}
