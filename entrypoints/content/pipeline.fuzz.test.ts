// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { EDITOR_KINDS, type EditorKind } from '@/core/platforms/types';
import type { Finding } from '@/core/types';
import { JUDGED_HEAD, JUDGED_TAIL, judgedPart } from '@/compose/judgedPart';
import { drivers } from '@/compose/editors';
import type { EditorSnapshot } from '@/compose/editors/types';
import { BoxMarks } from '@/compose/marks';

// The content side of one keystroke, on arbitrary text: the editor's DOM as each editor
// framework renders it → the driver reads the text → `analyze` → every finding's span back to
// a DOM range (as marks.ts does). Nothing may throw, the text read must be the text put in,
// and every range must lie inside the editor, on the words of its span.

/** Characters that break naive code: NUL, lone surrogates, bidi controls, joiners, emoji. */
const NASTY = [
  '\u0000',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u200F', // right-to-left mark
  '\u200E',
  '\u202E', // right-to-left override
  '\u202C',
  '\u2066',
  '\u200D', // zero-width joiner
  '\u200B',
  '\uFEFF',
  '\u00A0', // no-break space: editors render spaces as it
  '\u2028',
  '👨‍👩‍👧',
  '🏳️‍🌈',
  '🇳🇱',
  '❤️‍🔥',
  'مرحبا',
  'שלום',
  'é',
  ' ',
  '\t',
  '<b>&amp;',
];

/** Words that make findings, so spans exist to map. */
const WORDS = ['onder ons', 'vertrouwelijk', 'BSN 111222333', 'niet doorsturen', 'kutouders'];

/** One run of text inside a line (a text leaf); no line breaks, which are the editor's blocks. */
const chunk = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
      { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join('').replace(/[\n\r]/g, ' '));

/** One line: text leaves, and (for editors that render emoji as images) emoji images. */
type Piece = { text: string } | { emoji: string };
const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 5, arbitrary: chunk.map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.constantFrom('😀', '🤫', '👍🏽').map((emoji) => ({ emoji })) },
);
/** Lines of a draft: sometimes many empty ones, as after thousands of line breaks. */
const lines = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.array(piece, { maxLength: 4 }), { minLength: 1, maxLength: 8 }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(piece, { maxLength: 2 }), fc.integer({ min: 1, max: 300 }))
      .map(([first, empty]) => [first, ...Array.from({ length: empty }, () => []), first]),
  },
);

const leaf = (text: string) => document.createTextNode(text);
const make = (tag: string, attrs: Record<string, string> = {}, ...children: Node[]) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
};

/**
 * The DOM each editor framework renders for `rows`, and the text its site posts: one line
 * break between lines, an emoji image as its alt text, a no-break space as a space.
 */
function render(kind: EditorKind, rows: Piece[][], emojiAsImage: boolean): [HTMLElement, string] {
  const rowsIn = rows.map((row) => row.filter((p) => ('text' in p ? p.text !== '' : emojiAsImage)));
  const expected = rowsIn
    .map((row) => row.map((p) => ('text' in p ? p.text : p.emoji)).join(''))
    .join('\n')
    .replace(/\u00A0/g, ' ');
  const inline = (p: Piece): Node =>
    'text' in p ? leaf(p.text) : make('img', { alt: p.emoji, src: 'data:,' });
  const root = make('div', { contenteditable: 'true' });
  if (kind === 'textarea') {
    const area = document.createElement('textarea');
    area.value = rowsIn
      .map((row) => row.map((p) => ('text' in p ? p.text : '')).join(''))
      .join('\n');
    document.body.append(area);
    return [area, area.value];
  }
  for (const row of rowsIn) {
    const empty = row.length === 0;
    switch (kind) {
      case 'draftjs':
        // Leaves in `[data-text]` spans; an empty line holds <br data-text>.
        root.append(
          make(
            'div',
            { 'data-block': 'true' },
            make(
              'div',
              {},
              ...(empty
                ? [make('span', {}, make('br', { 'data-text': 'true' }))]
                : row.map((p) =>
                    make('span', {}, make('span', { 'data-text': 'true' }, inline(p))),
                  )),
            ),
          ),
        );
        break;
      case 'lexical':
        root.append(
          make(
            'p',
            { dir: 'auto' },
            ...(empty
              ? [make('br')]
              : row.map((p) =>
                  'text' in p
                    ? make('span', { 'data-lexical-text': 'true' }, leaf(p.text))
                    : inline(p),
                )),
          ),
        );
        break;
      case 'quill':
        root.append(
          make(
            'p',
            {},
            ...(empty
              ? [make('br')]
              : row.map((p, i) => (i % 2 ? make('strong', {}, inline(p)) : inline(p)))),
          ),
        );
        break;
      case 'prosemirror':
        root.append(
          make(
            'p',
            {},
            ...(empty ? [make('br', { class: 'ProseMirror-trailingBreak' })] : row.map(inline)),
          ),
        );
        break;
      case 'contenteditable':
        // Chrome's own shape: the first line as bare text, each next one a <div>, an empty
        // one <div><br></div> (an empty first line too).
        if (root.childNodes.length === 0 && !empty) root.append(...row.map(inline));
        else root.append(make('div', {}, ...(empty ? [make('br')] : row.map(inline))));
        break;
    }
  }
  document.body.append(root);
  return [root, expected];
}

