import { hostileNear, JOKE_CUE } from '../detectors/civility';
import { scan } from '../detectors/clauses';
import { isQuoted } from '../detectors/ranges';
import { violenceWishHits } from '../detectors/contempt';
import { rawSpan } from '../text/match';
import { defineRule, type RuleHit } from './types';

const YOU = '(je|jou|u|jullie|hem|haar|jij)';
const BLOW = '(klap|klappen|dreun|mep|knal|oplawaai|pak slaag|schop|hengst|lel)';

// Threats on their own: there is no innocent reading of "ik weet waar je woont".
const THREATS = [
  `ik weet (precies |heus |echt )?waar ${YOU} (woont|woon|wonen|werkt|werken|slaapt)`,
  `ik weet (precies |heus )?waar (je|jouw|uw|zijn|haar) (kinderen|kind|zoon|dochter|huis) `,
  `ik weet ${YOU} (wel )?te vinden`,
  'ik weet (precies |heus )?waar (je|jij|u) (je |jouw |uw )?(auto|fiets) (parkeert|neerzet|zet)',
  'ik weet (precies |heus )?waar (je|jij|u) (uithangt|sport|elke dag bent|je boodschappen doet)',
  `ik (ga|zal|kom) ${YOU} (nog )?(pakken|krijgen|afmaken|kapotmaken|kapot maken|vermoorden|slaan|opwachten|te grazen nemen)`,
  `ik (ga|zal) ${YOU} (nog )?(een lesje leren|in elkaar (slaan|trappen|rammen))`,
  `ik (maak|sla|trap|schop|steek|schiet|vermoord) ${YOU} (nog )?(af|kapot|dood|in elkaar|neer|lens)`,
  `ik vermoord ${YOU}`,
  `ik (pak|krijg) ${YOU} (nog|ooit|te pakken)`,
  '(je|jij|u|jullie) (zult|zal|gaat|gaan) (het|dit|dat) (nog )?(merken|bezuren|berouwen|voelen)',
  '(dat|dit) (zal|ga|gaat|zult|zullen|gaan) (je|jij|u|jullie) (nog )?(merken|bezuren|berouwen|voelen)',
  '(daar|hier) (ga|gaat|zal|zult|gaan) (je|jij|u|jullie) (nog )?spijt van krijgen',
  '(je|jij|u|jullie) (krijgt|krijg|krijgen) (hier |daar )?(nog )?spijt van',
  '(je|jij|u) (bent|zijt) (nog )?(niet|nog niet) van (me|mij) af',
  '(je|jij|u|jullie) (bent|zijn) (de klos|er geweest|nog niet jarig)',
  '(je|jij|u|jullie) (gaat|gaan) eraan',
  'kijk (maar )?uit wat (je|jij|u) (zegt|doet|schrijft)',
  'ik (hou|houd) (je|jou|u|jullie) in de gaten',
  'i know where (you|u) live',
  "(you'll|you will|youll) (pay|regret)",
  'watch your back',
  "(i'll|i will) (get|find|hurt|kill) you",
  "i'm watching you",
  // Violence promised to someone: "dan krijgt ie een klap", "ik geef hem een dreun".
  `(dan|anders) (krijgt|krijg) (ie|hij|ze|zij|die|jij|u) (echt |gewoon |meteen |wel )?(een )?${BLOW}`,
  `(krijgt|krijg) (ie|hij|ze|zij|je|jij|u) (echt |gewoon |meteen |wel )?(een )?${BLOW} van (mij|me)`,
  `(hij|ze|zij|die|jij|u) (krijgt|krijg) (echt |gewoon |meteen |wel )?(een )?${BLOW} van (mij|me)`,
  `ik (geef|verkoop) ${YOU} (echt |gewoon |meteen |wel |nog )?(een )?${BLOW}`,
  `(geef|verkoop) ik ${YOU} (echt |gewoon |meteen |wel |nog )?(een )?${BLOW}`,
  `ik sla ${YOU} (nog )?(op (zijn|haar|je) (bek|smoel|muil)|verrot|lens)`,
  "(i['’]ll|i will|i['’]m going to|gonna) (punch|slap|smack|hit|deck) (him|her|you|them)",
];

