import type { Translate } from './i18n';

/** What the content script of a tab reports for the toolbar button. */
export type BadgeState = {
  /** Open reminders (warning or stop, not dismissed) over the tab's compose boxes. */
  open: number;
  /** The user paused Bedenk dat on this site (popup) or switched the platform off (options). */
  paused: boolean;
};

/** How the toolbar button looks for one tab: badge text and colour, and its title in words. */
export type BadgeLook = { text: string; color: string; title: string };

/** The badge's colours: the icon's orange for open reminders, grey while paused. */
export const BADGE_COLORS = { open: '#c2410c', paused: '#5f6368' } as const;

/**
 * The toolbar button for a tab. The badge is for the eye (a number, or "uit" while paused);
 * the title says the same in words, for screen readers and the tooltip. Nothing open: no
 * badge, so a clean draft does not draw the eye.
 */
export function badgeLook(state: BadgeState, t: Translate): BadgeLook {
  if (state.paused) {
    return { text: t('badge.paused'), color: BADGE_COLORS.paused, title: t('badge.titlePaused') };
  }
  const n = Math.max(0, Math.floor(state.open));
  if (n === 0) return { text: '', color: BADGE_COLORS.open, title: t('badge.titleNone') };
  return {
    // Four characters is all a badge shows.
    text: n > 99 ? '99+' : String(n),
    color: BADGE_COLORS.open,
    title: n === 1 ? t('badge.titleOne') : t('badge.titleMany', { n }),
  };
}
