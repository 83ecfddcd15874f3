import { describe, expect, it } from 'vitest';
import { TINY_TRAINING } from '../testkit/tinyTraining';
import { analyze } from '../analyze';
import { defaultPolicy } from '../policy/musselhorst';
import { PolicySchema, type Policy, type PolicyInput } from '../policy/schema';
import { makeTextView } from '../text/normalize';
import type { ArticleId, Draft } from '../types';
import { BUCKETS, featureSet, forEachFeature } from './features';
import {
  explain,
  fromBase64,
  loadModel,
  packWeights,
  scoreDraft,
  toBase64,
  type StoredModel,
} from './model';
import { createSecondReader, secondReaderRuleId } from './reader';
import { setThresholds, trainModel, type LabelledDraft } from './train';
import { sayIn } from '../i18n';

const draft = (text: string): Draft => ({ text, platform: 'facebook' });

/** A tiny model by hand: one head for art. 4 that weighs every feature of `word` by +100. */
function handModel(word: string, article: ArticleId = '4', threshold = 0): StoredModel {
  const buckets = new Set<number>();
  forEachFeature(makeTextView(word), draft(word), 'medewerker', (b, _s, _e, kind) => {
    if (kind !== 'context') buckets.add(b);
  });
  const sorted = [...buckets].sort((a, b) => a - b);
  return {
    version: 1,
    bucketBits: Math.log2(BUCKETS),
    heads: [{ article, bias: -1, scale: 0.05, threshold }],
    data: packWeights([{ buckets: sorted, weights: sorted.map(() => 100) }]),
  };
}

describe('weights encoding', () => {
  it('base64 goes there and back for every length', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(toBase64(Uint8Array.from([104, 105]))).toBe('aGk=');
  });

  it('packs sparse int8 weights and scores them as the plain sum', () => {
    const stored: StoredModel = {
      version: 1,
      bucketBits: Math.log2(BUCKETS),
      heads: [
        { article: '3', bias: 0.5, scale: 0.1, threshold: 0 },
        { article: '4', bias: -0.5, scale: 0.2, threshold: 0 },
      ],
      data: '',
    };
    const text = 'Dit is een zin over de ouderavond';
    const set = featureSet(makeTextView(text), draft(text), 'medewerker');
    const b = [...set.buckets];
    stored.data = packWeights([
      { buckets: [b[0]!, b[3]!, BUCKETS - 1], weights: [10, -20, 127] },
      { buckets: [b[1]!], weights: [-128] },
    ]);
    const logits = scoreDraft(loadModel(stored), makeTextView(text), draft(text), 'medewerker');
    expect(logits[0]).toBeCloseTo(0.5 + 0.1 * set.value * (10 - 20), 12);
    expect(logits[1]).toBeCloseTo(-0.5 + 0.2 * set.value * -128, 12);
  });

  it('refuses weights that are cut short or not base64', () => {
    const good = handModel('waardeloos');
    expect(() => loadModel({ ...good, data: good.data.slice(0, 8) })).toThrow(/cut short/);
    expect(() => loadModel({ ...good, data: '!!!!' })).toThrow(/base64/);
  });
});

describe('features', () => {
  it('read the normalised view: an evasion has the features of the plain word', () => {
    const plain = featureSet(makeTextView('vertrouwelijk'), draft('x'), 'medewerker');
    const evaded = featureSet(makeTextView('v3rtrouw3lijk'), draft('x'), 'medewerker');
    expect([...evaded.buckets]).toEqual([...plain.buckets]);
  });

  it('know the context: a leader and a reply are other features', () => {
    const a = featureSet(makeTextView('hallo'), draft('hallo'), 'medewerker');
    const b = featureSet(
      makeTextView('hallo'),
      { ...draft('hallo'), isReply: true },
      'leidinggevende',
    );
    expect([...a.buckets]).not.toEqual([...b.buckets]);
  });
});

