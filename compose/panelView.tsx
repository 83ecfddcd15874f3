import { render } from 'preact';
import { ReminderPanel, type PanelAction, type PanelNotice } from '@/components/ReminderPanel';
import type { ArticleId, Finding } from '@/core/types';
import type { Translate } from '@/utils/i18n';
import type { Placement } from './placement';
import { createShadowUi, type ShadowUi } from './shadowHost';
import panelCss from './panel.css?inline';

/** Everything the panel shows for one box: the session's state, as it is now. */
export type PanelState = {
  findings: Finding[];
  text: string;
  articles: Partial<Record<ArticleId, string>>;
  collapsed: boolean;
  unchecked: boolean;
  actions: readonly PanelAction[];
  t: Translate;
  notice: PanelNotice | null;
  busy: boolean;
  theme: 'dark' | 'light';
};

/** What the user did in the panel, handed back to the session. */
export type PanelHandlers = {
  onToggle(): void;
  onAction(finding: Finding, action: PanelAction): void;
  onCopy(): void;
};

/**
 * The reminder panel of one compose box, in its own shadow root (`<bedenk-dat-panel>`): draws
 * the session's state and moves where it is told. No judgement and no placement decisions
 * here (compose/session.tsx holds the state, compose/placement.ts decides where).
 */
export class PanelView {
  private readonly ui: ShadowUi;
  /** The pointer is on the panel: it stays put, so a second click cannot land on the site. */
  private hovered = false;

  constructor(onPointerLeave: () => void) {
    this.ui = createShadowUi('bedenk-dat-panel', panelCss);
    this.ui.host.dataset.state = 'clean';
    this.ui.host.addEventListener('pointerenter', () => {
      this.hovered = true;
    });
    this.ui.host.addEventListener('pointerleave', () => {
      this.hovered = false;
      onPointerLeave();
    });
  }

  get host(): HTMLElement {
    return this.ui.host;
  }

  /** True while the pointer is on a visible panel: it must not move away under it. */
  get pinned(): boolean {
    return this.hovered && !this.ui.host.hidden;
  }

  /** The panel's size as drawn (0 × 0 before its first paint). */
  size(): { width: number; height: number } {
    const r = this.ui.host.getBoundingClientRect();
    return { width: r.width, height: r.height };
  }

  show(state: PanelState, on: PanelHandlers): void {
    this.ui.host.dataset.state =
      state.findings.length > 0 ? 'findings' : state.unchecked ? 'unchecked' : 'clean';
    render(
      <ReminderPanel
        findings={state.findings}
        text={state.text}
        articles={state.articles}
        collapsed={state.collapsed}
        unchecked={state.unchecked}
        actions={state.actions}
        t={state.t}
        onToggle={on.onToggle}
        onAction={on.onAction}
        notice={state.notice}
        busy={state.busy}
        onCopy={on.onCopy}
      />,
      this.ui.container,
    );
    this.ui.container.firstElementChild?.setAttribute('data-theme', state.theme);
  }

  moveTo({ left, top, hidden }: Placement): void {
    this.ui.host.style.setProperty(
      '--bd-transform',
      `translate(${Math.round(left)}px, ${Math.round(top)}px)`,
    );
    this.ui.host.hidden = hidden;
  }

  destroy(): void {
    render(null, this.ui.container);
    this.ui.host.remove();
  }
}

/** True when the page around the box is dark (its nearest painted background). */
export function isDark(el: Element): boolean {
  for (
    let node: Element | null = el;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const bg = getComputedStyle(node).backgroundColor;
    const m = bg.match(/rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
      const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
    }
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}
