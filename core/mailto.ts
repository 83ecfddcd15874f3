import { t } from './i18n';
import type { Locale } from './types';

// The message to the leidinggevende (protocol article 8: "bij twijfel je leidinggevende") and
// the links that carry it: mailto: (RFC 6068), tel: (RFC 3966) and an https chat link.

/** Replaces lone surrogates, which encodeURIComponent refuses, with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** Percent-encodes one mailto: field value: UTF-8, spaces as %20, line breaks as %0D%0A. */
export function encodeMailtoValue(value: string): string {
  return encodeURIComponent(wellFormed(value).replace(/\r\n|\r|\n/g, '\r\n'));
}

/** A mailto: URL with a percent-encoded subject and body (RFC 6068). */
export function mailtoUrl({
  to,
  subject,
  body,
}: {
  to: string;
  subject: string;
  body: string;
}): string {
  // "@" may stay as it is in the address; everything else that is not unreserved is encoded.
  const address = encodeURIComponent(wellFormed(to.trim())).replace(/%40/g, '@');
  // A subject is one line: mail programs cut or refuse a header with line breaks.
  const oneLine = subject.replace(/\s+/g, ' ').trim();
  const fields = [
    ...(oneLine ? [`subject=${encodeMailtoValue(oneLine)}`] : []),
    ...(body ? [`body=${encodeMailtoValue(body)}`] : []),
  ];
  return `mailto:${address}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}

/** A tel: URL for a phone number as people write it ("06 - 123 456 78" → "tel:0612345678"). */
export function telUrl(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : null;
}

/** The chat link when it is an https URL; anything else (javascript:, data:) gives null. */
export function safeChatUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** What the message to the leidinggevende is made of. */
export type ContactInput = {
  /** The leidinggevende's name ('' when not set). */
  leaderName: string;
  /** The user's own name ('' when not set). */
  userName: string;
  question: string;
  /** The draft to quote, or null to leave it out. */
  draft: string | null;
  /** The page the draft is for ('' when none). */
  url: string;
  /** The platform as users call it ("X"), or null for a site that is not a known platform. */
  platformName: string | null;
};

/**
 * The subject and body of the message to the leidinggevende: greeting, question, the draft
 * quoted line by line ("> "), the page, and the user's name.
 */
export function contactMessage(
  locale: Locale,
  input: ContactInput,
): { subject: string; body: string } {
  const leader = input.leaderName.trim();
  const question = input.question.trim();
  const draft = input.draft?.replace(/\r\n|\r/g, '\n') ?? '';
  const parts: string[] = [
    leader ? t(locale, 'mail.greeting', { name: leader }) : t(locale, 'mail.greetingGeneric'),
  ];
  if (question) parts.push(question);
  if (draft.trim()) {
    const quoted = draft
      .split('\n')
      .map((line) => (line ? `> ${line}` : '>'))
      .join('\n');
    parts.push(`${t(locale, 'mail.draftIntro')}\n${quoted}`);
  }
  if (input.url.trim()) parts.push(t(locale, 'mail.page', { url: input.url.trim() }));
  const name = input.userName.trim();
  parts.push(name ? `${t(locale, 'mail.closing')}\n${name}` : t(locale, 'mail.closing'));
  const subject = input.platformName
    ? t(locale, 'mail.subject', { platform: input.platformName })
    : t(locale, 'mail.subjectGeneric');
  return { subject, body: parts.join('\n\n') };
}
