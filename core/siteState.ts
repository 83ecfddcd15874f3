import { isLocked, type Config } from './config';
import { platformOn, type Settings } from './settings';
import { isSitePaused } from './sites';
import type { PlatformId } from './types';

/**
 * Whether Bedenk dat checks the drafts on the popup's tab, and if not, who switched it off:
 * - `active`: it checks here;
 * - `paused`: the user paused it on this site (the popup's switch);
 * - `offBySchool`: the school's managed settings switched the platform off (locked);
 * - `offInOptions`: the user switched the platform off in the options;
 * - `notChecked`: the tab's content script says it does not check, for no reason the
 *   settings show (it has not read them yet, or its own copy is stale).
 */
export type SiteState = 'active' | 'paused' | 'offBySchool' | 'offInOptions' | 'notChecked';

export type SiteStateInput = {
  host: string;
  platform: PlatformId;
  config: { settings: Pick<Settings, 'pausedSites' | 'platforms'> } & Pick<Config, 'locked'>;
  /**
   * What the content script said (tabStatus.active), or null when its answer may be older
   * than the settings (the user just toggled the switch): then the settings alone decide.
   */
  reportedActive: boolean | null;
};

/** The popup's state for one tab: the settings give the reason, the content script the fact. */
export function siteState({ host, platform, config, reportedActive }: SiteStateInput): SiteState {
  // 'other' is a site the user enabled: it has no platform switch of its own.
  if (platform !== 'other' && !platformOn(config.settings, platform)) {
    return isLocked(config, `platforms.${platform}`) ? 'offBySchool' : 'offInOptions';
  }
  if (isSitePaused(config.settings.pausedSites, host)) return 'paused';
  return reportedActive === false ? 'notChecked' : 'active';
}
