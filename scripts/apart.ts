// Keeps training and evaluation apart: a training draft that is (nearly) a draft of a blind
// test set is dropped, however it came to be written. "Nearly": the two share half their word
// trigrams (Jaccard ≥ 0.5), or a run of eight words, or are the same words. Only counts are
// ever printed: the blind texts are not shown to whoever runs this.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const JACCARD = 0.5;
export const RUN = 8;

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const grams = (w: readonly string[], n: number): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
};

/** An index of protected texts (the blind sets) that answers "is this text near one of them?". */
export class NearIndex {
  private readonly whole = new Set<string>();
  private readonly runs = new Set<string>();
  private readonly trigrams: Set<string>[] = [];
  private readonly byTrigram = new Map<string, number[]>();

  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      const w = words(text);
      this.whole.add(w.join(' '));
      for (const run of grams(w, RUN)) this.runs.add(run);
      const tri = grams(w, 3);
      const id = this.trigrams.push(tri) - 1;
      for (const g of tri) {
        const list = this.byTrigram.get(g);
        if (list) list.push(id);
        else this.byTrigram.set(g, [id]);
      }
    }
  }

  get size(): number {
    return this.trigrams.length;
  }

  /** True when `text` is the same words as, shares a run of RUN words with, or has a word-trigram Jaccard ≥ JACCARD with a protected text. */
  near(text: string): boolean {
    const w = words(text);
    if (w.length === 0) return false;
    if (this.whole.has(w.join(' '))) return true;
    for (const run of grams(w, RUN)) if (this.runs.has(run)) return true;
    const tri = grams(w, 3);
    const shared = new Map<number, number>();
    for (const g of tri)
      for (const id of this.byTrigram.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    for (const [id, n] of shared) {
      const union = tri.size + this.trigrams[id]!.size - n;
      if (union > 0 && n / union >= JACCARD) return true;
    }
    return false;
  }
}

const corpusDir = fileURLToPath(new URL('../tests/corpus/', import.meta.url));

/** The sets nobody tunes on: tests/corpus/blind/*.jsonl and tests/corpus/holdout-test.jsonl. */
export function blindFiles(): string[] {
  const blind = join(corpusDir, 'blind');
  return [
    ...readdirSync(blind)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => join(blind, f)),
    join(corpusDir, 'holdout-test.jsonl'),
  ];
}

/** The blind sets' texts, read line by line (whatever else their lines hold is not looked at). */
export function blindTexts(): string[] {
  return blindFiles().flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => String((JSON.parse(line) as { text?: unknown }).text ?? '')),
  );
}

let shared: NearIndex | undefined;
/** The index of every blind text (built once). */
export function blindIndex(): NearIndex {
  return (shared ??= new NearIndex(blindTexts()));
}
