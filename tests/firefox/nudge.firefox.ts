import { describe, expect, it } from 'vitest';
import { boxAfterPosting, NUDGE, nudgeSurfaces } from '../shared/scenarios';
import { clickPost, inPanel, openFixture, typeInto, untilEqual } from './driver';
import { FIXTURES, firefoxPerFile, type FixtureServer, type Launched } from './harness';

// "Bij twijfel publiceert men niet" on every one-step compose surface in Firefox, the same
// scenario as the Chromium suite (tests/e2e/nudge.spec.ts), from the same table
// (tests/shared/scenarios.ts): Post with a warning open asks first, "Terug naar je tekst"
// posts nothing, "Toch plaatsen" posts exactly once.

let server: FixtureServer;
let ff: Launched;
firefoxPerFile('nudge', (launched, fixtures) => {
  ff = launched;
  server = fixtures;
});

const inNudge = (selector: string) => `bedenk-dat-nudge >>> ${selector}`;

describe('the nudge on every surface (Firefox)', () => {
  for (const f of nudgeSurfaces(FIXTURES)) {
    it(`${f.name}: Post with a warning open asks first; cancel posts nothing, "${NUDGE.anywayLabel}" posts once`, async () => {
      const o = await openFixture(ff, server, f.name);
      await typeInto(o, NUDGE.draft);
      await o.page.waitForSelector(inPanel(`[data-rule-id="${NUDGE.ruleId}"]`));
      const open = () => o.page.$$eval(inNudge(NUDGE.dialog), (d) => d.length);

      await clickPost(o);
      const dialog = await o.page.waitForSelector(inNudge(NUDGE.dialog));
      const text = await dialog!.evaluate((d) => d.textContent);
      expect(text).toContain(NUDGE.says);
      expect(await o.page.$(inNudge(`[data-rule-id="${NUDGE.ruleId}"]`))).not.toBeNull();
      expect(await o.posted()).toEqual([]);

      const cancel = await o.page.waitForSelector(inNudge(NUDGE.cancel));
      expect(await cancel!.evaluate((b) => b.textContent)).toContain(NUDGE.cancelLabel);
      await cancel!.click();
      await untilEqual('the nudge closed', open, 0);
      expect(await o.posted()).toEqual([]);
      expect(await o.state()).toBe(NUDGE.draft);

      await clickPost(o);
      const anyway = await o.page.waitForSelector(inNudge(NUDGE.postAnyway));
      expect(await anyway!.evaluate((b) => b.textContent)).toContain(NUDGE.anywayLabel);
      await anyway!.click();
      await untilEqual('posted once', o.posted, [NUDGE.draft]);
      await untilEqual('the nudge gone', open, 0);
      await untilEqual('the box after posting', o.state, boxAfterPosting(f));
      expect(await o.posted()).toEqual([NUDGE.draft]);
      await o.close();
    });
  }
});
