import { findAll, rawSpan, type NormMatch } from '../text/match';
import { defineRule, type RuleHit } from './types';

const POST = String.raw`(?:posten|delen|plaatsen|zeggen|zetten|publiceren|vertellen|tweeten|twitteren|laten\s+zien)`;

// Doubt about the writer's own post: first person (or "dit") and a posting verb, so a
// question to parents ("Mag mijn kind een telefoon mee?") is not one.
const PATTERNS = [
  // "Mag dit (eigenlijk) wel?", "Mag dit eigenlijk?"
  /\bmag\s+dit\s+(?:eigenlijk\s+wel|eigenlijk|wel)\s*\?/gu,
  // "Mag ik dit wel plaatsen?", "Kan ik dit zomaar delen?" (a doubting adverb: "mag ik dit
  // delen?" in a reply, or "kan ik dit delen?", asks the author, not oneself)
  new RegExp(
    String.raw`\b(?:mag|mocht|kan|moet|durf)\s+ik\s+(?:dit|dat|het)\b(?:\s+(?:even|hier|nog|online))*?(?:\s+(?:eigenlijk|wel|zomaar|gewoon)){1,2}(?:\s+(?:even|hier|nog|online)){0,2}\s+${POST}\b`,
    'gu',
  ),
  // "Ik weet niet (zeker) of ik dit mag delen", "twijfel of ik dit moet posten"
  new RegExp(
    String.raw`\b(?:weet|twijfel|twijfelde)\b(?:\s+\S+){0,3}?\s+of\s+ik\s+(?:dit|dat|het)\s+(?:\S+\s+){0,2}?(?:mag|mocht|kan|kon|moet|moest|zou\s+moeten)\s+(?:\S+\s+){0,2}?${POST}\b`,
    'gu',
  ),
  // "… of ik dit wel mag, maar"
  /\b(?:weet|twijfel)\b(?:\s+\S+){0,3}?\s+of\s+ik\s+(?:dit|dat|het)\s+(?:wel\s+)?mag\s*[,.!?]/gu,
  // "Is het oké als ik dit deel?"
  /\bis\s+(?:het|dat)\s+(?:wel\s+)?(?:oke|ok|goed|erg|handig)\s+als\s+ik\s+(?:dit|dat|het|deze\s+\S+)\s+(?:deel|post|plaats|zet)\b/gu,
];

// "Mag ik dit posten?" in a post of one's own (not in a reply to the author).
const MAY_I = new RegExp(
  String.raw`\b(?:mag|moet|durf)\s+ik\s+(?:dit|dat|het)(?:\s+(?:even|hier|nog|online)){0,2}\s+${POST}\b`,
  'gu',
);

const PHRASES = [
  'hopelijk vindt (de|mijn|onze) (directie|directeur|directrice|school|baas|leidinggevende|teamleider|bestuur) (het|dit) (niet erg|goed|oke)',
  'hopelijk mag (dit|het)',
  'ik hoop dat (dit|het) mag',
  'ik weet niet of (dit|dat) mag',
  'ik weet niet of ik (hier |dit |dat |het )?(iets )?(over )?(mag|kan) (zeggen|delen|posten|vertellen|plaatsen)',
  'twijfel of ik (dit|dat|het) (mag|kan) (delen|posten|plaatsen|zeggen)',
  'eigenlijk mag ik (dit|dat|het) niet (zeggen|delen|posten|vertellen)',
  "not sure (if|whether) i( am|['’]m)? (allowed|supposed|meant) to",
  'not sure i should be (posting|sharing)',
  'not sure i should (post|share)',
  'am i (even )?allowed to (post|share)',
  'is it (ok|okay|alright) (if i|to) (post|share)',
  "hope (my|the) (boss|head|headteacher|principal|manager) (doesn['’]?t|does not|won['’]?t) mind",
  'should i (even )?(post|share) this',
];

// Doubt overruled: "maar ik doe het toch", "I'm posting it anyway". Bij twijfel niet doen.
const ANYWAY =
  /\b(?:ik\s+(?:doe|post|plaats|deel|zet)\s+(?:het|dit)\s+(?:toch|gewoon|lekker)|(?:doe|post|plaats|deel|zet)\s+ik\s+(?:het|dit)\s+(?:toch|gewoon))\b|\b(?:posting|sharing|doing|post|share)\s+it\s+anyway\b/u;

/**
 * Art. 8: the writer doubts whether they may post this ("mag dit wel?", "twijfel of ik dit
 * moet posten"). The protocol's answer: contact your leidinggevende first. Posting anyway
 * ("maar ik doe het toch") is a warning.
 */
export default defineRule({
  id: 'selfDoubt',
  article: '8',
  severity: 'info',
  action: 'contact',
  detect(ctx) {
    const { view } = ctx;
    const hits: NormMatch[] = findAll(view, ctx.lexicon('selfDoubt', PHRASES));
    for (const re of ctx.draft.isReply ? PATTERNS : [...PATTERNS, MAY_I]) {
      for (const m of view.norm.matchAll(re))
        hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    const first = hits.sort((a, b) => a.start - b.start)[0];
    if (!first) return [];
    const hit: RuleHit = { span: rawSpan(view, first) };
    if (ANYWAY.test(view.norm)) hit.severity = 'warning';
    return [hit];
  },
});
