import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { WEIGHTS } from '../../core/model';
import { WEIGHTS_ASSET } from '../../core/model/asset';
import { defaultMatches } from '../../core/platforms';
import { BUNDLES, bundleSizes, kb } from '../../scripts/bundles';
import { ICON_SIZES } from '../../scripts/icons';
import { readPng } from '../unit/png';
import { extensionPath } from './fixtures';

// Static checks of the production build (`wxt build` runs before the e2e suite): what the
// extension can do is decided here, before any page loads.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const built = files(extensionPath);
const code = built.filter((f) => /\.(js|html|css)$/.test(f));

// The one fetch in the built code: the worker and the practice page read the second reader's
// weights, the extension's own file (utils/secondReader.ts). Any other fetch fails this test.
const OWN_WEIGHTS_FETCH = new RegExp(
  String.raw`\bfetch\s*\(\s*[\w$.]+\.runtime\.getURL\(\s*["'\x60]/${WEIGHTS_ASSET}["'\x60]\s*\)\s*\)`,
  'g',
);

test('no code that could send a byte anywhere: no fetch but of its own weights file, no XHR, WebSocket, beacon, remote script or font', () => {
  const fetching: string[] = [];
  for (const file of code) {
    const text = readFileSync(file, 'utf8');
    const rel = file.slice(extensionPath.length + 1);
    const rest = text.replace(OWN_WEIGHTS_FETCH, '');
    if (rest !== text) fetching.push(rel);
    expect(rest, rel).not.toMatch(/\bfetch\s*\(/);
    expect(text, rel).not.toMatch(/XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/);
    expect(text, rel).not.toMatch(/<script[^>]+src=["']?https?:/i);
    expect(text, rel).not.toMatch(/@import\s+url\(["']?https?:|@font-face[^}]*url\(["']?https?:/i);
    expect(text, rel).not.toMatch(/\beval\s*\(|new Function\s*\(/);
  }
  // Only the worker and the practice page read it, never a script that runs in a site's page.
  expect(fetching.filter((f) => f.startsWith('content-scripts/') || f === 'fallback.js')).toEqual(
    [],
  );
  expect(fetching).toContain('background.js');
});

test('the manifest asks for the least: covered platforms only, other sites at run time, strict CSP', () => {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    content_scripts: { matches: string[] }[];
    content_security_policy: { extension_pages: string };
    web_accessible_resources?: unknown[];
  };
  const text = JSON.stringify(manifest);
  expect(text).not.toContain('<all_urls>');
  expect(text).not.toContain('*://*/*');
  expect(manifest.permissions?.sort()).toEqual(expect.arrayContaining(['scripting', 'storage']));
  for (const permission of manifest.permissions ?? []) {
    expect(['storage', 'scripting', 'activeTab'], permission).toContain(permission);
  }
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual(
    [...defaultMatches].sort(),
  );
  expect(manifest.content_security_policy.extension_pages).toBe(
    "script-src 'self'; object-src 'self'",
  );
  // One file a page may load: the content script's fallback rules, through an address that
  // changes every session (so a site cannot probe it to see that the extension is installed).
  expect(manifest.web_accessible_resources).toEqual([
    { resources: ['fallback.js'], matches: ['https://*/*'], use_dynamic_url: true },
  ]);
});

test('every bundle is inside its budget (DESIGN.md: content script ≤ 200 KB) or, not yet, its ceiling', () => {
  const sizes = bundleSizes(extensionPath);
  expect(sizes.map((b) => b.file).sort()).toEqual(BUNDLES.map((b) => b.file).sort());
  for (const b of sizes) {
    if (b.budgetKb === null) continue;
    // A bundle not yet inside its budget may not grow past its ceiling (scripts/bundles.ts says why).
    const limit = b.ceiling?.kb ?? b.budgetKb;
    expect(b.bytes, `${b.file}: ${kb(b.bytes)} over ${limit} KB`).toBeLessThanOrEqual(limit * 1024);
  }
  // The content script, on every page, is inside its budget with no ceiling.
  expect(BUNDLES.find((b) => b.file === 'content-scripts/content.js')?.ceiling).toBeUndefined();
});

test("the second reader's weights ship as the worker's data file, in no script, and no site can read them", () => {
  // Data, not code: the worker parses ~180 KB of numbers once instead of as script on every
  // start, and the content script and its fallback (fallback.js, rules only) never carry them.
  const sample = WEIGHTS.data.slice(0, 64);
  const asset = JSON.parse(readFileSync(join(extensionPath, WEIGHTS_ASSET), 'utf8')) as {
    data: string;
  };
  expect(asset.data).toBe(WEIGHTS.data);
  const holding = code
    .filter((f) => readFileSync(f, 'utf8').includes(sample))
    .map((f) => f.slice(extensionPath.length + 1));
  expect(holding).toEqual([]);
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: { resources: string[] }[];
  };
  const exposed = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources);
  expect(exposed).not.toContain(WEIGHTS_ASSET);
});

// The unit test of the manifests runs before any build in `npm test`, so it skips the built
// files; here the production build is always there.
test('the built manifest names the icon in every size for the extension and its toolbar button, each PNG at its size', () => {
  const m = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as {
    icons: Record<string, string>;
    action: { default_icon: Record<string, string> };
  };
  for (const icons of [m.icons, m.action.default_icon]) {
    expect(Object.keys(icons).map(Number)).toEqual([...ICON_SIZES]);
    for (const [size, path] of Object.entries(icons)) {
      const png = readPng(readFileSync(join(extensionPath, path)));
      expect([png.width, png.height], path).toEqual([Number(size), Number(size)]);
    }
  }
});
