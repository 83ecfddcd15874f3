import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { EditorKind } from '../../core/platforms/types';
import type { PlatformId } from '../../core/types';
import { buildFixtures, distDir } from '../fixtures/build';

// Serves the fixture pages of tests/fixtures/pages/ under the sites' real URLs, through
// `context.route`, so the extension's shipped match patterns are what is tested. Routes
// registered later win over launchWithExtension's catch-all that aborts everything else.

/** One fixture page: which surface of which platform it copies, and where it is served. */
export type FixtureInfo = {
  /** Unique name, `<platform>-<surface>` in kebab case (plus a variant suffix where needed). */
  name: string;
  platform: PlatformId;
  /** The surface id in core/platforms/<platform>.ts. */
  surface: string;
  /** The editor technology the page is built with. */
  editor: EditorKind;
  /** The real URL the page is served at (the query string is not part of the route). */
  url: string;
  /** The source in tests/fixtures/pages/ (without extension). */
  source: string;
  /** The shape of a shared source to render (`<body data-variant>`). */
  variant?: string;
  /** The page takes `?boxes=N` and renders N compose boxes. */
  boxes?: boolean;
  /** The surface can show attached media (`attachMedia()` does something). */
  media: boolean;
  /** The site's keyboard shortcut that posts, where it has one. */
  shortcut?: 'Control+Enter' | 'Enter';
  /** Submitting leaves the text in place (YouTube Studio's Save), instead of clearing it. */
  keepsText?: boolean;
  /**
   * A Playwright selector for the submit button, where the platform data gives none (or its
   * selectors do not match this page: then `semanticPost`).
   */
  submit?: string;
  /** The data's container and submit selectors do not match here: only the semantic finder does. */
  semanticPost?: boolean;
  /** A multi-step composer: this button moves on to the step with the Post button (`submit`). */
  next?: string;
  /** The composer lives in this host's open shadow root. */
  shadowHost?: string;
};

