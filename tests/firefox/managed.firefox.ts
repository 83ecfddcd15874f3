import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPINION } from '../shared/scenarios';
import { inPanel, openFixture, typeInto, until, untilEqual } from './driver';
import { extensionPage, gotoExtension, tabIdOf } from './extensionPages';
import { firefoxPath, firefoxPerFile, geckoId, type FixtureServer, type Launched } from './harness';

// A school's IT pushes settings to Firefox through its enterprise policies (docs/IT.md):
// policies.json in the `distribution` folder beside the Firefox binary, the add-on's managed
// storage from `3rdparty.Extensions.<gecko id>`. This test writes docs/firefox-policies.
// example.json there (CI runs as root), starts Firefox and checks that the school's
// leidinggevende, disclaimer, sites and policy pack are in force and locked. The file goes
// afterwards. Skipped where the folder is not writable, or holds a policies.json of its own.

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../docs/firefox-policies.example.json'), 'utf8'),
) as { policies: Record<string, unknown> & { '3rdparty': { Extensions: Record<string, School> } } };
type School = {
  leidinggevende: { name: string };
  disclaimer: { long: string };
  platforms: Record<string, boolean>;
};
const school = example.policies['3rdparty'].Extensions[geckoId]!;

/**
 * Mozilla's documented place: distribution/policies.json in the folder of the real binary
 * (/usr/bin/firefox-esr links to /usr/lib/firefox-esr/firefox-esr on Debian).
 */
const POLICY_FILE =
  process.env.FIREFOX_POLICY_FILE ??
  join(dirname(realpathSync(firefoxPath)), 'distribution/policies.json');

function canWritePolicies(): boolean {
  if (existsSync(POLICY_FILE)) return false; // never replace a machine's own policies
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    accessSync(dirname(POLICY_FILE), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const writable = canWritePolicies();
let server: FixtureServer;
let ff: Launched;

describe.skipIf(!writable)(`settings pushed through ${POLICY_FILE} (Firefox)`, () => {
  firefoxPerFile(
    'managed',
    (launched, fixtures) => {
      ff = launched;
      server = fixtures;
    },
    {
      before() {
        // The test installs the build itself: the example's force-install entry would make
        // Firefox fetch an .xpi from the school's intranet.
        const policies: Record<string, unknown> = { ...example.policies };
        delete policies.ExtensionSettings;
        writeFileSync(POLICY_FILE, JSON.stringify({ policies }, null, 2));
      },
      after: () => rmSync(POLICY_FILE, { force: true }),
    },
  );

  it('the options show the school’s values, marked as set by the school and locked', async () => {
    const page = await extensionPage(ff, 'options.html');
    const leader = await until(
      'the school’s leidinggevende',
      () =>
        page.evaluate(() => {
          const input = document.querySelector<HTMLInputElement>('#bd-leaderName');
          const x = document.querySelector<HTMLInputElement>('input[name="platform-x"]');
          return input && x
            ? {
                value: input.value,
                disabled: input.disabled,
                x: { checked: x.checked, disabled: x.disabled },
                bySchool: document.querySelector('[data-set-by-school]')?.textContent ?? null,
                pack: document
                  .querySelector<HTMLElement>('[data-testid="policy-source"]')
                  ?.getAttribute('data-source'),
              }
            : null;
        }),
      (v) => v?.value === school.leidinggevende.name,
      15_000,
    );
    expect(leader).toEqual({
      value: school.leidinggevende.name,
      disabled: true,
      x: { checked: false, disabled: true },
      bySchool: 'ingesteld door de school',
      pack: 'school',
    });
    await page.close();
  });

  it('on a site: the school’s disclaimer goes in and the school’s pack words are reminded of', async () => {
    const o = await openFixture(ff, server, 'mastodon-post');
    await typeInto(o, OPINION);
    await (await o.page.waitForSelector(
      inPanel('[data-rule-id="personalOrOnBehalf"] [data-action="insert-disclaimer"]'),
    ))!.click();
    await untilEqual('the school’s disclaimer', o.state, `${OPINION}\n\n${school.disclaimer.long}`);
    await o.close();

    const p = await openFixture(ff, server, 'mastodon-reply');
    await typeInto(p, 'Dit moeten we even hou het stil houden');
    await until('the pack’s own words', p.rules, (r) => 'confidentialMarker' in r);
    await p.close();
  });

  it('X, switched off by the school, is paused there: no panel on a confidential draft', async () => {
    const x = await openFixture(ff, server, 'x-post');
    await typeInto(x, 'Het BSN van Daan is 111222333');
    await untilEqual('the site’s own state', x.state, 'Het BSN van Daan is 111222333');

    const ext = await extensionPage(ff, 'popup.html');
    const tab = await until(
      'the tab',
      () => tabIdOf(ext, x.page.url()),
      (t) => t !== undefined,
    );
    const status = await ext.evaluate(
      (tab) =>
        (
          globalThis as unknown as {
            browser: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
          }
        ).browser.tabs.sendMessage(tab, { name: 'tabStatus', data: {} }),
      tab!,
    );
    // The content script itself says it is not active here, and the popup says why.
    expect(status).toMatchObject({ platform: 'x', active: false, openReminders: 0 });
    expect(await x.panelState()).toBeNull();
    await gotoExtension(ff, ext, `popup.html?tab=${tab}`);
    const said = await until(
      'the popup’s status',
      () =>
        ext.evaluate(() => {
          const p = document.querySelector<HTMLElement>('[data-testid="tab-status"] [data-state]');
          return p ? { state: p.dataset.state, text: p.textContent } : null;
        }),
      (v) => v?.state !== undefined,
      15_000,
    );
    expect(said).toEqual({
      state: 'offBySchool',
      text: 'Bedenk dat kijkt niet mee op X: de school heeft dit uitgezet.',
    });
    await ext.close();
    await x.close();
  });
});
