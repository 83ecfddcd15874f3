import { phrases, windowAround } from '../detectors/media';
import { findAll, has, lexicon, rawSpan, type NormMatch } from '../text/match';
import { defineRule } from './types';

const S = String.raw`\s+`;
const GAP = (n: number): string => String.raw`(?:\s+\S+){0,${n}}?`;
// Private channels. "app" alone is too common ("de app van school"); its diminutive is not.
const CHANNEL = String.raw`(?:appje(?:s)?|whatsapp(?:je|jes|bericht|berichtje|berichten|je)?|dm(?:['’]?(?:etje|tje|s))?|pb(?:['’]?(?:tje|s))?|prive\s*bericht(?:je|en)?|privebericht(?:je|en)?|persoonlijk\s+bericht(?:je)?|mailtje(?:s)?|e-?mail(?:tje)?|mail|sms(?:je|jes)?|berichtje(?:s)?|spraakbericht(?:je)?|voicememo|voice\s+message|text\s+message|direct\s+message|private\s+message|message|text|email)`;
const GROUP_CHAT = String.raw`(?:groepsapp|klassenapp|teamapp|app-?groep|whatsapp-?groep|groepschat|klassenchat|group\s+chat)`;

// Received a private message, or someone messaged me: shared when its content follows.
const RECEIVED = phrases([
  String.raw`(?:kreeg|kregen|ontving|ontvingen|received|got)(?!\s+(?:je|u|jullie|you)(?![\p{L}]))${GAP(4)}${S}${CHANNEL}`,
  String.raw`${CHANNEL}${GAP(5)}${S}(?:gekregen|ontvangen|binnengekregen|kreeg|ontving)`,
  String.raw`(?:appte|mailde|smste|whatsappte|dm['’]?de|berichtte|texted|messaged|emailed|dmed|dm['’]d|whatsapped)${S}(?:me|mij|ons|us)`,
  String.raw`(?:stuurde|schreef|sent|wrote)${S}(?:me|mij|ons|us)${GAP(3)}${S}${CHANNEL}`,
]);
// A screenshot of a chat is shared content by itself.
const SCREENSHOTTED = phrases([
  String.raw`(?:screenshot(?:je|s|ted)?|gescreenshot)${GAP(4)}${S}(?:${CHANNEL}|${GROUP_CHAT}|chat|gesprek|conversation)`,
  String.raw`${CHANNEL}${GAP(3)}${S}(?:gescreenshot|screenshot)`,
]);
// The message's words follow: a colon or quote, reported speech, or an attached screenshot.
const CONTENT =
  /[:"“„«]|(?<![\p{L}])(?:dat|waarin|met\s+de\s+(?:vraag|mededeling|boodschap)|saying|that)(?![\p{L}])/u;
const GROUP_CHAT_RE = phrases([
  String.raw`(?:in|uit|from|in\s+the)(?:\s+(?:de|onze|the|our))?${S}${GROUP_CHAT}`,
]);

const SCREENSHOT = lexicon(['screenshot(je|s)?', 'gescreenshot', 'schermafbeelding']);

const GATE = /app|mail|dm|pb|bericht|sms|spraak|voice|message|text|screenshot|chat/u;

// Organisations' mail is not a private person's message.
const ORGANISATION =
  /^(?:\s+\S+){0,3}?\s+(?:van|from)\s+(?:de\s+|het\s+|the\s+)?(?:gemeente|inspectie|ministerie|bestuur|uitgever|uitgeverij|bibliotheek|ggd|politie|stichting|bond|vakbond|council|ministry)/u;

// Words a pack can add for its own chat apps.
const EXTRA = ['screenshot uit de ouderchat'];

/**
 * bg-privacy: sharing (a screenshot of) a private message: "kreeg een appje van een
 * moeder: …", "screenshot uit de groepsapp". Ask the sender first, even for a compliment.
 * Invitations ("stuur me gerust een appje") give nothing.
 */
export default defineRule({
  id: 'privacyPrivateChat',
  article: 'bg-privacy',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const extra = ctx.lexicon('privacyPrivateChat', EXTRA);
    // Cheap substring gate: every built-in pattern names a channel or a screenshot.
    if (!has(view, GATE) && !has(view, extra)) return [];
    const ok = (m: NormMatch): boolean => !ORGANISATION.test(view.norm.slice(m.end, m.end + 60));
    const withContent = (m: NormMatch): boolean => {
      const win = windowAround(ctx, m.start);
      return ctx.draft.hasMedia === true || CONTENT.test(view.norm.slice(m.start, win.end));
    };
    const hit =
      findAll(view, SCREENSHOTTED).find(ok) ??
      findAll(view, RECEIVED).find((m) => ok(m) && withContent(m)) ??
      // "Dit kwam binnen in de groepsapp: …": a group chat quoted or screenshotted.
      findAll(view, GROUP_CHAT_RE).find((m) => {
        const win = windowAround(ctx, m.start);
        const after = view.norm.slice(m.start, win.end);
        return CONTENT.test(after) || has(view, SCREENSHOT, win.start, win.end);
      }) ??
      findAll(view, extra)[0];
    return hit ? [{ span: rawSpan(view, hit) }] : [];
  },
});
