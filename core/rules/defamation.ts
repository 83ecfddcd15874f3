import { identifiablePersonIn, lessonIn } from '../detectors/civility';
import { clauseBefore, negatedInClause, scan } from '../detectors/clauses';
import { fictionNear } from '../detectors/insults';
import { isQuoted, sentenceOf, windowOf as sentenceWindow } from '../detectors/ranges';
import { rawSpan } from '../text/match';
import { defineRule, type RuleHit } from './types';

// Active accusations: the person is the one who does it. Past participles that are also
// used for victims ("haar fiets is gestolen") are in PERFECT below, with their auxiliary.
const ACCUSING_VERBS = [
  'ste[e]lt',
  'stal',
  'jat',
  'jatte',
  'jatten',
  'fraudeert',
  'fraudeerde',
  'frauderen',
  'sjoemelt',
  'sjoemelde',
  'verduister(t|de|den) (het |de |al het |veel )?(geld|kas|ouderbijdrage|schoolgeld)',
  'geld (verduisterd|gestolen|achterovergedrukt|gejat)',
  'graai(t|de|den) (in|uit) de (kas|pot|ouderbijdrage|schoolkas|ouderraadspot)',
  'drukt (het |al het |geld |de kas )?(geld )?achterover',
  'zit(ten)? aan de kas',
  '(zit|zitten) (de|die|onze|ons|hij|zij|ze) (directeur|directrice|penningmeester|voorzitter|concierge|juf|meester|administrateur)? ?aan de kas',
  // "Die juf drinkt, iedereen weet het": a vice insinuated as common knowledge.
  '(drinkt|gebruikt|snuift|liegt|steelt)(,)? (en )?(iedereen|we|wij) (weet|weten) (het|dat)',
  'mishandelt',
  'mishandelde',
  'misbruikt (kinderen|leerlingen|zijn|haar|de|een)',
  'misbruikte',
  'randt (kinderen|leerlingen|meisjes|jongens)? ?aan',
  'betast(e)? (kinderen|leerlingen|meisjes|jongens)',
  'zit(ten)? aan (de |die )?(kinderen|leerlingen|meisjes|jongens|kleuters)',
  '(slaat|sloeg|schopt|schopte) (zijn |haar |de |die )?(kinderen|leerlingen|kind|kids|vrouw|man|hond)',
  'liegt',
  'lo[o]g',
  'vervalst(e)?',
  'dealt',
  'drinkt (op het werk|onder werktijd|in de klas|op school|voor de klas|tijdens)',
  '(gebruikt|snuift|snoof) (coke|cocaine|drugs|speed)',
  'pleegt (fraude|diefstal)',
  'pleegde (fraude|diefstal)',
  'steals',
  'stole',
  'embezzle(s|d)?',
  'molest(s|ed)',
  'abuses',
];
// "heeft … gestolen": active perfect, the person did it (a bounded gap, no nesting).
const PERFECT =
  /(?<![\p{L}])(heeft|hebben|had|hadden)\s+(?:\S+\s+){0,5}(gestolen|gejat|achterovergedrukt|vervalst|misbruikt|mishandeld|aangerand|opgelicht|gefraudeerd|gesjoemeld|gelogen)(?![\p{L}])/gu;
// "… is een dief", "was dronken op het schoolfeest".
const ACCUSING_PREDICATES = [
  "(is|was|zijn|waren|bent|blijkt|bleek) (gewoon |echt |toch |ook )?(een |zo['’]?n |de grootste )?(echte |vieze |vuile |grote )?(dief|dieven|oplichter(s)?|fraudeur(s)?|crimineel|criminelen|pedo('s|s)?|pedofiel(en)?|kinderlokker(s)?|verkrachter(s)?|dronkaard|dronkenlap|zuiplap|alcoholist|junk(ie)?|cokesnuiver|drugsdealer|racist(en)?|zedendelinquent|kinderverkrachter|stalker)",
  '(is|was|kwam|komt|stond|staat|zat) (weer |gewoon |altijd |vaak |al )?(helemaal |zo goed als )?(dronken|stomdronken|bezopen|straalbezopen|laveloos|stoned|high|onder invloed) (op|naar|bij|tijdens|in|voor)',
  'aan de (drugs|drank)',
  '(die|deze) (dief|oplichter|fraudeur|crimineel|pedo|pedofiel|kinderlokker|verkrachter) van een',
  '(is|was|are) (a |an )?(thief|crook|fraud|criminal|paedo|pedo|pedophile|paedophile|drunk|abuser|racist)',
  '(was|is|came|comes) (drunk|high) (at|to) (work|school)',
];

// "heeft niets gestolen": the negation sits inside the matched perfect.
const DENIAL = /(?<![\p{L}])(niets|niks|nooit|niet|geen|nothing|never)(?![\p{L}])/u;
// A lesson, a children's game or a report without a suspect is no accusation.
const GAMES =
  /(?<![\p{L}])(diefje met verlos|politie en boef|boefje|agentje|dief en agent|detective|speurtocht|escape ?room|weerwolven|wie is de mol|cluedo)(?![\p{L}])/u;
// A passive or a victim: "is bestolen", "werd misbruikt", "van meester Tom is gestolen".
const VICTIM_BEFORE =
  /(?<![\p{L}])(is|zijn|werd|werden|wordt|worden|was|waren|ben|bent)\s+(\S+\s+){0,2}$/u;

/**
 * Art. 4 (laster/smaad, art. 261–262 Sr): accusing an identifiable person (a name, "de
 * penningmeester", "juf X", an @handle) of a crime or serious misconduct. A break-in without
 * a suspect, a victim, a lesson or a game gives nothing; a denial ("heeft niets gestolen") too.
 */
export default defineRule({
  id: 'defamation',
  article: '4',
  severity: 'stop',
  // Laster is named in "Bedenk dat…" too: "Laster, beledigingen en obsceniteit zijn niet geoorloofd".
  alsoArticles: ['bg-civility'],
  detect(ctx) {
    const { view } = ctx;
    const norm = view.norm;
    const verbs = scan(view, ctx.lexicon('defamationVerbs', ACCUSING_VERBS)).filter(
      (m) => !VICTIM_BEFORE.test(clauseBefore(ctx, m.start)),
    );
    const perfect = scan(view, PERFECT);
    const predicates = scan(view, ctx.lexicon('defamationPredicates', ACCUSING_PREDICATES));
    const out: RuleHit[] = [];
    for (const m of [...verbs, ...perfect, ...predicates].sort((a, b) => a.start - b.start)) {
      if (out.length > 0) break; // one laster warning per draft is enough
      if (isQuoted(ctx, m) || negatedInClause(ctx, m) || DENIAL.test(m.text)) continue;
      const sentence = sentenceOf(ctx, m.start);
      const text = norm.slice(sentence.start, sentence.end);
      if (GAMES.test(text) || lessonIn(ctx, sentence) || fictionNear(ctx, m.start)) continue;
      // The person must be in the sentence (or the one before: "Meester Tom? Die steelt.").
      const win = sentenceWindow(ctx, m.start, 1);
      const before = { start: win.start, end: sentence.end };
      if (!identifiablePersonIn(ctx, before)) continue;
      out.push({ span: rawSpan(view, m) });
    }
    return out;
  },
});
