import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIDENTIAL, CONFIDENTIAL_EXPECT } from '../shared/scenarios';
import { openFixture, typeInto, until, untilEqual } from './driver';
import { launchFirefox, serveFixtures, type FixtureServer, type Launched } from './harness';
import { askBackground, extensionPage } from './extensionPages';

// The content script's fallback in Firefox: when the event page cannot judge, the content
// script imports its rules (fallback.js, web-accessible) and reminds all the same. The break
// is forced from outside the product, as in the Chromium suite: the event page's Int32Array,
// which every text view needs, throws.

let dir: string;
let server: FixtureServer;
let ff: Launched;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-ff-fallback-'));
  server = await serveFixtures(dir);
  ff = await launchFirefox(server);
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const draft = { seq: 1, draft: { text: CONFIDENTIAL, platform: 'x' } };
/** The event page's answer once broken (the error comes from another page's compartment). */
const BROKEN = { error: expect.stringMatching(/^analyze failed/) as unknown };

describe('the fallback rules (Firefox)', () => {
  it('x-post: the event page cannot judge; the page imports the rules and reminds', async () => {
    const options = await extensionPage(ff, 'options.html');
    await options.evaluate(async () => {
      type Runtime = { getBackgroundPage(): Promise<{ Int32Array: unknown }> };
      const bg = await (
        globalThis as unknown as { browser: { runtime: Runtime } }
      ).browser.runtime.getBackgroundPage();
      bg.Int32Array = function () {
        throw new Error('forced');
      };
    });
    expect(await askBackground(options, 'analyze', draft)).toEqual(BROKEN);
    const o = await openFixture(ff, server, 'x-post');
    await typeInto(o, CONFIDENTIAL);
    await untilEqual('the panel with findings', o.panelState, 'findings');
    const rules = await until('both rules', o.rules, (r) => 'confidentialMarker' in r);
    expect(rules).toMatchObject(CONFIDENTIAL_EXPECT.rules);
    // The event page was still broken: these reminders came from the page's own rules.
    expect(await askBackground(options, 'analyze', draft)).toEqual(BROKEN);
  });
});
