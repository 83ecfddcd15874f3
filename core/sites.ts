// Sites where the user paused Bedenk dat from the popup (settings.pausedSites): stored as host
// names, so "www.facebook.com" and "facebook.com" are one site to the user.

/** The key a host name is paused under: lower case, without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** True when the user paused Bedenk dat on `hostname`. */
export function isSitePaused(pausedSites: readonly string[], hostname: string): boolean {
  const key = siteKey(hostname);
  return key !== '' && pausedSites.some((site) => siteKey(site) === key);
}

/** The list with `hostname` paused or resumed; other sites are kept as they are. */
export function setSitePaused(
  pausedSites: readonly string[],
  hostname: string,
  paused: boolean,
): string[] {
  const key = siteKey(hostname);
  const others = pausedSites.filter((site) => siteKey(site) !== key);
  return paused && key ? [...others, key] : others;
}
