import { z } from './zod';
import { EDITOR_KINDS, POST_KEYS } from './platforms/types';
import { ACTIONS, ARTICLE_IDS, PLATFORM_IDS, ROLES, SEVERITIES } from './types';

// The message protocol of the extension, in one table: name → who answers it (the background
// worker, or the content script of a tab), its request and its response schema. One envelope
// ({ name, data }) for all; utils/messaging.ts sends them and builds the only listeners, which
// parse everything on arrival: nothing is trusted.

/** A draft as it crosses a boundary. The limit keeps one message bounded (1 MB paste). */
export const DraftSchema = z.object({
  text: z.string().check(z.maxLength(2_000_000)),
  platform: z.enum(PLATFORM_IDS),
  hasMedia: z.optional(z.boolean()),
  isReply: z.optional(z.boolean()),
});

export const FindingSchema = z.object({
  ruleId: z.string(),
  article: z.enum(ARTICLE_IDS),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  span: z.optional(z.object({ start: z.int().check(z.gte(0)), end: z.int().check(z.gte(0)) })),
  spans: z.optional(
    z.array(z.object({ start: z.int().check(z.gte(0)), end: z.int().check(z.gte(0)) })),
  ),
  action: z.optional(z.enum(ACTIONS)),
});

/** A draft the user parked: the only text the extension ever stores, and only on request. */
export const ParkedDraftSchema = z.object({
  id: z.string(),
  text: z.string(),
  platform: z.enum(PLATFORM_IDS),
  url: z.string(),
  /** Epoch milliseconds. */
  createdAt: z.number(),
  findings: z.array(FindingSchema),
});
export type ParkedDraft = z.infer<typeof ParkedDraftSchema>;

/** Moments counted for the popup's weekly numbers. */
export const COUNTED_EVENTS = [
  'reminderShown',
  'disclaimerInserted',
  'nudgeShown',
  'draftParked',
] as const;

/** This week's numbers: counts only. */
export const WeekStatsSchema = z.object({
  /** ISO week, e.g. "2026-W48". */
  week: z.string(),
  counts: z.record(z.enum(COUNTED_EVENTS), z.int().check(z.gte(0))),
});

/** Who answers a message: the background worker, or the content script in a tab. */
export type Receiver = 'worker' | 'tab';