/** Every fixture page. */
export const FIXTURES: readonly FixtureInfo[] = [
  {
    name: 'x-post',
    platform: 'x',
    surface: 'post',
    editor: 'draftjs',
    url: 'https://x.com/compose/post',
    source: 'x-compose',
    variant: 'post',
    media: true,
    shortcut: 'Control+Enter',
  },
  {
    name: 'x-reply',
    platform: 'x',
    surface: 'reply',
    editor: 'draftjs',
    url: 'https://x.com/musselhorst/status/1860000000000000001',
    source: 'x-compose',
    variant: 'reply',
    media: true,
    shortcut: 'Control+Enter',
  },
  {
    name: 'x-quote',
    platform: 'x',
    surface: 'quote',
    editor: 'draftjs',
    url: 'https://twitter.com/compose/post',
    source: 'x-compose',
    variant: 'quote',
    media: true,
    shortcut: 'Control+Enter',
  },
  {
    name: 'x-mobile',
    platform: 'x',
    surface: 'mobile',
    editor: 'textarea',
    url: 'https://mobile.twitter.com/compose/post',
    source: 'x-mobile',
    media: true,
    shortcut: 'Control+Enter',
  },
  {
    name: 'x-pro',
    platform: 'x',
    surface: 'post',
    editor: 'draftjs',
    url: 'https://pro.x.com/i/decks/1860000000000000009',
    source: 'x-compose',
    variant: 'pro',
    media: true,
    shortcut: 'Control+Enter',
    semanticPost: true,
    submit: 'role=button[name="Posten"s]',
  },
  {
    name: 'facebook-post',
    platform: 'facebook',
    surface: 'post',
    editor: 'lexical',
    url: 'https://www.facebook.com/',
    source: 'facebook-post',
    media: true,
  },
  {
    name: 'facebook-comment',
    platform: 'facebook',
    surface: 'comment',
    editor: 'lexical',
    url: 'https://www.facebook.com/musselhorst/posts/pfbid0fixture',
    source: 'facebook-comment',
    boxes: true,
    media: true,
    shortcut: 'Enter',
  },
  {
    name: 'facebook-business',
    platform: 'facebook',
    surface: 'businessPost',
    editor: 'lexical',
    url: 'https://business.facebook.com/latest/composer/',
    source: 'facebook-business',
    media: true,
    next: 'role=button[name="Volgende"s]',
    submit: 'role=button[name="Plaatsen"s]',
  },
  {
    name: 'instagram-caption',
    platform: 'instagram',
    surface: 'caption',
    editor: 'lexical',
    url: 'https://www.instagram.com/',
    source: 'instagram-caption',
    media: true,
  },
  {
    name: 'instagram-comment',
    platform: 'instagram',
    surface: 'comment',
    editor: 'textarea',
    url: 'https://www.instagram.com/p/C0fixture0/',
    source: 'instagram-comment',
    media: false,
    shortcut: 'Enter',
  },
  {
    name: 'linkedin-post',
    platform: 'linkedin',
    surface: 'post',
    editor: 'quill',
    url: 'https://www.linkedin.com/feed/',
    source: 'linkedin-post',
    variant: 'shadow',
    media: true,
    shadowHost: '#interop-outlet',
  },
  {
    name: 'linkedin-post-classic',
    platform: 'linkedin',
    surface: 'post',
    editor: 'quill',
    url: 'https://www.linkedin.com/company/obs-de-musselhorst/admin/page-posts/published/',
    source: 'linkedin-post',
    variant: 'classic',
    media: true,
  },
  {
    name: 'linkedin-share',
    platform: 'linkedin',
    surface: 'share',
    editor: 'prosemirror',
    url: 'https://www.linkedin.com/sharing/compose/',
    source: 'linkedin-sharebox',
    variant: 'member',
    media: true,
    submit: 'role=button[name="Posten"s]',
  },
  {
    name: 'linkedin-company',
    platform: 'linkedin',
    surface: 'companyPost',
    editor: 'prosemirror',
    url: 'https://www.linkedin.com/company/obs-de-musselhorst/admin/dashboard/',
    source: 'linkedin-sharebox',
    variant: 'company',
    media: true,
    submit: 'role=button[name="Posten"s]',
  },
  {
    name: 'linkedin-comment',
    platform: 'linkedin',
    surface: 'comment',
    editor: 'prosemirror',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/',
    source: 'linkedin-comment',
    media: true,
  },
  {
    name: 'linkedin-comment-quill',
    platform: 'linkedin',
    surface: 'commentQuill',
    editor: 'quill',
    url: 'https://www.linkedin.com/posts/musselhorst_sportdag-activity-7260000000000000002-AbCd/',
    source: 'linkedin-comment-quill',
    media: true,
  },
  {
    name: 'youtube-comment',
    platform: 'youtube',
    surface: 'comment',
    editor: 'contenteditable',
    url: 'https://www.youtube.com/watch?v=fixture0001',
    source: 'youtube-comment',
    boxes: true,
    media: false,
    shortcut: 'Control+Enter',
  },
  {
    name: 'youtube-community-post',
    platform: 'youtube',
    surface: 'communityPost',
    editor: 'contenteditable',
    url: 'https://www.youtube.com/@musselhorst/posts',
    source: 'youtube-community-post',
    media: true,
  },
  {
    name: 'youtube-studio-description',
    platform: 'youtube',
    surface: 'studioDescription',
    editor: 'contenteditable',
    url: 'https://studio.youtube.com/video/fixture0001/edit',
    source: 'youtube-studio-description',
    media: false,
    keepsText: true,
  },
  {
    name: 'bluesky-post',
    platform: 'bluesky',
    surface: 'post',
    editor: 'prosemirror',
    url: 'https://bsky.app/',
    source: 'bluesky-post',
    media: true,
    shortcut: 'Control+Enter',
  },
  {
    name: 'threads-post',
    platform: 'threads',
    surface: 'post',
    editor: 'lexical',
    url: 'https://www.threads.com/',
    source: 'threads-post',
    media: true,
    submit: 'role=button[name="Posten"]',
  },
  {
    name: 'tiktok-comment',
    platform: 'tiktok',
    surface: 'comment',
    editor: 'draftjs',
    url: 'https://www.tiktok.com/@musselhorst/video/7400000000000000001',
    source: 'tiktok-comment',
    media: false,
    shortcut: 'Enter',
  },
  {
    name: 'tiktok-caption',
    platform: 'tiktok',
    surface: 'caption',
    editor: 'draftjs',
    url: 'https://www.tiktok.com/tiktokstudio/upload',
    source: 'tiktok-caption',
    media: true,
  },
  {
    name: 'mastodon-post',
    platform: 'mastodon',
    surface: 'post',
    editor: 'textarea',
    url: 'https://mastodon.social/home',
    source: 'mastodon-compose',
    variant: 'post',
    media: true,
    shortcut: 'Control+Enter',
  },
  {
    name: 'mastodon-reply',
    platform: 'mastodon',
    surface: 'reply',
    editor: 'textarea',
    url: 'https://mastodon.social/@musselhorst/113000000000000001',
    source: 'mastodon-compose',
    variant: 'reply',
    media: true,
    shortcut: 'Control+Enter',
  },
];

