// Parents' photos and videos (art. 11): shared by parentPhotos (which reports them) and
// mediaMention (which then stays quiet: the art. 11 reminder already asks about consent).
import { PIC, phrases, windowAround } from './media';
import { findAll, has, isNegated, rawSpan, type NormMatch } from '../text/match';
import type { RuleContext } from '../rules/types';
import type { Span } from '../types';

const S = String.raw`\s+`;
const PARENT = String.raw`(?:moeders?|vaders?|ouders?|mama['’]?s?|papa['’]?s?|hulpouders?|opa['’]?s?|oma['’]?s?|mums?|moms?|dads?|parents?)`;
const OF_CHILD = String.raw`(?:\s+van\s+\p{L}+)?`;

// Parents invited to post or send their photos of a school event.
const INVITE = phrases([
  String.raw`(?:deel|delen|post|posten|plaats|plaatsen|upload|uploaden|stuur|sturen|tag|taggen|laat|mail|app|share|send)(?:\s+(?:gerust|vooral|ook|dan|maar|graag|even|ons|me|mij|us)){0,3}${S}(?:jullie|je|uw|your)(?:\s+(?:mooiste|leukste|beste|eigen|best))?${S}${PIC}`,
  String.raw`(?:jullie|uw|je)${S}${PIC}(?:\s+(?:zijn|van|harte|heel|ook)){0,3}${S}welkom`,
  String.raw`${PIC}(?:\s+(?:zijn|van|harte)){0,3}${S}welkom${S}(?:in|onder)(?:\s+de)?${S}(?:reacties|comments)`,
  String.raw`${PIC}${S}(?:delen|posten|taggen)${S}(?:met|onder)(?:\s+de)?${S}(?:hashtag|#)`,
  String.raw`(?:ouders|papa['’]s\s+en\s+mama['’]s|parents),?${S}(?:deel|post|tag|plaats|stuur|upload|share)`,
  String.raw`gebruik(?:\s+(?:de|onze))?${S}(?:hashtag\s+)?#[\p{L}\p{N}]+${S}(?:bij|onder|voor|in)${S}(?:je|jullie|uw)${S}${PIC}`,
  String.raw`tag${S}(?:ons|us)${S}(?:in|op|on)${S}(?:je|jullie|uw|your)${S}${PIC}`,
]);

// A photo by a parent, reposted by the school or a teacher.
const REPOST = phrases([
  String.raw`${PIC}(?:\s+(?:is|zijn))?${S}(?:gemaakt|geschoten|genomen|gedeeld)${S}door(?:\s+(?:een|de|onze|twee|alle|van|één)){0,4}${S}${PARENT}`,
  String.raw`(?:regram|repost)${S}(?:van|via|from)(?:\s+(?:een|de|onze|van|one|of|our|the)){0,4}${S}${PARENT}`,
  String.raw`(?:foto|fotos|beeld|credits?|photo)\s*:?(?:\s+door)?(?:\s+(?:de|een))?${S}${PARENT}${S}van`,
  String.raw`(?:dank|bedankt|dankjewel|dank\s+je\s+wel|thanks|thank\s+you|merci)(?:\s+(?:aan|to|de|alle|onze|een|one|of|our|van|the)){0,4}${S}${PARENT}${OF_CHILD}${S}(?:voor|for)(?:\s+\S+){0,3}?${S}${PIC}`,
  String.raw`${PARENT}${OF_CHILD}${S}(?:maakte|schoot|stuurde|deelde|postte|took|sent)(?:\s+(?:deze|de|mooie|prachtige|een|paar|wat|these|this|ons|me|mij|us)){0,3}${S}${PIC}`,
  String.raw`${PIC}${S}(?:by|from)(?:\s+(?:a|one|of|our)){0,3}${S}${PARENT}`,
  // "de klassenfoto die een moeder gisteren maakte".
  String.raw`\p{L}*${PIC}${S}(?:die|that)${S}(?:een|de|onze|a|one|our)${S}${PARENT}(?:\s+\S+){0,3}?${S}(?:maakte|schoot|nam|took|made)`,
  String.raw`${PIC}(?:\s+\S+){0,3}?${S}(?:kreeg|kregen|ontving|gekregen|ontvangen|gestuurd|got|received)(?:\s+(?:ik|we|wij|i))?${S}(?:van|door|from)(?:\s+(?:een|de|onze|van|a|one|of|our)){0,3}${S}${PARENT}`,
]);