// Threatening to expose the school or someone: a warning, not a stop (no violence).
const EXPOSURE = [
  'ik ga (iedereen|de hele wereld|alle ouders|de krant|de pers|de media) vertellen wat er',
  'ik ga (alles|het allemaal|dit allemaal) (openbaar maken|naar buiten brengen|op straat gooien|aan de grote klok hangen|lekken|naar de krant brengen)',
  'dan (weet|hoort) iedereen (het|wat er)',
  "(i['’]ll|i will|i['’]m going to|gonna) (tell everyone|expose)",
];

// Only a threat with hostility around it: "Wacht maar tot je ziet wat we voor de musical
// hebben!" is a teaser, "ik kom je halen om 3 uur" is a lift, "ik blijf jullie volgen 😊" a fan.
const THREATS_IF_HOSTILE = [
  'wacht (jij |u |jullie )?(maar eens af|maar af|maar)',
  'pas (jij |u |jullie )?(maar )?op',
  'kijk (jij |u |jullie )?(maar )?uit',
  'wees gewaarschuwd',
  'je bent gewaarschuwd',
  'laatste waarschuwing',
  `ik kom ${YOU} (wel )?(halen|opzoeken|vinden)`,
  `ik (ga|zal) ${YOU} (nog |wel )?vinden`,
  `ik blijf ${YOU} volgen`,
  `ik zie ${YOU} (morgen|straks|vanavond|maandag|nog|wel|bij)`,
  'ik weet wie (je|jij|u) (bent|is)',
  `ik (kom|sta|wacht) (morgen |straks |vanavond |zo )?(bij|voor|aan) (je|jouw|uw|zijn|haar) (deur|huis|hek|auto|werk)`,
  `ik kom (naar|bij) (je|jouw|uw|zijn|haar) (huis|thuis|werk)`,
  `(sta|kom|ben|wacht) ik (morgen |straks |vanavond |zo )?(bij|voor|aan) (je|jouw|uw|zijn|haar) (deur|huis|hek|auto|werk)`,
  'we zien elkaar (nog|wel)',
  'dit is (nog )?niet (voorbij|afgelopen)',
  'dit (heeft|krijgt) (nog )?(gevolgen|een staartje)',
  "(i'll|i will) (see|find) you",
];

// Doxxing: a street address of someone, next to hostility.
const STREET_ADDRESS =
  /(?<![\p{L}])(hij|zij|ze|die|(?:de|die|deze) \p{L}+)\s+woont\s+(op|aan|in)\s+(de\s+)?\p{L}+(straat|weg|laan|plein|kade|singel|gracht|dijk|pad|hof|dreef|steeg)(?![\p{L}])/gu;

/**
 * Art. 4 (bedreiging/stalking, art. 285 and 285b Sr): threats, "ik weet waar je woont",
 * following or waiting for someone, someone's address with hostility. Teasers and pick-up
 * logistics give nothing; with a laughing emoji the stop becomes a warning (probably a joke,
 * but still read by everyone).
 */
export default defineRule({
  id: 'threatOrStalking',
  article: '4',
  severity: 'stop',
  // A threat or a violence wish is also no way to treat anyone ("respecteer degene tot wie je je richt").
  alsoArticles: ['bg-civility'],
  detect(ctx) {
    const { view } = ctx;
    const norm = view.norm;
    const strong = scan(view, ctx.lexicon('threatPhrases', THREATS));
    const weak = [
      ...scan(view, ctx.lexicon('threatPhrasesIfHostile', THREATS_IF_HOSTILE)),
      ...scan(view, STREET_ADDRESS),
      // "Wacht maar tot je ziet …", "pas op voor gladheid": only with hostility around.
    ].filter((m) => hostileNear(ctx, m.start));
    const out: RuleHit[] = [];
    // Violence wished on anyone, a politician too: "iemand moet hem eens neerschieten".
    const wishes = violenceWishHits(ctx);
    for (const m of [...strong, ...weak, ...wishes].sort((a, b) => a.start - b.start)) {
      if (isQuoted(ctx, m) || out.length > 0) continue;
      const hit: RuleHit = { span: rawSpan(view, m) };
      if (wishes.includes(m)) hit.variant = 'violence';
      if (JOKE_CUE.test(norm) && !hostileNear(ctx, m.start)) hit.severity = 'warning';
      out.push(hit);
    }
    if (out.length > 0) return out;
    const exposure = scan(view, ctx.lexicon('threatExposure', EXPOSURE)).find(
      (m) => !isQuoted(ctx, m),
    );
    return exposure ? [{ span: rawSpan(view, exposure), severity: 'warning' }] : [];
  },
});
