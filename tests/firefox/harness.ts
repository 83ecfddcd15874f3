import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { platforms } from '../../core/platforms';
import { buildFixtures } from '../fixtures/build';
import {
  BUNDLE_PATH,
  FIXTURES,
  fixture,
  fixtureBundle,
  fixtureHtml,
  type FixtureInfo,
} from '../e2e/serve';

// Debian's Firefox ESR with the production build, driven by puppeteer-core over WebDriver
// BiDi (Playwright cannot drive a stock Firefox; ../../shared/TOOLCHAIN.md says what works
// here). The fixture pages of the Chromium suite, from the same registry (tests/e2e/serve.ts),
// are served by a local HTTPS server under the sites' real host names: every name resolves to
// 127.0.0.1 (network.dns.forceResolve), and the content script's match patterns ignore the
// port, so https://x.com:<port>/ is X to the extension.

/** Debian's firefox-esr by default; FIREFOX_PATH points elsewhere. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The Firefox build (`wxt build -b firefox --mv3`). */
export const firefoxBuild = resolve(
  import.meta.dirname,
  '../..',
  process.env.BEDENK_OUT_DIR ?? '.output',
  'firefox-mv3',
);

/** The add-on id in the Firefox manifest (wxt.config.ts). */
export const geckoId = (
  JSON.parse(readFileSync(join(firefoxBuild, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;

/** The local HTTPS server with the fixture pages; records every other request it gets. */
export type FixtureServer = {
  port: number;
  /** Requests for anything but a fixture page or its bundle (host and path). */
  unexpected: string[];
  /** The fixture's real URL on this server's port (with `?query` if given). */
  url(f: FixtureInfo, query?: Record<string, string>): string;
  close(): Promise<void>;
};

/** A throw-away self-signed certificate for the fixtures' host names. */
function certificate(dir: string): { key: Buffer; cert: Buffer } {
  const hosts = [...new Set(FIXTURES.map((f) => new URL(f.url).hostname)), 'localhost'];
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2'],
      ...['-keyout', key, '-out', cert, '-subj', '/CN=bedenk-dat-fixtures'],
      ...['-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`],
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Starts the fixture server on a free port. */
export async function serveFixtures(dir: string): Promise<FixtureServer> {
  await buildFixtures();
  const unexpected: string[] = [];
  const server: Server = createServer(certificate(dir), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    const f = FIXTURES.find((x) => {
      const u = new URL(x.url);
      return u.hostname === host && u.pathname === path;
    });
    if (f) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(fixtureHtml(f));
    }
    const source = path.startsWith(BUNDLE_PATH) ? path.slice(BUNDLE_PATH.length, -3) : '';
    if (source && FIXTURES.some((x) => x.source === source && new URL(x.url).hostname === host)) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      return res.end(fixtureBundle(source));
    }
    unexpected.push(`${host}${req.url ?? ''}`);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    unexpected,
    url(f, query) {
      const u = new URL(f.url);
      u.port = String(port);
      for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
      return u.href;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export type LaunchOptions = {
  /** A profile to reuse (a browser restart); a fresh one by default. */
  profile?: string;
  /** Extra Firefox preferences (e.g. the event page's idle timeout). */
  prefs?: Record<string, unknown>;
};

/** Firefox with the build installed as a temporary add-on, at a fixed moz-extension:// address. */
export type Launched = {
  browser: Browser;
  /** The profile folder (pass it to launch again to restart). */
  profile: string;
  /** `moz-extension://<uuid>`, the extension pages' origin. */
  origin: string;
  /** Requests any page made outside the fixture server (http(s) only). */
  outside: string[];
  /** A new tab; its requests are recorded in `outside`. */
  newPage(): Promise<Page>;
  /** Closes every tab `newPage` opened that a test left open (a failed test does). */
  closePages(): Promise<void>;
  close(): Promise<void>;
};

/** One uuid per run, so a restarted Firefox gives the add-on the same origin (and storage). */
const uuid = randomUUID();

export async function launchFirefox(
  server: FixtureServer,
  options: LaunchOptions = {},
): Promise<Launched> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'bedenk-dat-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    // Extension pages (popup, options) can only be opened over BiDi with this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.proxy.type': 0,
      'network.trr.mode': 5,
      'intl.locale.requested': 'nl',
      'intl.accept_languages': 'nl-NL, nl',
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // A temporary add-on is removed at shutdown: keep its address and its data (parked
      // drafts in IndexedDB) for the restart, as an installed add-on keeps them.
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
      ...options.prefs,
    },
  });
  const before = (await browser.pages()).length;
  await browser.installExtension(firefoxBuild);
  // A fresh install opens the practice page and, in front, the welcome (firstRun.ts). The
  // welcome takes focus from whatever tab a test opens, and a tab in the background gets no
  // focus events: so wait for both and close them (a restart installs the add-on again).
  // After a restart the add-on keeps its storage and the pages may not come: wait less.
  const deadline = Date.now() + (options.profile ? 3_000 : 15_000);
  while ((await browser.pages()).length < before + 2 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const opened = (await browser.pages()).slice(before);
  if (opened.length < 2 && !options.profile) {
    throw new Error('the welcome and practice pages did not open on install');
  }
  for (const page of opened) await page.close();
  const outside: string[] = [];
  const own = `:${server.port}`;
  const watch = (page: Page) => {
    page.on('request', (r) => {
      const url = r.url();
      if (!/^https?:/.test(url)) return;
      const u = new URL(url);
      if (u.port === String(server.port) || url.includes(own)) return;
      outside.push(url);
    });
  };
  for (const page of await browser.pages()) watch(page);
  const mine = new Set<Page>();
  return {
    browser,
    profile,
    origin: `moz-extension://${uuid}`,
    outside,
    async newPage() {
      const page = await browser.newPage();
      watch(page);
      mine.add(page);
      return page;
    },
    async closePages() {
      for (const page of mine) if (!page.isClosed()) await page.close().catch(() => undefined);
      mine.clear();
    },
    async close() {
      await browser.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a test file asks of its one Firefox (see firefoxPerFile). */
export type PerFileOptions = {
  /** Extra Firefox preferences (e.g. the event page's idle timeout). */
  prefs?: Record<string, unknown>;
  /** A profile folder of its own, kept over `restart()` (parked drafts across a restart). */
  restartable?: boolean;
  /** Runs before the server starts and Firefox launches (e.g. writing a policy file). */
  before?: () => void;
  /** Runs after Firefox closed, also when a launch failed (e.g. removing that file). */
  after?: () => void;
};

/** The file's Firefox, for the few tests that restart it. */
export type PerFile = {
  /** Closes Firefox and launches it again on the same profile; `ready` gets the new one. */
  restart(): Promise<void>;
};

/**
 * One fixture server and one Firefox for a whole test file (a launch costs about 7 s), with
 * the vitest hooks every Firefox file needs: launched before the first test, the tabs a test
 * left open (a failed one does) closed after each, everything closed and removed at the end.
 * `ready` receives the browser and the server (again after `restart()`). Call it at the top
 * of a file, or inside a describe to tie it to that block.
 */
export function firefoxPerFile(
  name: string,
  ready: (ff: Launched, server: FixtureServer) => void,
  options: PerFileOptions = {},
): PerFile {
  let dir: string | undefined;
  let profile: string | undefined;
  let server: FixtureServer | undefined;
  let ff: Launched | undefined;
  const launch = async () => {
    ff = await launchFirefox(server!, { prefs: options.prefs, profile });
    ready(ff, server!);
  };
  beforeAll(async () => {
    options.before?.();
    dir = mkdtempSync(join(tmpdir(), `bedenk-dat-ff-${name}-`));
    if (options.restartable)
      profile = mkdtempSync(join(tmpdir(), `bedenk-dat-ff-${name}-profile-`));
    server = await serveFixtures(dir);
    await launch();
  });
  afterEach(async () => {
    await ff?.closePages();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
    for (const folder of [dir, profile])
      if (folder) rmSync(folder, { recursive: true, force: true });
    options.after?.();
  });
  return {
    async restart() {
      await ff?.close();
      await launch();
    },
  };
}

/** The platform data's surface for a fixture (its editor, container and submit selectors). */
export function surfaceOf(f: FixtureInfo) {
  return platforms.find((p) => p.id === f.platform)!.surfaces.find((s) => s.id === f.surface)!;
}

export { fixture, FIXTURES, type FixtureInfo };