// Someone who is neither staff nor a parent filmed a school event and put it online
// (art. 11: only parents may, besides staff): "gemaakt door de vriend van juf Iris … op zijn
// Instagram", "mijn zus heeft filmpjes gemaakt, die staan op haar TikTok".
const OTHER = String.raw`(?:vriend|vriendin|zus|broer|oom|tante|buurman|buurvrouw|nicht|neef|schoonzus|zwager|fotograaf|kennis|boyfriend|girlfriend|sister|brother|uncle|aunt|neighbou?r)`;
const OWN_CHANNEL = String.raw`(?:zijn|haar|hun|z['’]n|d['’]r|his|her|their)\s+(?:eigen\s+)?(?:instagram|insta|tiktok|facebook|youtube|kanaal|account|pagina|channel|page)`;
const THIRD_PARTY = phrases([
  String.raw`${PIC}(?:\s+\S+){0,5}?${S}(?:gemaakt|geschoten|gefilmd|opgenomen|taken|shot|filmed)${S}(?:door|by)(?:\s+(?:de|een|mijn|m['’]n|haar|zijn|onze|the|my|a|her|his)){0,2}${S}${OTHER}`,
  String.raw`(?:mijn|m['’]n|haar|zijn|de|my|her|his)${S}${OTHER}(?:\s+\S+){0,12}?${S}(?:gemaakt|gefilmd|geschoten|maakte|filmde|made|filmed|took)`,
]);
const ON_OWN_CHANNEL = phrases([
  String.raw`(?:staan|staat|staan\s+nu|staat\s+nu|zet|zette|gezet|op|on)(?:\s+\S+){0,2}?${S}${OWN_CHANNEL}`,
]);
// A reply to someone's photo of the class, taken over for the school's page: "Mag ik hem
// lenen voor de schoolpagina? Ik zet hem er alvast op".
const TAKEN_OVER = phrases([
  String.raw`(?:mag\s+ik|can\s+i)${S}(?:hem|het|die|deze|ze|it|them)(?:\s+\S+){0,2}?${S}(?:lenen|gebruiken|delen|overnemen|reposten|borrow|use|share|repost)`,
  String.raw`(?:ik\s+zet|zet\s+ik|i['’]ll\s+put)${S}(?:hem|het|die|ze|it|them)(?:\s+\S+){0,3}?${S}(?:op|on)`,
]);

/** A third party's photos of a school event on their own channel, or a reply's photo taken over. */
function otherMaker(ctx: RuleContext): NormMatch | undefined {
  const { view } = ctx;
  const made = findAll(view, THIRD_PARTY)[0];
  if (made && has(view, ON_OWN_CHANNEL)) return made;
  if (ctx.draft.isReply && has(view, PEOPLE_PIC)) return findAll(view, TAKEN_OVER)[0];
  return undefined;
}
const PEOPLE_PIC = phrases([
  String.raw`${PIC}${S}(?:van|of)${S}(?:de|het|onze|jullie|the|our)?\s*(?:hele\s+|whole\s+)?(?:klas|groep|class|kinderen|kids)`,
]);

// Parents addressed in the same sentences as photos and a request or permission to post
// them: "Wie van de ouders heeft foto's? Plaats ze hier", "zet de filmpjes gerust online".
const PARENTS_ADDRESSED = phrases([String.raw`(?:ouders|ouder|papa['’]s|mama['’]s|parents)`]);
const SHARE_REQUEST = phrases([
  String.raw`(?:deel|plaats|post|zet|upload|stuur|share|tag)${S}(?:ze|die|hem|het)(?:\s+(?:gerust|maar|vooral|graag|hier|hieronder|online|in|onder|deze|de|post|reacties|comments)){0,4}`,
  String.raw`(?:zet|zetten|plaats|post|deel|upload)(?:\s+(?:de|je|jullie|uw|die|deze))?${S}${PIC}(?:\s+(?:gerust|maar|vooral|ook|daarna|hier)){0,3}?${S}(?:online|op\s+(?:facebook|insta|instagram|social\s+media|je\s+eigen|jullie\s+eigen))`,
  String.raw`(?:mag|mogen|mag\s+je|feel\s+free\s+to)(?:\s+\S+){0,9}?${S}(?:online\s+zetten|delen|posten|plaatsen|zetten|post|share)`,
]);