describe('explain', () => {
  it('marks the word that carried the score, in the raw text', () => {
    const model = loadModel(handModel('waardeloos'));
    const text = 'Wat een WAARDELOOS idee van de juf';
    const words = explain(model, 0, makeTextView(text), draft(text), 'medewerker');
    expect(words.length).toBeGreaterThan(0);
    expect(text.slice(words[0]!.span.start, words[0]!.span.end)).toBe('WAARDELOOS');
  });
});

describe('the second reader in analyze', () => {
  const reader = createSecondReader(handModel('waardeloos'));
  const text = 'Wat een waardeloos plan is dit weer.';

  it('gives a warning, never a stop, with the strongest word marked and an estimate said', () => {
    const findings = analyze(draft(text), { secondReader: reader });
    const model = findings.find((f) => f.ruleId === secondReaderRuleId('4'));
    expect(model).toMatchObject({ article: '4', severity: 'warning', action: 'contact' });
    expect(text.slice(model!.span!.start, model!.span!.end)).toBe('waardeloos');
    expect(model!.message).toMatch(/schatting van een lerend model, geen vaste regel/);
    expect(model!.message).toContain('‘waardeloos’');
    const en = analyze(draft(text), { secondReader: reader, locale: 'en' });
    expect(en.find((f) => f.article === '4')!.message).toMatch(/estimate by a learned model/);
  });

  it('is silent below its threshold and where the rules already spoke on the article', () => {
    const high = createSecondReader(handModel('waardeloos', '4', 50));
    expect(analyze(draft(text), { secondReader: high }).some((f) => f.article === '4')).toBe(false);
    const rude = 'Die juf is echt een idioot';
    const rulesOnly = analyze(draft(rude));
    expect(rulesOnly.some((f) => f.article === 'bg-civility')).toBe(true);
    const onCivility = createSecondReader(handModel('idioot', 'bg-civility'));
    const both = analyze(draft(rude), { secondReader: onCivility });
    expect(both.filter((f) => f.article === 'bg-civility').map((f) => f.ruleId)).toEqual(
      rulesOnly.filter((f) => f.article === 'bg-civility').map((f) => f.ruleId),
    );
  });

  it('may still warn where the rules only gave a tip on the article', () => {
    // A rumour is a tip by the rules (article 6); whether this one deserves a warning is what
    // the model is for. Measured on out-of-fold training scores: letting tips not silence it
    // took problems warned from 58.9% to 63.4% at the same 3.5% of clean drafts.
    const rumour = 'Ik hoorde dat onze school de Cito-toetsen gaat afschaffen. Iemand meer info?';
    const rulesOnly = analyze(draft(rumour));
    expect(rulesOnly.map((f) => `${f.article}:${f.severity}`)).toEqual(['6:info']);
    const onRumour = createSecondReader(handModel('afschaffen', '6'));
    const both = analyze(draft(rumour), { secondReader: onRumour });
    expect(both.find((f) => f.ruleId === secondReaderRuleId('6'))).toMatchObject({
      article: '6',
      severity: 'warning',
    });
    expect(both.find((f) => f.ruleId === 'rumour')?.severity).toBe('info');
  });

  it('is silent on the sibling of an article the rules spoke on (one thing said once)', () => {
    const opinion = 'Wij vinden dat de werkdruk in het onderwijs veel te hoog is.';
    expect(analyze(draft(opinion)).map((f) => f.article)).toContain('2');
    const onDisclaimer = createSecondReader(handModel('werkdruk', 'bg-disclaimer'));
    const onSubstance = createSecondReader(handModel('werkdruk', 'bg-substance'));
    expect(
      analyze(draft(opinion), { secondReader: onDisclaimer }).map((f) => f.ruleId),
    ).not.toContain('secondReaderBgDisclaimer');
    expect(analyze(draft(opinion), { secondReader: onSubstance }).map((f) => f.ruleId)).toContain(
      'secondReaderBgSubstance',
    );
  });

  it('waits for six words: no estimate on the first words of a post', () => {
    const short = 'Wat een waardeloos plan';
    expect(analyze(draft(short), { secondReader: reader }).map((f) => f.ruleId)).not.toContain(
      'secondReader4',
    );
    expect(
      analyze(draft(`${short} is dit`), { secondReader: reader }).map((f) => f.ruleId),
    ).toContain('secondReader4');
  });

  it('is never raised to a stop for a leader', () => {
    const findings = analyze(draft(text), { secondReader: reader, role: 'leidinggevende' });
    expect(findings.find((f) => f.ruleId === 'secondReader4')!.severity).toBe('warning');
  });

  it('can be switched off by a pack per article, or as a whole, or made a tip', () => {
    const pack = (rules: PolicyInput['rules']) => PolicySchema.parse({ ...defaultPolicy, rules });
    const ids = (policy: Policy) =>
      analyze(draft(text), { secondReader: reader, policy }).map((f) => f.ruleId);
    expect(ids(pack({ secondReader4: { enabled: false } }))).not.toContain('secondReader4');
    expect(ids(pack({ secondReader: { enabled: false } }))).not.toContain('secondReader4');
    expect(ids(pack({ secondReader3: { enabled: false } }))).toContain('secondReader4');
    const stop = analyze(draft(text), {
      secondReader: reader,
      policy: pack({ secondReader4: { severity: 'stop' } }),
    });
    expect(stop.find((f) => f.ruleId === 'secondReader4')!.severity).toBe('warning');
    const tip = analyze(draft(text), {
      secondReader: reader,
      policy: pack({ secondReader4: { severity: 'info' } }),
    });
    expect(tip.find((f) => f.ruleId === 'secondReader4')!.severity).toBe('info');
  });

  it('a broken reader leaves the rules standing', () => {
    const broken = () => {
      throw new Error('boom');
    };
    const text2 = 'Het BSN van Daan is 111222333';
    expect(analyze(draft(text2), { secondReader: broken })).toEqual(analyze(draft(text2)));
  });

  it('names ids per article in camelCase', () => {
    expect(secondReaderRuleId('bg-privacy')).toBe('secondReaderBgPrivacy');
    expect(secondReaderRuleId('10')).toBe('secondReader10');
  });
});

