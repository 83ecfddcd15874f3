import type { PanelAction, PanelNotice } from '@/components/ReminderPanel';
import { planDisclaimer, type DisclaimerTexts } from '@/core/disclaimer';
import type { COUNTED_EVENTS } from '@/core/messages';
import type { ComposeSurface, Platform } from '@/core/platforms/types';
import { isWarningOrStop, type ArticleId, type Finding } from '@/core/types';
import type { Translate } from '@/utils/i18n';
import type { Analyzer, Judgement } from './analyzer';
import { insertDisclaimer, type InsertOutcome } from './disclaimerInsert';
import { driverFor } from './editors';
import type { EditorDriver, EditorSnapshot } from './editors/types';
import { BoxMarks, marksFor } from './marks';
import { isDark, PanelView } from './panelView';
import { placePanel } from './placement';
import { createShadowUi, type ShadowUi } from './shadowHost';
import panelCss from './panel.css?inline';

/** Quiet time after the last key before the draft is read and judged. */
export const COALESCE_MS = 90;

export type SessionDeps = {
  analyzer: Analyzer;
  t: () => Translate;
  articles: Partial<Record<ArticleId, string>>;
  /** The actions this build can carry out from the panel. */
  actions: readonly PanelAction[];
  onFindings?: (session: BoxSession) => void;
  /** The panel's state changed (painted or gone): the toolbar badge follows it. */
  onPaint?: () => void;
  /** The disclaimer in force (the user's own, else the policy pack's). */
  disclaimer?: () => DisclaimerTexts;
  /** Counts a moment for the weekly numbers; failures are the caller's to ignore. */
  count?: (event: (typeof COUNTED_EVENTS)[number]) => void;
  /** Opens the contact form for the leidinggevende (article 8). */
  contact?: () => void;
};

/** What one compose box needs on screen: its own draft, findings, panel and marks. */
export class BoxSession {
  readonly driver: EditorDriver;
  findings: Finding[] = [];
  private snapshot: EditorSnapshot = { text: '', segments: [] };
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private collapsed = false;
  private dismissed = new Set<string>();
  private readonly panel: PanelView;
  private readonly marks: BoxMarks;
  private readonly marksUi: ShadowUi;
  private readonly observer: MutationObserver;
  private frame = 0;
  private media = false;
  private destroyed = false;
  private notice: PanelNotice | null = null;
  /** The draft text the notice is about: it goes once the text changes. */
  private noticeFor: string | null = null;
  private busy = false;
  /** The last read or judgement of the box failed: the panel must not claim "no remarks". */
  private unchecked = false;
  /** When the user last changed the box (input or DOM change), for editors that merge undo steps. */
  private lastInputAt = -Infinity;
  /** Set by rejudge(): the next run asks for findings even for the same words. */
  private judgeAgain = false;
  /** The judgement whose late, better answer is shown: its first answer must not replace it. */
  private lateSeq = -1;

  constructor(
    readonly el: HTMLElement,
    readonly surface: ComposeSurface,
    readonly platform: Platform,
    private readonly deps: SessionDeps,
  ) {
    this.driver = driverFor(el, surface.kind);
    this.panel = new PanelView(() => this.place());
    this.marksUi = createShadowUi('bedenk-dat-marks', panelCss);
    const overlay = document.createElement('div');
    overlay.className = 'bd-marks';
    this.marksUi.container.append(overlay);
    this.marks = new BoxMarks(overlay);
    // Fixed at the viewport's top left (shadowHost.ts); place() moves the panel from there.
    this.marksUi.host.style.setProperty('--bd-pointer-events', 'none');
    document.documentElement.append(this.marksUi.host, this.panel.host);
    el.addEventListener('input', this.onInput);
    // Site-made changes (cleared after posting, restored drafts) arrive without input events.
    this.observer = new MutationObserver(this.onInput);
    this.observer.observe(el, { subtree: true, childList: true, characterData: true });
    this.schedule();
  }