// A repost of a parent's account: "Repost van @mama_van_3" (on the raw text: handles
// keep their underscores and digits there).
const PARENT_HANDLE =
  /(?:regram|repost)\s+(?:van|via|from)\s+@[\p{L}\p{N}_.]*(?:mama|papa|moeder|vader|mom|mum|dad|ouder|parent)/giu;

// Credit lines such as "📸: de moeder van Sem".
const CREDIT =
  /(?:📸|📷)\s*:?\s*(?:door\s+)?(?:de\s+|een\s+)?(?:moeder|vader|mama|papa|ouder|hulpouder|opa|oma)(?![\p{L}])/gu;

// Words a school adds for its own phrasing (policy pack `lexicons.parentPhotos`).
const EXTRA = ['regram van een ouder', 'repost van een ouder'];

// Staff restating the rule ("vraag toestemming als er andere kinderen op staan").
const RULE_RESTATED = [
  'toestemming',
  '(alleen |enkel )?(je|jullie|uw) eigen kind(eren)?',
  'andere kinderen',
  'andermans kinderen',
  'other (children|kids)',
  'your own (child|children|kids)',
  'permission',
  'consent',
];

/**
 * The raw span where parents are invited to post their photos, or a parent's photo is
 * reposted; undefined when there is none or when the draft restates the consent rule.
 */
export function parentMedia(ctx: RuleContext): Span | undefined {
  return ctx.memo('parentMedia', () => {
    const { view } = ctx;
    // Every pattern needs a photo word, a repost or a camera: skip the rest cheaply.
    if (!has(view, GATE)) return undefined;
    if (has(view, ctx.lexicon('parentPhotosRuleRestated', RULE_RESTATED))) return undefined;
    const hit =
      findAll(view, INVITE)[0] ??
      findAll(view, REPOST)[0] ??
      askedToShare(ctx) ??
      fightFootageAsked(ctx) ??
      findAll(view, CREDIT)[0] ??
      findAll(view, ctx.lexicon('parentPhotos', EXTRA))[0] ??
      otherMaker(ctx);
    if (hit) return rawSpan(view, hit);
    const handle = [...view.raw.matchAll(PARENT_HANDLE)][0];
    return handle ? { start: handle.index, end: handle.index + handle[0].length } : undefined;
  });
}

// Footage of pupils fighting asked for: "Heeft iemand het filmpje van de vechtpartij bij het hek?
// Stuur het me even" (issue 13: asking others to send in a film of pupils fighting). Who filmed
// children in an incident, and who passes it on, is the consent question of art. 11 (and 10).
const FIGHT_FOOTAGE = phrases([
  String.raw`${PIC}(?:\s+\S+){0,2}?${S}(?:van|of|from)${S}(?:de|het|die|dat|een|the|that|this)?\s*(?:\p{L}+\s+)?(?:vechtpartij|knokpartij|matpartij|ruzie|gevecht|klappen|fight|fighting|scuffle)`,
]);
const SEND_IT = phrases([
  String.raw`(?:stuur|sturen|stuurt|app|appen|appt|mail|mailen|deel|delen|doorsturen|send|share|dm|forward)(?:\s+(?:het|hem|ze|die|dat|deze|even|me|mij|ons|maar|gerust|dan|door|it|them|me|us)){0,4}`,
  String.raw`(?:wie|iemand|anyone|who)\s+(?:\p{L}+\s+){0,2}(?:heeft|has|got)`,
]);

function fightFootageAsked(ctx: RuleContext): NormMatch | undefined {
  const footage = findAll(ctx.view, FIGHT_FOOTAGE)[0];
  if (!footage) return undefined;
  // "Wij vragen u dit niet verder te delen": asked not to pass it on.
  const asked = findAll(ctx.view, SEND_IT).some(
    (m) => !NEGATION.test(ctx.view.norm.slice(Math.max(0, m.start - 20), m.start)),
  );
  return asked ? footage : undefined;
}

