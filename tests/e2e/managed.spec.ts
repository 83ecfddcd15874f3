import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, typeInto } from './compose';
import { expect, launchWithExtension, test } from './fixtures';
import { extensionPage, openPopupFor, toolbarButton } from './popupPage';

// A school's IT pushes settings through the browser's policy (docs/IT.md). On Linux,
// Chromium reads them from /etc/chromium/policies/managed/*.json: this test writes one there
// (CI runs as root), restarts the browser and checks that the school's values are the ones in
// force and cannot be changed by the user. The file is removed afterwards.

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'bedenk-dat-e2e.json');

function canWritePolicies(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const SCHOOL = {
  leidinggevende: { name: 'Marieke Jansen', email: 'directie@musselhorst.nl' },
  disclaimer: {
    long: 'Persoonlijk account; dit bericht is niet namens obs de Musselhorst.',
    short: 'Persoonlijk, niet namens school.',
  },
  platforms: { x: false },
};

const OPINION = 'Ik vind dat de werkdruk in het onderwijs veel te hoog is.';

test('settings pushed by the school are in force, shown as set by the school, and locked', async () => {
  test.skip(!canWritePolicies(), `needs write access to ${POLICY_DIR} (CI runs as root)`);
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-managed-'));
  try {
    // The extension's id (an unpacked extension's id follows from its folder), then the policy.
    let { context } = await launchWithExtension(dir);
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(first.url()).host;
    await context.close();
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: SCHOOL } } }));
    ({ context } = await launchWithExtension(dir));

    // The options: the school's values, marked and not editable.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const leaderName = options.getByLabel(/^Naam/);
    await expect(leaderName).toHaveValue('Marieke Jansen', { timeout: 15_000 });
    await expect(leaderName).toBeDisabled();
    await expect(options.locator('input[name="platform-x"]')).not.toBeChecked();
    await expect(options.locator('input[name="platform-x"]')).toBeDisabled();
    await expect(options.locator('[data-set-by-school]').first()).toHaveText(
      'ingesteld door de school',
    );

    // On a site: the school's disclaimer goes in, through the editor's own state.
    const o = await open(context, 'facebook-post');
    await typeInto(o, OPINION);
    await o.panel
      .locator('[data-rule-id="personalOrOnBehalf"] [data-action="insert-disclaimer"]')
      .click();
    await expect.poll(o.state).toBe(`${OPINION}\n\n${SCHOOL.disclaimer.long}`);

    // X is switched off by the school: no panel there, and the site works as ever. The
    // positive signal that X's content script has read the school's settings: it reports
    // itself paused, and the toolbar button says "uit" (before that it reports active, as it
    // starts on the user's own paused sites). From then on it watches no box.
    const x = await open(context, 'x-post');
    const ext = await extensionPage(context);
    await expect
      .poll(async () => (await toolbarButton(ext, x.page.url()))?.text, { timeout: 15_000 })
      .toBe('uit');
    await typeInto(x, OPINION);
    await expect.poll(x.state).toBe(OPINION);
    await expect(x.panel).toHaveCount(0);

    // The popup on X says the school switched it off (not "kijkt mee op X"), with no switch.
    const popup = await openPopupFor(context, x.page.url());
    const status = popup.getByTestId('tab-status');
    await expect(status.locator('[data-state]')).toHaveAttribute('data-state', 'offBySchool');
    await expect(status).toContainText(
      'Bedenk dat kijkt niet mee op X: de school heeft dit uitgezet.',
    );
    await expect(popup.getByRole('switch')).toHaveCount(0);
    await context.close();
  } finally {
    rmSync(POLICY_FILE, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