/** The words a range should hold: the DOM text of the segments `[start, end)` covers. */
function wordsUnder(snapshot: EditorSnapshot, start: number, end: number): string {
  let words = '';
  for (const seg of snapshot.segments) {
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.start + seg.length);
    if (from >= to || seg.node.nodeType !== Node.TEXT_NODE) continue;
    const data = (seg.node as Text).data;
    words += data.slice(seg.nodeOffset + from - seg.start, seg.nodeOffset + to - seg.start);
  }
  return words;
}

const inside = (el: HTMLElement, node: Node) => node === el || el.contains(node);
/** The largest offset a range may have in `node`. */
const size = (node: Node) =>
  node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length;

/** Reads `el`, judges the text, maps the spans (the findings' and `extra`) back onto the DOM. */
function checkPipeline(kind: EditorKind, el: HTMLElement, expected: string, extra: number[][]) {
  const driver = drivers[kind];
  const snapshot = driver.read(el);
  expect(snapshot.text).toBe(expected);
  // The segments tile the text in order: a mark can be placed for every character.
  let at = 0;
  for (const seg of snapshot.segments) {
    expect(seg.start).toBe(at);
    expect(seg.length).toBeGreaterThan(0);
    expect(inside(el, seg.node)).toBe(true);
    at += seg.length;
  }
  if (kind !== 'textarea') expect(at).toBe(snapshot.text.length);

  const findings = analyze({ text: snapshot.text, platform: 'x' });
  const spans = [
    ...findings.flatMap((f) => (f.span ? [f.span] : [])),
    // Spans anywhere, too: a finding may one day start or end on any character.
    ...extra.map(([a = 0, b = 0]) => ({
      start: Math.min(a, b) % (snapshot.text.length + 1),
      end: Math.max(a, b) % (snapshot.text.length + 1),
    })),
  ].filter((s) => s.start < s.end);
  for (const { start, end } of spans) {
    expect(end).toBeLessThanOrEqual(snapshot.text.length);
    const range = driver.range(el, snapshot, start, end);
    if (kind === 'textarea') {
      expect(range).toBeNull(); // marks are measured instead (below)
      continue;
    }
    expect(range, `[${start}, ${end})`).not.toBeNull();
    expect(inside(el, range!.startContainer)).toBe(true);
    expect(inside(el, range!.endContainer)).toBe(true);
    // In bounds: Chromium throws on an offset past the end, and the mark is lost.
    expect(range!.startOffset).toBeLessThanOrEqual(size(range!.startContainer));
    expect(range!.endOffset).toBeLessThanOrEqual(size(range!.endContainer));
    expect(range!.toString()).toBe(wordsUnder(snapshot, start, end));
  }
  // And as marks.ts shows them (boxes here: happy-dom has no CSS highlights).
  const overlay = document.createElement('div');
  document.body.append(overlay);
  const marks = new BoxMarks(overlay);
  marks.show(
    el,
    driver,
    snapshot,
    spans.map((s) => ({ ...s, severity: 'warning' as const })),
  );
  marks.clear();
  expect(overlay.querySelectorAll('[data-bedenk-dat-mark]')).toHaveLength(0);
  overlay.remove();
  el.remove();
}