/** Every feature bucket of `word`, sorted (as handModel weighs them). */
function bucketsOf(word: string): number[] {
  const buckets = new Set<number>();
  forEachFeature(makeTextView(word), draft(word), 'medewerker', (b, _s, _e, kind) => {
    if (kind !== 'context') buckets.add(b);
  });
  return [...buckets].sort((a, b) => a - b);
}

/**
 * Two article heads that stay silent on their own (threshold 50) and an any-problem head that
 * weighs every feature of `gateWord`: art. 4 leans on `near4`, art. 7 on nothing.
 */
function gatedModel(gateWord: string, near4: string, gateThreshold = 0): StoredModel {
  const four = bucketsOf(near4);
  const gate = bucketsOf(gateWord);
  return {
    version: 1,
    bucketBits: Math.log2(BUCKETS),
    heads: [
      { article: '7', bias: -1, scale: 0.05, threshold: 50 },
      { article: '4', bias: -1, scale: 0.05, threshold: 50 },
    ],
    gate: { bias: -1, scale: 0.05, threshold: gateThreshold },
    data: packWeights([
      { buckets: [], weights: [] },
      { buckets: four, weights: four.map(() => 100) },
      { buckets: gate, weights: gate.map(() => 100) },
    ]),
  };
}

describe('the any-problem head', () => {
  const text = 'Nou, die ouderavond was weer een feest hoor, bedankt allemaal.';
  const reader = createSecondReader(gatedModel('feest', 'ouderavond'));
  const input = {
    draft: draft(text),
    view: makeTextView(text),
    role: 'medewerker' as const,
    policy: defaultPolicy,
    say: sayIn('nl'),
  };

  it('speaks where nothing else did, under the article whose head came closest, with its own words marked', () => {
    const [f, ...rest] = reader({ ...input, ruled: new Set() });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: secondReaderRuleId('4'), article: '4', severity: 'warning' });
    expect(text.slice(f!.span!.start, f!.span!.end)).toBe('feest');
    expect(f!.message).toMatch(/schatting van een lerend model/);
  });

  it('is silent when a rule warned, below its threshold, on a draft without its words, and when the pack says so', () => {
    expect(reader({ ...input, ruled: new Set(['7'] as const) })).toEqual([]);
    const high = createSecondReader(gatedModel('feest', 'ouderavond', 50));
    expect(high({ ...input, ruled: new Set() })).toEqual([]);
    const other = 'Wat een mooie dag was het vandaag met de hele klas samen.';
    expect(
      reader({ ...input, draft: draft(other), view: makeTextView(other), ruled: new Set() }),
    ).toEqual([]);
    const pack = (rules: PolicyInput['rules']) => PolicySchema.parse({ ...defaultPolicy, rules });
    const policy = pack({ secondReader4: { enabled: false }, secondReader7: { enabled: false } });
    expect(reader({ ...input, policy, ruled: new Set() })).toEqual([]);
    // With art. 4 off, the reminder goes to the article that is still on.
    const only7 = pack({ secondReader4: { enabled: false } });
    expect(reader({ ...input, policy: only7, ruled: new Set() }).map((f) => f.article)).toEqual([
      '7',
    ]);
  });

  it('round-trips through the weights file: its numbers and its weights after the heads', () => {
    const stored = gatedModel('feest', 'ouderavond');
    const logits = scoreDraft(loadModel(stored), input.view, input.draft, 'medewerker');
    expect(logits).toHaveLength(3);
    const set = featureSet(input.view, input.draft, 'medewerker');
    const hits = bucketsOf('feest').filter((b) => set.buckets.includes(b)).length;
    expect(logits[2]).toBeCloseTo(-1 + 0.05 * set.value * 100 * hits, 9);
  });
});

