import { z } from './zod';
import { ACTIONS, ARTICLE_IDS, LOCALES, PLATFORM_IDS, ROLES, SEVERITIES } from './types';

// The message protocol between content scripts, extension pages and the background worker:
// name → request and response schema. Everything is parsed on arrival; nothing is trusted.

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
  action: z.optional(z.enum(ACTIONS)),
});

export const messages = {
  /** Is the worker alive? Answers with its version. */
  ping: {
    request: z.object({}),
    response: z.object({ ok: z.literal(true), version: z.string() }),
  },
  /** Analyse a draft with the user's settings; `seq` lets the caller drop stale answers. */
  analyze: {
    request: z.object({
      seq: z.int().check(z.gte(0)),
      draft: DraftSchema,
      role: z.optional(z.enum(ROLES)),
      locale: z.optional(z.enum(LOCALES)),
    }),
    response: z.object({ seq: z.int().check(z.gte(0)), findings: z.array(FindingSchema) }),
  },
} as const;

export type MessageName = keyof typeof messages;
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