/** The fixture called `name`, or an error listing the names there are. */
export function fixture(name: string): FixtureInfo {
  const found = FIXTURES.find((f) => f.name === name);
  if (!found)
    throw new Error(`no fixture "${name}"; there are: ${FIXTURES.map((f) => f.name).join(', ')}`);
  return found;
}

/** Where a page's bundle is served, on the page's own origin. */
export const BUNDLE_PATH = '/__bedenk-dat-fixture__/';

// Plain page styling only; each editor's own layout rules come with its fixture.
const BASE_CSS = `
body { font: 15px/1.4 system-ui, sans-serif; margin: 16px; max-width: 720px; }
[contenteditable], textarea { display: block; min-height: 3em; width: 100%; box-sizing: border-box; padding: 8px; border: 1px solid #bbb; outline: none; }
[contenteditable] p { margin: 0; }
button, [role="button"] { cursor: pointer; margin: 4px 4px 0 0; }
[role="dialog"] { border: 1px solid #ddd; border-radius: 8px; padding: 12px; margin: 8px 0; }
`;

/** The HTML shell of a fixture page: no request leaves it but its own bundle. */
export function fixtureHtml(f: FixtureInfo): string {
  const variant = f.variant ? ` data-variant="${f.variant}"` : '';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>${f.name} (Bedenk dat fixture)</title>
<style>${BASE_CSS}</style>
</head>
<body data-fixture="${f.name}"${variant}>
<div id="app"></div>
<script src="${BUNDLE_PATH}${f.source}.js"></script>
</body>
</html>`;
}

const bundles = new Map<string, Buffer>();

/** Reads a built bundle once per process. */
export function fixtureBundle(source: string): Buffer {
  let body = bundles.get(source);
  if (!body) {
    body = readFileSync(join(distDir, `${source}.js`));
    bundles.set(source, body);
  }
  return body;
}

/**
 * Routes the fixture's real URL (any query string) to its HTML, and its bundle, in `context`;
 * builds the bundles first if needed. Returns the URL to open.
 */
export async function servePlatformFixture(
  context: BrowserContext,
  fixtureName: string,
): Promise<string> {
  const f = fixture(fixtureName);
  await buildFixtures();
  const target = new URL(f.url);
  const page = fixtureHtml(f);
  await context.route(
    (url) => url.origin === target.origin && url.pathname === target.pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }),
  );
  await context.route(
    (url) => url.origin === target.origin && url.pathname === `${BUNDLE_PATH}${f.source}.js`,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/javascript; charset=utf-8',
        body: fixtureBundle(f.source),
      }),
  );
  return f.url;
}
