import { browser } from 'wxt/browser';
import { readSettings } from '@/core/settings';
import { isSitePaused } from '@/core/sites';
import { SETTINGS_KEY } from '@/utils/settings';

/**
 * The paused sites from the user's own stored settings. A quick read on purpose: the full
 * settings wait for managed storage, which took 1.35 s to answer on a fresh Chromium profile,
 * and reminders should not wait that long. Pausing is never set by the school.
 */
export async function readPausedSites(): Promise<string[]> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return readSettings(stored[SETTINGS_KEY]).settings.pausedSites;
  } catch {
    return [];
  }
}

/**
 * Runs the watcher unless the user paused Bedenk dat on this site from the popup: pausing
 * removes every panel and mark at once, resuming picks the boxes up again.
 */
export class SiteSwitch {
  private run: AbortController | undefined;

  constructor(
    private readonly watcher: { start(signal: AbortSignal): void },
    private readonly hostname: string,
    private readonly life: AbortSignal,
  ) {
    life.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** True while the watcher runs (not paused). */
  get active(): boolean {
    return this.run !== undefined;
  }

  /** Starts or stops the watcher for the paused sites in the settings. */
  apply(pausedSites: readonly string[]): void {
    if (isSitePaused(pausedSites, this.hostname)) this.stop();
    else if (!this.run && !this.life.aborted) {
      this.run = new AbortController();
      this.watcher.start(this.run.signal);
    }
  }

  private stop(): void {
    this.run?.abort(); // the watcher stops and removes its sessions on abort
    this.run = undefined;
  }
}
