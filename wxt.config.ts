import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { WEIGHTS_ASSET } from './core/model/asset';
import { FALLBACK_FILE } from './utils/fallback';

/** The icon sizes both manifests name (toolbar 16/32, add-ons page 48/96, stores 128). */
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((n) => [n, `icon/${n}.png`]));

// See https://wxt.dev/api/config.html
export default defineConfig({
  // A second checkout or a parallel test run can build elsewhere (the e2e tests read the same variable).
  outDir: process.env.BEDENK_OUT_DIR ?? '.output',
  // `npm run zip`: the store packages, and for addons.mozilla.org the sources its reviewers
  // rebuild from (`npm ci && npm run build`); local output such as screenshots stays out.
  zip: {
    excludeSources: ['screenshots/**', 'test-results/**', 'playwright-report/**'],
    includeSources: ['.npmrc'],
  },
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  hooks: {
    // The second reader's weights ship as a data file beside the scripts (utils/secondReader.ts
    // says why): the committed core/model/weights.json, as second-reader.json.
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: fileURLToPath(new URL('./core/model/weights.json', import.meta.url)),
        relativeDest: WEIGHTS_ASSET,
      });
    },
    // Central deployment (docs/IT.md): Chrome/Edge read a school's managed settings against
    // public/managed_schema.json; Firefox reads them from policies.json "3rdparty", keyed by
    // this add-on id.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') {
        manifest.browser_specific_settings ??= {};
        manifest.browser_specific_settings.gecko ??= {};
        manifest.browser_specific_settings.gecko.id ??= 'bedenk-dat@musselhorst.nl';
        // Firefox's data-consent declaration: the extension collects and sends nothing.
        Object.assign(manifest.browser_specific_settings.gecko, {
          data_collection_permissions: { required: ['none'] },
        });
      } else {
        manifest.storage = { managed_schema: 'managed_schema.json' };
      }
      // The content script's fallback (the rules, run in the page when the worker is late) is
      // its own script, entrypoints/fallback.ts, imported only when needed: the rules are most
      // of the code, and the content script is loaded on every page of every covered site
      // (DESIGN.md: ≤ 200 KB). Pages where the content script runs must be allowed to load it. Chrome: only through a per-session random address, so a
      // site cannot probe for it to learn that Bedenk dat is installed (Firefox's addresses
      // are random per installation already, and it has no use_dynamic_url).
      manifest.web_accessible_resources = [
        {
          resources: [FALLBACK_FILE],
          matches: ['https://*/*'],
          ...(wxt.config.browser === 'firefox' ? {} : { use_dynamic_url: true }),
        },
      ];
    },
  },
  vite: () => ({
    plugins: [preact()],
    // No module-preload polyfill: it fetches chunks, and the built bundles contain no fetch at
    // all (a test checks), so nothing can ever send a draft anywhere.
    build: {
      modulePreload: { polyfill: false },
      // BEDENK_SOURCEMAP=1 for measuring what the bundles are made of.
      sourcemap: process.env.BEDENK_SOURCEMAP === '1',
    },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // Drawn from assets/icon.svg by `npm run icons` (scripts/icons.ts); a unit test checks
    // that every size is there, decodes at its size and matches the drawing.
    icons: ICONS,
    // The toolbar button: its badge and title follow the tab (entrypoints/background/badge.ts).
    action: { default_icon: ICONS, default_title: '__MSG_extName__' },
    // storage: the user's settings; scripting: reminders on sites the user enables; activeTab:
    // the popup sees the address of the tab it was opened on (to offer "enable on this site"),
    // without the `tabs` permission. Hosts come from the content script's matches.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Mastodon instances and other sites: asked for per site when the user enables it.
    optional_host_permissions: ['https://*/*'],
    // Keyboard shortcut for the disclaimer (changeable at chrome://extensions/shortcuts): the
    // background passes it to the tab's content script, which inserts through the editor.
    commands: {
      insertDisclaimer: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandInsertDisclaimer__',
      },
    },
    // No remote code, no eval: only the extension's own files.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
});
