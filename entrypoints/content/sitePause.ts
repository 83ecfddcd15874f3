import { isSitePaused } from '@/core/sites';

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