const KINDS = EDITOR_KINDS;
const spansArb = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 });

describe('content-side pipeline on arbitrary text', () => {
  it.each(KINDS)(
    '%s: reads what was put in, maps every span inside the editor',
    (kind) => {
      fc.assert(
        fc.property(lines, fc.boolean(), spansArb, (rows, images, extra) => {
          const [el, expected] = render(kind, rows, images && kind === 'lexical');
          checkPipeline(kind, el, expected, extra);
        }),
        { numRuns: 150 },
      );
    },
    60_000,
  );

  it.each(KINDS)('%s: 5,000 line breaks and words around them', (kind) => {
    const rows: Piece[][] = [
      [{ text: 'Even onder ons' }],
      ...Array.from({ length: 5000 }, () => []),
      [{ text: 'BSN 111222333, niet doorsturen' }],
    ];
    const [el, expected] = render(kind, rows, false);
    checkPipeline(kind, el, expected, [
      [0, 5010],
      [5001, 5003],
      [14, 15],
    ]);
  });
});

describe('a very long draft is judged on its start and end', () => {
  /** A finding over `[start, end)` of a judged text. */
  const at = (start: number, end: number): Finding => ({
    ruleId: 'x',
    article: '3',
    severity: 'warning',
    message: 'm',
    span: { start, end },
  });

  it('keeps a short draft whole', () => {
    const text = 'a'.repeat(JUDGED_HEAD + JUDGED_TAIL);
    expect(judgedPart(text).text).toBe(text);
  });

  it('maps every kept span back onto the same words of the draft', () => {
    const long = fc
      .tuple(
        fc.string({
          unit: fc.constantFrom('a', ' ', '\n', '😀', '\uD800', 'BSN 111222333 '),
          minLength: 1,
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 3 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
      )
      .map(([base, times, end]) =>
        base.repeat(Math.ceil(((JUDGED_HEAD + JUDGED_TAIL) * times) / base.length) + 1).concat(end),
      );
    fc.assert(
      fc.property(long, spansArb, (text, picks) => {
        const part = judgedPart(text);
        const n = part.text.length;
        expect(n).toBeLessThanOrEqual(JUDGED_HEAD + JUDGED_TAIL + 2);
        // Near the ends, and anywhere.
        const spans = [...picks, [0, 9], [n - 9, n], [JUDGED_HEAD - 250, JUDGED_HEAD - 240]]
          .map(([a = 0, b = 0]) => [Math.min(a, b) % (n + 1), Math.max(a, b) % (n + 1)] as const)
          .filter(([a, b]) => a < b);
        for (const [start, end] of spans) {
          const restored = part.restore([at(start, end)]);
          // Only a span across the joint between the two stretches may go.
          const clearOfJoint = end <= JUDGED_HEAD - 201 || start >= n - (JUDGED_TAIL - 201);
          if (clearOfJoint) expect(restored).toHaveLength(1);
          for (const f of restored) {
            expect(f.span!.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(f.span!.start, f.span!.end)).toBe(part.text.slice(start, end));
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('what is typed at the end of a 1 MB paste still gets its finding, on its words', () => {
    const text = `${'De sportdag begint om negen uur. '.repeat(30_000)}Het BSN van Daan is 111222333`;
    const part = judgedPart(text);
    const findings = part.restore(analyze({ text: part.text, platform: 'facebook' }));
    const bsn = findings.find((f) => f.ruleId === 'confidentialBsn');
    expect(bsn).toBeDefined();
    expect(text.slice(bsn!.span!.start, bsn!.span!.end)).toContain('111222333');
  });
});