describe('training', () => {
  const rude = [
    'wat een waardeloze school is dit toch',
    'die ouders zijn echt dom en lastig',
    'stomme juf weer met haar gezeur vandaag',
  ];
  const kind = [
    'fijne sportdag allemaal en tot morgen',
    'dank aan de ouders voor de hulp',
    'de juf leest voor in de klas',
  ];
  const data: LabelledDraft[] = Array.from({ length: 60 }, (_, i) => {
    const bad = i % 2 === 0;
    const text = `${(bad ? rude : kind)[i % 3]} ${i}`;
    return { key: `k${i}`, draft: draft(text), role: 'medewerker', expect: bad ? ['4'] : [] };
  });

  it('is deterministic: the same data gives the same bytes', () => {
    expect(trainModel(data, TINY_TRAINING)).toEqual(trainModel(data, TINY_TRAINING));
    expect(trainModel(data, { ...TINY_TRAINING, seed: 8 }).data).not.toBe(
      trainModel(data, TINY_TRAINING).data,
    );
  });

  it('learns a head only where there are enough drafts, and it separates them', () => {
    const stored = trainModel(data, TINY_TRAINING);
    expect(stored.heads.map((h) => h.article)).toEqual(['4']);
    const model = loadModel(stored);
    const z = (t: string) => scoreDraft(model, makeTextView(t), draft(t), 'medewerker')[0]!;
    expect(z('wat een waardeloze juf')).toBeGreaterThan(z('fijne dag allemaal'));
  });

  it('opens a threshold only as far as the clean dev drafts allow', () => {
    const stored = trainModel(data, TINY_TRAINING);
    const dev = [
      ...rude.map((t, i) => ({
        key: `r${i}`,
        draft: draft(t),
        role: 'medewerker' as const,
        expect: ['4' as const],
      })),
      ...kind.map((t, i) => ({
        key: `c${i}`,
        draft: draft(t),
        role: 'medewerker' as const,
        expect: [],
      })),
    ].map((d) => ({ ...d, ruled: new Set<ArticleId>(), rulesWarn: false }));
    const open = setThresholds(stored, dev, {
      cleanBudget: 0,
      minPrecision: 0.5,
      lookAhead: 6,
      otherCost: 0.5,
    });
    const model = loadModel(open);
    const threshold = open.heads[0]!.threshold;
    expect(threshold).toBeLessThan(99);
    for (const d of dev) {
      const z = scoreDraft(model, makeTextView(d.draft.text), d.draft, d.role)[0]!;
      if (d.expect.length === 0) expect(z).toBeLessThan(threshold);
    }
    // Every rude dev draft is above a clean one here, so all three are reached.
    const reached = rude.filter(
      (t) => scoreDraft(model, makeTextView(t), draft(t), 'medewerker')[0]! >= threshold,
    );
    expect(reached.length).toBe(3);
  });

  it('leaves out a head no dev draft could open (it would never speak)', () => {
    const stored = trainModel(data, TINY_TRAINING);
    const onlyClean = kind.map((t, i) => ({
      key: `c${i}`,
      draft: draft(t),
      role: 'medewerker' as const,
      expect: [],
      ruled: new Set<ArticleId>(),
      rulesWarn: false,
    }));
    const shut = setThresholds(stored, onlyClean);
    expect(shut.heads).toEqual([]);
    expect(loadModel(shut).weight.length).toBe(0);
  });
});

