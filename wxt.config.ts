import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact()],
    // No module-preload polyfill: it fetches chunks, and the built bundles contain no fetch at
    // all (a test checks), so nothing can ever send a draft anywhere.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // storage: the user's settings; scripting: reminders on sites the user enables. Hosts
    // come from the content script's matches (the covered platforms only).
    permissions: ['storage', 'scripting'],
    // Mastodon instances and other sites: asked for per site when the user enables it.
    optional_host_permissions: ['https://*/*'],
    // No remote code, no eval: only the extension's own files.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
});