export const messages = {
  // To the background worker (runtime.sendMessage), from content scripts and our own pages.
  /** Is the worker alive? Answers with its version. */
  ping: {
    to: 'worker',
    request: z.object({}),
    response: z.object({ ok: z.literal(true), version: z.string() }),
  },
  /**
   * Analyse a draft with the user's settings; `seq` lets the caller drop stale answers. The
   * findings' messages come as keys (core/i18n/say.ts): the caller words them
   * (`wordedFindings`), so the worker carries no text tables.
   */
  analyze: {
    to: 'worker',
    request: z.object({
      seq: z.int().check(z.gte(0)),
      draft: DraftSchema,
      role: z.optional(z.enum(ROLES)),
    }),
    response: z.object({ seq: z.int().check(z.gte(0)), findings: z.array(FindingSchema) }),
  },
  /** Park a draft for later (IndexedDB, in the worker). Only on the user's request. */
  park: {
    to: 'worker',
    request: z.object({
      text: z.string().check(z.minLength(1), z.maxLength(2_000_000)),
      platform: z.enum(PLATFORM_IDS),
      url: z.string().check(z.maxLength(4096)),
      findings: z.array(FindingSchema),
    }),
    response: z.object({ id: z.string() }),
  },
  /** The parked drafts, newest first. */
  listParked: {
    to: 'worker',
    request: z.object({}),
    response: z.object({ drafts: z.array(ParkedDraftSchema) }),
  },
  /** Delete one parked draft. */
  deleteParked: {
    to: 'worker',
    request: z.object({ id: z.string() }),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Delete every parked draft. */
  clearParked: {
    to: 'worker',
    request: z.object({}),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Count a moment for the weekly numbers (numbers only, never text). */
  count: {
    to: 'worker',
    request: z.object({ event: z.enum(COUNTED_EVENTS) }),
    response: z.object({ ok: z.literal(true) }),
  },
  /**
   * Open the contact form for the leidinggevende (the popup page, in a tab) for the sender's
   * tab, so it quotes that tab's draft. Sent from the panel and the nudge.
   */
  openContact: {
    to: 'worker',
    request: z.object({}),
    response: z.object({ ok: z.boolean() }),
  },
  /**
   * The toolbar button of the sender's tab: its open reminders, or that Bedenk dat is paused
   * on the site. Sent by the content script when its panels change; numbers only.
   */
  badge: {
    to: 'worker',
    request: z.object({
      open: z.int().check(z.gte(0), z.lte(10_000)),
      paused: z.boolean(),
    }),
    response: z.object({ ok: z.boolean() }),
  },
  /** This week's numbers for the popup. */
  weekStats: {
    to: 'worker',
    request: z.object({}),
    response: WeekStatsSchema,
  },

  // To the content script of a tab (tabs.sendMessage), from the popup and, for the keyboard
  // command, from the worker; only this extension can send these.
  /** What the popup shows about this tab. */
  tabStatus: {
    to: 'tab',
    request: z.object({}),
    response: z.object({
      platform: z.enum(PLATFORM_IDS),
      platformName: z.string(),
      /** False while the user paused Bedenk dat on this site. */
      active: z.boolean(),
      /** Open reminders (warning or stop) over the page's compose boxes. */
      openReminders: z.int().check(z.gte(0)),
      /** The text of the compose box used last, for the contact form; null when none. */
      draft: z.nullable(z.string()),
      url: z.string(),
    }),
  },
  /**
   * "What Bedenk dat sees here": the compose boxes found on this tab and whether their Post
   * button was found, for staff and for IT reporting a redesign. Names and selectors only,
   * never a word of the draft.
   */
  diagnose: {
    to: 'tab',
    request: z.object({}),
    response: z.object({
      host: z.string(),
      platform: z.enum(PLATFORM_IDS),
      version: z.string(),
      boxes: z.array(
        z.object({
          surface: z.string(),
          kind: z.enum(EDITOR_KINDS),
          /** By the platform's own editor selectors, or by the generic finder. */
          foundBy: z.enum(['selector', 'generic']),
          /** The editor selector of the data that matched; null for the generic finder. */
          editorSelector: z.nullable(z.string()),
          /** How the Post button was found: its data selector, its name, or not at all. */
          post: z.enum(['selector', 'semantic', 'none']),
          postSelector: z.nullable(z.string()),
          /** The keys that post from this box (Ctrl/Cmd+Enter, Enter). */
          postKeys: z.array(z.enum(POST_KEYS)),
        }),
      ),
    }),
  },
  /** Put a text (a parked draft) into the compose box used last, through its editor. */
  insertDraft: {
    to: 'tab',
    request: z.object({ text: z.string().check(z.minLength(1)) }),
    response: z.object({ ok: z.boolean() }),
  },
  /** Add the disclaimer to the focused (or last used) compose box. */
  insertDisclaimer: {
    to: 'tab',
    request: z.object({}),
    response: z.object({ ok: z.boolean() }),
  },
} as const;

export type MessageName = keyof typeof messages;
/** The names one receiver answers. */
export type NameFor<R extends Receiver> = {
  [N in MessageName]: (typeof messages)[N]['to'] extends R ? N : never;
}[MessageName];
export type Request<N extends MessageName> = z.infer<(typeof messages)[N]['request']>;
export type Response<N extends MessageName> = z.infer<(typeof messages)[N]['response']>;

/** The envelope every message travels in. */
export const EnvelopeSchema = z.object({
  name: z.enum(Object.keys(messages) as [MessageName, ...MessageName[]]),
  data: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** An answer that went wrong, with a reason for the log; never the draft. */
export const ErrorResponseSchema = z.object({ error: z.string() });