describe("features: a person's name as a class", () => {
  const wordBuckets = (text: string) => {
    const out = new Set<number>();
    forEachFeature(makeTextView(text), draft(text), 'medewerker', (b, _s, _e, kind) => {
      if (kind === 'word') out.add(b);
    });
    return out;
  };
  const shared = (a: string, b: string) => {
    const other = wordBuckets(b);
    return [...wordBuckets(a)].filter((x) => other.has(x)).length;
  };

  it('what is said of one name is read for every name: the pairs around it are shared', () => {
    // "gisteren", "had", "een", "woedeaanval", "een woedeaanval" are shared in both; the name
    // class, "had <name>" and "<name> een" are shared only because both are names.
    const plain = shared('Gisteren had Tess een woedeaanval', 'Gisteren had tafel een woedeaanval');
    const named = shared(
      'Gisteren had Tess een woedeaanval',
      'Gisteren had Jayden een woedeaanval',
    );
    expect(named - plain).toBe(3);
  });

  it('a capitalised word at the start of a sentence is not taken for a name', () => {
    expect(shared('Vandaag regent het.', 'Morgen regent het.')).toBe(
      shared('vandaag regent het.', 'morgen regent het.'),
    );
  });
});

describe("features: the rules' word classes", () => {
  /** Buckets emitted over exactly `word`, and the draft's context buckets. */
  const read = (text: string, word: string) => {
    const at = text.toLowerCase().indexOf(word);
    const over = new Set<number>();
    const context = new Set<number>();
    forEachFeature(makeTextView(text), draft(text), 'medewerker', (b, s, e, kind) => {
      if (kind === 'word' && s === at && e === at + word.length) over.add(b);
      if (kind === 'context') context.add(b);
    });
    return { over, context };
  };
  const common = (a: Set<number>, b: Set<number>) => [...a].filter((x) => b.has(x)).length;

  it('two groups of people share their class, and its pair with a damning word', () => {
    const a = read('Veel afghanen zijn tuig.', 'afghanen');
    const b = read('Veel marokkanen zijn tuig.', 'marokkanen');
    const c = read('Veel fietsers zijn tuig.', 'fietsers');
    expect(common(a.over, b.over)).toBe(1); // the class "group"
    expect(common(a.over, c.over)).toBe(0);
    // Context: role, platform, post, text, and the pair "group & damning" for the two groups.
    expect(common(a.context, b.context) - common(a.context, c.context)).toBe(1);
  });
});
