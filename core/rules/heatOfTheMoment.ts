import { strongNegatives } from '../detectors/civility';
import { heatedPunctuation, shouting } from '../detectors/tone';
import { findAll, isNegated, rawSpan, type NormMatch } from '../text/match';
import { defineRule } from './types';

// The state the writer posts in: after a drink, in the middle of the night.
const DRINK = [
  'biertje(s)?',
  'bier',
  'pilsje(s)?',
  'wijntje(s)?',
  'glas(je|jes)? wijn',
  'fles(je)? wijn',
  'borrel(tje|tjes)?',
  'drankje(s)?',
  'dronken',
  'aangeschoten',
  'tipsy',
  'drunk',
  'drinking',
  '(a few|some|too many) (drinks|beers|wines)',
  'beer(s)?',
  'wine',
  '🍺',
  '🍻',
  '🍷',
  '🥃',
];
const NIGHT = [
  "['’]s nachts",
  'midden in de nacht',
  '(lig|ben) (nog |nog steeds |alweer |weer )?(klaar)?wakker',
  '(kan|kon) (weer |nog steeds |echt )?niet (meer )?slapen',
  'slapeloze nacht',
  'geen oog dicht',
  "(can['’]?t|cannot|couldn['’]?t) sleep",
  'still awake',
  'middle of the night',
  'midnight',
  'middernacht',
  '[1-4](am| am)',
];
// A clock time between midnight and five at the start of the draft: "02:47 en ik …".
const NIGHT_TIME = /^\s*0?[0-4][:.][0-5]\d(?!\d)/u;
// Shock or rage that is the state itself ("zo boos", "I'm literally shaking").
const RAGE = [
  'zo boos',
  '(echt|ontzettend|super|zo|heel) (woest|woedend|kwaad|razend)',
  'ik ben (zo |echt |ontzettend |super )?(woest|woedend|razend|ziedend|laaiend|pislink)',
  'ziedend',
  'ik ontplof',
  'ik (tril|trilde|sta te trillen|zit te trillen)',
  '(literally |still )?shaking',
  "i['’]?m (so )?(furious|livid|fuming)",
  'so angry',
  '(still |so )?fuming',
  'still (so )?(angry|furious|upset|mad)',
  'nog (steeds|altijd) (zo )?(boos|kwaad|woedend|razend|overstuur)',
];
// Work and the people of school: what an impulsive post is about.
const WORK = [
  'school',
  '*school',
  'werk',
  'baan',
  'job',
  "collega(s|['’]s)?",
  'ouder(s)?',
  'moeder',
  'vader',
  'leerling(en|etje)?',
  'klas',
  'groep [1-8]',
  'juf',
  'meester',
  'directeur*',
  'directrice',
  'directie',
  'leidinggevende',
  'baas',
  'ziek (melden|gemeld)',
  'ziekmelden',
  'work',
  'boss',
  'colleague(s)?',
  'staff',
  'meeting',
  '(team)?vergadering',
  'team',
  'mum',
  'mom',
  'dad',
  'parent(s)?',
  'student(s)?',
  'pupil(s)?',
  'head ?teacher',
  'principal',
];
// What makes it charged: hate, confessions, acting on it tomorrow, calling in sick, pleas.
const CHARGED = [
  'haat',
  'hekel aan',
  'gestolen worden',
  'durf ik (het )?(wel )?te zeggen',
  '(ga|zal) ik (het )?(hem|haar|ze|iedereen|jullie|die (ouder|moeder|vader|man|vrouw|collega|juf|meester)) (echt |eens |wel |nu )?(eens |echt )?(zeggen|vertellen|laten weten|inpeperen)',
  'ik ga (het )?(iedereen|alles|de hele wereld)',
  'wacht (maar|maar af)',
  "(she|he|they)(['’]s| is| are|['’]re) going to hear (it|about it)",
  "(she|he|they)['’]ll hear (it|about it)",
  '(gaat|zal|zullen|gaan) (het|dat) (nog )?(horen|weten)',
  'krijgt (het|dat) (nog )?te horen',
  "(i['’]?m going to|gonna|i['’]ll|i will) (tell|confront) (everyone|him|her|them)",
  'niemand behandelt (mij|me) zo',
  'nobody treats me',
  'ziek (melden|gemeld)',
  'ziekmelden',
  '(ik )?meld (ik )?(me|mij) (morgen |gewoon |maar )?ziek',
  'call(ing)? in sick',
  'wat moet ik (nu )?doen',
  'what (do|should) i do',
  '(is|what) a joke',
];

const firstNotNegated = (
  ctx: Parameters<typeof strongNegatives>[0],
  list: NormMatch[],
): NormMatch | undefined => list.slice(0, 10).find((m) => !isNegated(ctx.view, m, ctx.sentences));

/**
 * Background "inhoudelijk reageren", article 7: a post about work or the people of school
 * written after a few drinks, in the middle of the night, or shaking with rage or shock. What
 * you post now stays findable; sleep on it, or talk to your leidinggevende first.
 */
export default defineRule({
  id: 'heatOfTheMoment',
  article: 'bg-substance',
  severity: 'warning',
  action: 'contact',
  detect(ctx) {
    const { view } = ctx;
    const drink = firstNotNegated(ctx, findAll(view, ctx.lexicon('heatDrink', DRINK)));
    const night = findAll(view, ctx.lexicon('heatNight', NIGHT))[0];
    const clock = NIGHT_TIME.exec(view.norm);
    const rage = findAll(view, ctx.lexicon('heatRage', RAGE)).filter(
      (m) => !/^\s+op\s+(mezelf|mijzelf|me\s+zelf)/u.test(view.norm.slice(m.end, m.end + 16)),
    );
    const state =
      drink ??
      night ??
      (clock ? { start: clock.index, end: clock.index + clock[0].length } : undefined) ??
      rage[0];
    if (!state) return [];
    if (findAll(view, ctx.lexicon('heatWork', WORK)).length === 0) return [];
    // Rage names its own state; one more sign (a second outburst, shouting, a plea, a plan
    // for tomorrow) tells it from "zo boos op de gemeente om dat zebrapad".
    const others = (list: readonly NormMatch[]): boolean =>
      list.some((m) => m.end <= state.start || m.start >= state.end);
    const charged =
      findAll(view, ctx.lexicon('heatCharged', CHARGED)).length > 0 ||
      shouting(view.raw) !== null ||
      heatedPunctuation(view.raw) !== null ||
      others(rage) ||
      others(strongNegatives(ctx));
    return charged ? [{ span: rawSpan(view, state) }] : [];
  },
});
