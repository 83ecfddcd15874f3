import type { RuleContext } from '../rules/types';
import { type NormMatch, type Range } from '../text/match';
import { quotedIn, sentenceOf, windowOf as sentenceWindow } from './ranges';
import { negatedInClause, scan } from './clauses';
import { schoolTargetIn } from './civility';

// Sarcasm (art. 4): praise with a wink of contempt, aimed at the school. Split from
// civility.ts (issue 11 item 3).

// ---------------------------------------------------------------------------------------
// Sarcasm: praise with a wink of contempt ("Goed geregeld weer 🙄", "Top communicatie #not")

const PRAISE = [
  '(goed|fijn|prima|top|super|lekker|geweldig|fantastisch|briljant|knap|netjes|mooi|handig|slim|heerlijk|perfect|keurig) (geregeld|georganiseerd|gecommuniceerd|bedacht|gepland|voorbereid|gedaan|bezig|op tijd|aangekondigd|doorgegeven)',
  'lekker bezig',
  'goed bezig',
  '(bedankt|dank je wel|dankjewel|dank u wel|dank) (hoor|weer|alweer|voor (alweer|weer|nog) een)',
  'wat een (top|super|geweldige|fantastische|briljante|fijne|heldere|goede|duidelijke|snelle) (communicatie|organisatie|planning|beslissing|actie|idee|regeling|service|timing|informatie|uitleg|brief|mail|nieuwsbrief|uitnodiging|oplossing|plan|besluit)',
  '(top|geweldige|fantastische|briljante|heldere|duidelijke|goede) (communicatie|organisatie|planning|timing)',
  '(een )?(geweldig|briljant|fantastisch|super|top|goed|slim|mooi|prachtig|fijn|heerlijk)(e)? (plan|idee|besluit|beslissing|actie|initiatief|timing|planning|nieuws|regeling|oplossing|brief|mail)',
  'bravo',
  'chapeau',
  'hulde',
  'applaus',
  'complimenten',
  '(heel|echt|erg) (duidelijk|handig|fijn|slim)',
  'well done',
  'great job',
  'good job',
  'brilliant',
  'thanks (again|a lot)',
];

// Markers that turn praise around: eye-roll emoji, "#not", "niet dus", scare quotes.
const SARCASM_MARK =
  /🙄|🙃|😒|🤨|😑|#not(?![\p{L}])|(?<![\p{L}])(niet dus|not!|yeah right|ja ja|jaja)(?![\p{L}])/u;
// "heeft weer eens een geweldig plan bedacht hoor": repetition plus "hoor", no thanks.
const REPEAT_HOOR = /(?<![\p{L}])(weer eens|alweer)(?![\p{L}]).{0,80}(?<![\p{L}])hoor(?![\p{L}])/u;
const THANKS =
  /(?<![\p{L}])(bedankt|dank|dankjewel|dankje|thanks|thank you)(?![\p{L}])|🎉|😊|💛|❤|🥰|😍|👍/u;

/** Praise made sarcastic by a marker, about the school (norm ranges of the praise). */
export function sarcasmHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('civility:sarcasm', () => {
    const norm = ctx.view.norm;
    const out: NormMatch[] = [];
    for (const m of scan(ctx.view, ctx.lexicon('sarcasmPraise', PRAISE))) {
      const win = sentenceWindow(ctx, m.start, 1);
      const sentence = sentenceOf(ctx, m.start);
      const text = norm.slice(sentence.start, sentence.end);
      const marked =
        SARCASM_MARK.test(norm.slice(sentence.start, Math.min(win.end, sentence.end + 12))) ||
        (REPEAT_HOOR.test(text) && !THANKS.test(text)) ||
        scareQuoted(ctx, m);
      if (!marked || negatedInClause(ctx, m)) continue;
      if (schoolTargetIn(ctx, win)) out.push(m);
    }
    return out;
  });
}

/** '"goed" geregeld', '"communicatie"': quotes around one or two words of praise. */
function scareQuoted(ctx: RuleContext, m: Range): boolean {
  return quotedIn(ctx).some((q) => q.start <= m.start && q.end >= m.start && q.end - q.start <= 24);
}