// Staff telling parents the consent rule does not apply: the opposite of art. 11.
const WAIVER = [
  'ook als er (andere|meer|nog andere) (kinderen|kindjes|leerlingen) op (staan|staat|zijn|komen)',
  'ook (met|van) andere (kinderen|kindjes|leerlingen) (erop|op de foto)',
  '(geen|zonder) toestemming (nodig|vragen|te vragen)',
  'toestemming is niet nodig',
  '(hoeft|hoeven|hoef) (je|u|jullie) (geen toestemming|niet om toestemming) te vragen',
  'maakt niet uit wie (erop|er op) (staat|staan)',
  'even if other (children|kids|pupils) are (in|on) (it|them)',
  "(no need|don't need|do not need) (to ask )?(for )?(permission|consent)",
  'no (permission|consent) needed',
];
// "…, vraag dan wel even toestemming": the rule is restated after all.
const ASKS_CONSENT =
  /(?:vraag|vragen|vraagt)(?:\s+(?:dan|wel|even|eerst|altijd|om))*\s+toestemming|ask(?:\s+(?:for|first|the))*\s+(?:permission|consent)/u;

/**
 * Where the draft tells parents they may post photos with other children on them without
 * asking (norm match), or undefined.
 */
export function parentMediaWaiver(ctx: RuleContext): NormMatch | undefined {
  return ctx.memo('parentMediaWaiver', () => {
    const { view } = ctx;
    if (!has(view, GATE)) return undefined;
    const waiver =
      findAll(view, ctx.lexicon('parentPhotosWaiver', WAIVER))[0] ?? othersChildrenNoProblem(ctx);
    if (!waiver || !has(view, PARENTS_ADDRESSED) || !has(view, PIC_RE)) return undefined;
    // The waiver itself may say "ask for permission" ("no need to ask for permission").
    const rest = view.norm.slice(0, waiver.start) + ' ' + view.norm.slice(waiver.end);
    return ASKS_CONSENT.test(rest) ? undefined : waiver;
  });
}

// "…van andermans kinderen, is echt geen probleem": other children named, then waved away.
const OTHER_CHILDREN = phrases([
  String.raw`(?:andere|andermans)\s+(?:kinderen|kindjes|leerlingen)|other\s+(?:children|kids|pupils)|other\s+people['’]s\s+(?:children|kids)`,
]);
const NO_PROBLEM = phrases([
  String.raw`(?:geen|geen\s+enkel)\s+probleem|maakt\s+(?:niet|niks|helemaal\s+niet)\s+uit|mag\s+gewoon|no\s+problem|(?:doesn['’]t|does\s+not)\s+matter`,
]);

const NOT_POSTED =
  /(?:niet|geen|nooit|not|never)\s+(?:[\p{L}']+\s+){0,2}(?:online|op\s+(?:social|facebook|insta)|delen|posten|plaatsen|post|share)/u;

function othersChildrenNoProblem(ctx: RuleContext): NormMatch | undefined {
  const { view } = ctx;
  const others = findAll(view, OTHER_CHILDREN)[0];
  if (!others) return undefined;
  const win = windowAround(ctx, others.start);
  if (!has(view, NO_PROBLEM, win.start, win.end)) return undefined;
  // "Geen probleem, als je die maar niet online zet": the posting is still ruled out.
  return NOT_POSTED.test(view.norm.slice(win.start, win.end)) ? undefined : others;
}

const PIC_RE = phrases([PIC]);
const GATE =
  /foto|film|video|beeld|kiekje|plaatje|pic|photo|shot|snap|footage|clip|regram|repost|📸|📷/u;
// "Ouders mogen geen foto's delen": a prohibition, not an invitation.
const NEGATION = /(?<![\p{L}])(?:geen|niet|nooit|no|not|never)(?![\p{L}])/u;

/** A request to parents to post or share their media, in one window (±1 sentence). */
function askedToShare(ctx: RuleContext): NormMatch | undefined {
  const { view } = ctx;
  for (const m of findAll(view, SHARE_REQUEST)) {
    if (NEGATION.test(m.text) || isNegated(view, m, ctx.sentences)) continue;
    const win = windowAround(ctx, m.start);
    if (has(view, PARENTS_ADDRESSED, win.start, win.end) && has(view, PIC_RE, win.start, win.end)) {
      return m;
    }
  }
  return undefined;
}
