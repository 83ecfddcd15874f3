import bluesky from './bluesky';
import facebook from './facebook';
import instagram from './instagram';
import linkedin from './linkedin';
import mastodon from './mastodon';
import other from './other';
import threads from './threads';
import tiktok from './tiktok';
import type { Platform } from './types';
import x from './x';
import youtube from './youtube';

export type { ComposeSurface, EditorKind, Platform } from './types';

// Adding a platform: one data file beside this one, listed here, plus its fixture page under
// tests/fixtures/pages/. Within a platform, surfaces are tried in order and the first whose
// editor selector matches wins, so specific surfaces (reply, quote) come before catch-alls.

/** Every platform Bedenk dat knows, in the order the protocol names them. */
export const platforms: readonly Platform[] = [
  x,
  facebook,
  instagram,
  linkedin,
  youtube,
  bluesky,
  threads,
  tiktok,
  mastodon,
];

/** Does `hostname` fall under `pattern`: an exact host, or "*.domain" for the domain and its subdomains. */
export function hostMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!pattern.startsWith('*.')) return host === pattern;
  const domain = pattern.slice(2);
  // Like a browser match pattern, "*.facebook.com" covers facebook.com itself.
  return host === domain || host.endsWith(`.${domain}`);
}

/** The platform whose hosts cover `hostname`, or undefined (x.com.evil.net is not X). */
export function platformForHost(hostname: string): Platform | undefined {
  return platforms.find((p) => p.hosts.some((pattern) => hostMatches(pattern, hostname)));
}

/** The browser match pattern for one host entry ("*.facebook.com" → "https://*.facebook.com/*"). */
export function matchPattern(host: string): string {
  return `https://${host}/*`;
}

/** The generic platform for a site the user enabled (see other.ts). */
export { other as otherPlatform };

/**
 * The platform for a page on a site the user enabled: a Mastodon instance is recognised by
 * its web app (any domain), anything else is "other".
 */
export function platformForPage(doc: { querySelector(selector: string): unknown }): Platform {
  const isMastodon = doc.querySelector(
    'meta[name="application-name"][content="Mastodon"], #mastodon, form.compose-form',
  );
  return isMastodon ? mastodon : other;
}

/** Match patterns of the platforms that are on by default: the content script's static matches. */
export const defaultMatches: readonly string[] = platforms
  .filter((p) => p.defaultOn)
  .flatMap((p) => p.hosts.map(matchPattern));