  /** The text last read from the box. */
  get text(): string {
    return this.snapshot.text;
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Coalesces bursts of input into one read, after COALESCE_MS of quiet. */
  readonly schedule = (): void => {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), COALESCE_MS);
  };

  /**
   * Judges again though the words are the same: the role, the pack or the language changed
   * (a plain schedule() would keep the findings made for the same text).
   */
  readonly rejudge = (): void => {
    this.judgeAgain = true;
    this.schedule();
  };

  private readonly onInput = (): void => {
    this.lastInputAt = performance.now();
    this.schedule();
  };

  /** True when the box holds other words than the findings were made for. */
  isStale(): boolean {
    try {
      return this.seq === 0 || this.driver.read(this.el).text !== this.snapshot.text;
    } catch {
      return false;
    }
  }

  /** Reads and judges the box now (the user pressed Post before the coalescing timer ran). */
  refresh(): Promise<void> {
    clearTimeout(this.timer);
    return this.run();
  }

  /** Open warnings and stops: shown, not dismissed. What the pre-publish nudge asks about. */
  get openFindings(): Finding[] {
    return this.visibleFindings.filter((f) => isWarningOrStop(f.severity));
  }

  /** Reads the box, asks for findings, and shows the answer unless a newer one is coming. */
  async run(): Promise<void> {
    if (this.destroyed) return;
    if (!this.el.isConnected) return this.destroy();
    let snapshot: EditorSnapshot;
    try {
      snapshot = this.driver.read(this.el);
    } catch {
      // The site's editor keeps working; the panel says it could not check, not "all clear".
      return this.showUnchecked();
    }
    const hasMedia = this.hasMedia();
    if (this.noticeFor !== null && snapshot.text !== this.noticeFor) {
      this.notice = null;
      this.noticeFor = null;
    }
    if (
      snapshot.text === this.snapshot.text &&
      hasMedia === this.media &&
      this.seq > 0 &&
      !this.unchecked &&
      !this.judgeAgain
    ) {
      this.snapshot = snapshot; // same words; DOM positions may have moved
      this.paint();
      return;
    }
    this.snapshot = snapshot;
    this.media = hasMedia;
    this.judgeAgain = false;
    const seq = ++this.seq;
    if (snapshot.text.trim() === '') {
      this.findings = [];
      this.unchecked = false;
      this.paint();
      return;
    }
    let answer: Judgement;
    try {
      answer = await this.deps.analyzer(
        {
          text: snapshot.text,
          platform: this.platform.id,
          hasMedia,
          isReply: this.surface.isReply ?? false,
        },
        seq,
        this.showLate,
      );
    } catch {
      if (seq === this.seq && this.lateSeq !== seq) this.showUnchecked(); // both failed
      return;
    }
    // Stale: the text changed meanwhile; or the better, late answer came first.
    if (answer.seq !== this.seq || this.destroyed || this.lateSeq === answer.seq) return;
    this.show(answer);
  }

  /**
   * The worker's answer that came after the rules' own (issue 14): it replaces theirs while
   * the box still holds the words it is about, never an older text's. Reminders both gave keep
   * their rows and marks (the panel keys rows by rule and place), so nothing flickers.
   */
  private readonly showLate = (answer: Judgement): void => {
    if (answer.seq !== this.seq || this.destroyed) return;
    this.lateSeq = answer.seq;
    this.show(answer);
  };

  private show(answer: Judgement): void {
    this.unchecked = false;
    this.findings = answer.findings;
    this.paint();
    this.deps.onFindings?.(this);
  }

  /** Nothing could be judged: no findings, and the panel says so rather than "no remarks". */
  private showUnchecked(): void {
    this.unchecked = true;
    this.findings = [];
    this.paint();
  }

  /** Findings not dismissed for the words they are about. */
  get visibleFindings(): Finding[] {
    return this.findings.filter((f) => !this.dismissed.has(this.dismissKey(f)));
  }

  /** Shows the panel and the marks for the current findings. */
  paint(): void {
    if (this.destroyed) return;
    const visible = this.visibleFindings;
    this.panel.show(
      {
        findings: visible,
        text: this.snapshot.text,
        articles: this.deps.articles,
        collapsed: this.collapsed,
        unchecked: this.unchecked,
        actions: this.deps.actions,
        t: this.deps.t(),
        notice: this.notice,
        busy: this.busy,
        theme: isDark(this.el) ? 'dark' : 'light',
      },
      {
        onToggle: () => {
          this.collapsed = !this.collapsed;
          this.paint();
        },
        onAction: (finding, action) => this.act(finding, action),
        onCopy: () => void this.copyDisclaimer(),
      },
    );
    try {
      this.marks.show(this.el, this.driver, this.snapshot, marksFor(visible));
    } catch {
      this.marks.clear();
    }
    this.place();
    this.deps.onPaint?.();
  }

  /** Keeps panel and marks next to the box (scroll, resize). */
  readonly reposition = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.destroyed) return;
      if (!this.el.isConnected) return this.destroy();
      this.place();
      if (this.marks.hasBoxes || this.driver.kind === 'textarea') this.paint();
    });
  };

  private act(finding: Finding, action: PanelAction): void {
    if (action === 'dismiss' || action === 'check-consent') {
      this.dismissed.add(this.dismissKey(finding));
      this.paint();
    }
    if (action === 'insert-disclaimer') void this.insertDisclaimer();
    if (action === 'contact') this.deps.contact?.();
  }

  /**
   * Adds the disclaimer through the editor (panel button or keyboard command) and says how it
   * went. Null while an insert is already running: a double click inserts once.
   */
  async insertDisclaimer(): Promise<InsertOutcome | null> {
    if (this.busy || this.destroyed || !this.deps.disclaimer) return null;
    this.busy = true;
    this.paint();
    let outcome: InsertOutcome;
    try {
      outcome = await insertDisclaimer(this.el, this.driver, this.deps.disclaimer(), {
        maxLength: this.surface.maxLength,
        lastInputAt: this.lastInputAt,
      });
    } catch {
      outcome = { kind: 'unverified' };
    } finally {
      this.busy = false;
    }
    if (outcome.kind === 'inserted') this.deps.count?.('disclaimerInserted');
    const t = this.deps.t();
    const max = this.surface.maxLength ?? 0;
    this.setNotice(
      outcome.kind === 'present'
        ? { tone: 'info', text: t('panel.noticePresent') }
        : outcome.kind === 'unverified'
          ? { tone: 'error', text: t('panel.noticeUnverified'), copy: true }
          : outcome.over > 0
            ? { tone: 'warning', text: t('panel.noticeTooLong', { over: outcome.over, max }) }
            : outcome.version === 'short'
              ? { tone: 'info', text: t('panel.noticeShort', { max }) }
              : { tone: 'info', text: t('panel.noticeInserted') },
    );
    return outcome;
  }

  /** "Copy disclaimer": the version that fits, to paste by hand where the insert failed. */
  private async copyDisclaimer(): Promise<void> {
    if (!this.deps.disclaimer) return;
    const texts = this.deps.disclaimer();
    const plan = planDisclaimer(this.snapshot.text, texts, this.surface.maxLength);
    const text = plan.kind === 'insert' && plan.version === 'short' ? texts.short : texts.long;
    const t = this.deps.t();
    try {
      await navigator.clipboard.writeText(text);
      this.setNotice({ tone: 'info', text: t('panel.noticeCopied') });
    } catch {
      this.setNotice({ tone: 'error', text: t('panel.noticeCopyFailed', { text }) });
    }
  }

  private setNotice(notice: PanelNotice): void {
    if (this.destroyed) return;
    this.notice = notice;
    try {
      this.noticeFor = this.driver.read(this.el).text;
    } catch {
      this.noticeFor = this.snapshot.text;
    }
    this.collapsed = false;
    this.paint();
  }

  /** Dismissal holds while the same words stay: the key is the rule plus the words. */
  private dismissKey(f: Finding): string {
    return `${f.ruleId}|${f.span ? this.snapshot.text.slice(f.span.start, f.span.end).toLowerCase() : ''}`;
  }

  private hasMedia(): boolean {
    const container = this.container();
    return (this.surface.media ?? []).some((sel) => container?.querySelector(sel));
  }

  /** The composer around the box (for its buttons and media), or the box itself. */
  container(): Element {
    for (const sel of this.surface.container ?? []) {
      const found = this.el.closest(sel);
      if (found) return found;
    }
    return this.el;
  }

  /** Puts the panel beside the composer, never over the text or the site's buttons. */
  private place(): void {
    if (this.panel.pinned) return;
    this.panel.moveTo(
      placePanel(this.container().getBoundingClientRect(), this.panel.size(), {
        width: document.documentElement.clientWidth || innerWidth,
        height: document.documentElement.clientHeight || innerHeight,
      }),
    );
  }

  /** Removes everything this session added to the page. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    this.el.removeEventListener('input', this.onInput);
    this.marks.clear();
    this.panel.destroy();
    this.marksUi.host.remove();
    this.deps.onPaint?.();
  }
}
