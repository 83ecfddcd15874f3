import type { Say } from '../i18n/say';
import type { Policy } from '../policy/schema';
import type { TextView } from '../text/normalize';
import type { ArticleId, Draft, Finding, Role } from '../types';
import { explainHeads, loadModel, scoreDraft, type Model, type StoredModel } from './model';

/** What the second reader gets from analyze, after the rules have run. */
export type SecondReaderInput = {
  draft: Draft;
  view: TextView;
  role: Role;
  policy: Policy;
  /** How the reminder is worded (core/i18n/say.ts). */
  say: Say;
  /** Articles the rules warned or stopped on: the model keeps quiet on those (and their siblings); a tip does not silence it. */
  ruled: ReadonlySet<ArticleId>;
};

/** The learned second reader as analyze calls it (core/model/index.ts builds the shipped one). */
export type SecondReader = (input: SecondReaderInput) => Finding[];

/** The rule id of the second reader's reminders for one article: 'bg-privacy' → secondReaderBgPrivacy. */
export function secondReaderRuleId(article: ArticleId): string {
  return `secondReader${article.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase())}`;
}

/**
 * Articles that are about the same thing in a draft: when the rules spoke on one, a model
 * reminder on the other would say it twice (an opinion without a disclaimer is art. 2 and
 * bg-disclaimer; a child's data is art. 3 and bg-privacy; an insult is art. 4 and bg-civility).
 */
const SIBLINGS: Partial<Record<ArticleId, ArticleId>> = {
  '2': 'bg-disclaimer',
  'bg-disclaimer': '2',
  '3': 'bg-privacy',
  'bg-privacy': '3',
  '4': 'bg-civility',
  'bg-civility': '4',
};

/** True when the rules already warned on this article (or its sibling). */
export function rulesSpokeOn(article: ArticleId, ruled: ReadonlySet<ArticleId>): boolean {
  const sibling = SIBLINGS[article];
  return ruled.has(article) || (sibling !== undefined && ruled.has(sibling));
}

/**
 * The fewest words a draft needs before the model gives an estimate: on three or four words
 * a learned score is noise, and the start of every post would flicker with reminders while it
 * is typed ("Ik vind dat" is not yet an opinion on anything).
 */
export const MIN_WORDS = 6;

/** True when the draft has at least MIN_WORDS words (letters or digits). Stops counting there. */
export function longEnough(view: TextView): boolean {
  const word = /[\p{L}\p{N}]+/gu;
  for (let words = 0; word.exec(view.norm);) if (++words >= MIN_WORDS) return true;
  return false;
}

/**
 * The head whose logit came closest to (or furthest past) its threshold, among those `allowed`;
 * -1 when none is. Where the any-problem head speaks, its reminder goes under this article
 * (the reader, and scripts/model-cv.ts when it judges out-of-fold scores the same way).
 */
export function closestHead<H extends { threshold: number }>(
  heads: readonly H[],
  logits: ArrayLike<number>,
  allowed: (head: H) => boolean = () => true,
): number {
  let best = -1;
  heads.forEach((head, i) => {
    if (!allowed(head)) return;
    if (best < 0 || logits[i]! - head.threshold > logits[best]! - heads[best]!.threshold) best = i;
  });
  return best;
}

/** The switch a pack uses to turn the whole second reader off. */
export const SECOND_READER_ID = 'secondReader';

/**
 * A second reader from the weights: scoring tables built by parseStoredModel (the worker,
 * before its first answer) or stored weights, built on first use. For each article the rules are
 * silent on, a head whose logit reaches its threshold gives one reminder — at most a
 * warning, never a stop — with the word that weighed most marked, and the strongest words
 * named in the message, which says that this is an estimate and not a rule. Where nothing
 * warned at all, the any-problem head (StoredGate) may give one such reminder. A pack switches
 * it off per article (`rules.secondReader4.enabled: false`) or as a whole (`secondReader`).
 */
export function createSecondReader(weights: Model | StoredModel): SecondReader {
  let model: Model | undefined = 'start' in weights ? weights : undefined;
  return ({ draft, view, role, policy, say, ruled }) => {
    if (policy.rules[SECOND_READER_ID]?.enabled === false || !longEnough(view)) return [];
    model ??= loadModel(weights as StoredModel);
    const logits = scoreDraft(model, view, draft, role);
    const speaking: number[] = [];
    const enabled = (article: ArticleId) =>
      policy.rules[secondReaderRuleId(article)]?.enabled !== false;
    model.heads.forEach((head, i) => {
      if (rulesSpokeOn(head.article, ruled) || logits[i]! < head.threshold) return;
      if (!enabled(head.article)) return;
      speaking.push(i);
    });
    // Nothing warned and no article head spoke: the any-problem head may still say that the
    // draft reads like the problem drafts. Its reminder goes under the article whose head came
    // closest to its threshold, with the gate's own strongest words marked.
    let explainedBy = speaking;
    const gateRow = model.heads.length;
    if (
      speaking.length === 0 &&
      ruled.size === 0 &&
      model.gate &&
      logits[gateRow]! >= model.gate.threshold
    ) {
      const best = closestHead(model.heads, logits, (head) => enabled(head.article));
      if (best >= 0) {
        speaking.push(best);
        explainedBy = [gateRow];
      }
    }
    const explained = explainHeads(model, explainedBy, view, draft, role);
    return speaking.map((i, row) => {
      const article = model!.heads[i]!.article;
      const ruleId = secondReaderRuleId(article);
      const words = explained[row]!;
      const quoted = words.map((w) => `‘${draft.text.slice(w.span.start, w.span.end)}’`);
      const finding: Finding = {
        ruleId,
        article,
        // A pack may make it a tip; never more than a warning: an estimate does not stop.
        severity: policy.rules[ruleId]?.severity === 'info' ? 'info' : 'warning',
        message: say(
          quoted.length > 0 ? 'rules.secondReader.message' : 'rules.secondReader.messageNoWords',
          { words: quoted.join(', ') },
        ),
      };
      if (words[0]) finding.span = words[0].span;
      return finding;
    });
  };
}
