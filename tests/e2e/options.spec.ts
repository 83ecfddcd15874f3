import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { platforms } from '../../core/platforms';
import { musselhorstPolicyInput } from '../../core/policy/musselhorst';
import { expect, launchWithExtension, test as base } from './fixtures';
import { fixture, servePlatformFixture } from './serve';

// The options page (chrome-extension://<id>/options.html) in real Chromium with the built
// extension: settings kept across reloads, bad values refused with their field named, and a
// policy pack imported there taking effect in a site's compose box. One browser per worker.

type Shared = { shared: { context: BrowserContext; outside: string[]; id: string } };
const test = base.extend<object, Shared>({
  shared: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-options-'));
      const launched = await launchWithExtension(dir);
      const worker =
        launched.context.serviceWorkers()[0] ??
        (await launched.context.waitForEvent('serviceworker'));
      await use({ ...launched, id: new URL(worker.url()).host });
      await launched.context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

type Area = { set(items: object): Promise<void>; clear(): Promise<void> };

/** Opens the options page on clean storage (optionally with something stored first). */
async function openOptions(
  shared: Shared['shared'],
  stored: { sync?: object; local?: object } = {},
): Promise<Page> {
  const page = await shared.context.newPage();
  await page.goto(`chrome-extension://${shared.id}/options.html`);
  await page.evaluate(async (items) => {
    const storage = chrome.storage as unknown as Record<'local' | 'sync', Area>;
    await Promise.all([storage.local.clear(), storage.sync.clear()]);
    if (items.sync) await storage.sync.set(items.sync);
    if (items.local) await storage.local.set(items.local);
  }, stored);
  await page.reload();
  await expect(page.getByRole('heading', { name: /Instellingen/ })).toBeVisible();
  return page;
}

const storedSettings = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.sync.get('settings'))['settings']);
const storedPack = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.local.get('policyPack'))['policyPack']);

/** A school's own pack: BSN reminder off, an extra confidential phrase. */
const regenboog = {
  ...musselhorstPolicyInput,
  id: 'cbs-de-regenboog',
  school: { name: 'cbs De Regenboog', aliases: ['Regenboog'] },
  rules: { confidentialBsn: { enabled: false } },
  lexicons: { confidentialMarker: ['hou het stil'] },
};
const file = (name: string, content: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(content),
});

test('role and leidinggevende are kept after a reload', async ({ shared }) => {
  const page = await openOptions(shared);
  await page.getByRole('radio', { name: /Leidinggevende/ }).check();
  await page.getByLabel('Je naam', { exact: true }).fill('Anouk de Vries');
  await page.getByLabel('Naam', { exact: true }).fill('Marieke Jansen');
  await page.getByLabel('E-mailadres', { exact: true }).fill('directie@musselhorst.nl');
  await page.getByLabel(/Telefoonnummer/).fill('06 12345678');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Opgeslagen.');

  await page.reload();
  await expect(page.getByRole('radio', { name: /Leidinggevende/ })).toBeChecked();
  await expect(page.getByLabel('Je naam', { exact: true })).toHaveValue('Anouk de Vries');
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Marieke Jansen');
  await expect(page.getByLabel('E-mailadres', { exact: true })).toHaveValue(
    'directie@musselhorst.nl',
  );
  expect(await storedSettings(page)).toMatchObject({
    role: 'leidinggevende',
    leidinggevende: {
      name: 'Marieke Jansen',
      email: 'directie@musselhorst.nl',
      phone: '06 12345678',
    },
  });
  await page.close();
});

test('a bad e-mail address is named at its field and nothing is stored', async ({ shared }) => {
  const page = await openOptions(shared, {
    sync: { settings: { leidinggevende: { name: 'Marieke', email: 'm@musselhorst.nl' } } },
  });
  await page.getByLabel('E-mailadres', { exact: true }).fill('marieke-at-musselhorst');
  await page.getByLabel(/Chatlink/).fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/Niet opgeslagen/);
  await expect(page.getByLabel('E-mailadres', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByLabel(/Chatlink/)).toHaveAttribute('aria-invalid', 'true');
  expect(await storedSettings(page)).toMatchObject({
    leidinggevende: { name: 'Marieke', email: 'm@musselhorst.nl' },
  });
  await page.close();
});

test('a damaged stored value gives a notice and its default, not a blank page', async ({
  shared,
}) => {
  const page = await openOptions(shared, {
    sync: { settings: { role: 7, name: 'Anouk', platforms: 'alles' } },
  });
  await expect(page.getByTestId('notices')).toContainText('beschadigd');
  await expect(page.getByTestId('notices')).toContainText('role, platforms');
  await expect(page.getByLabel('Je naam', { exact: true })).toHaveValue('Anouk');
  await expect(page.getByRole('radio', { name: /Medewerker/ })).toBeChecked();
  // Saving writes valid values back, and the notice goes.
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByTestId('notices')).toHaveCount(0);
  expect(await storedSettings(page)).toMatchObject({ role: 'medewerker', platforms: {} });
  await page.close();
});

test('the disclaimer preview and length follow what is typed', async ({ shared }) => {
  const page = await openOptions(shared);
  const preview = page.getByTestId('bd-disclaimerShort-preview');
  await expect(preview).toContainText('Persoonlijke mening, niet namens obs de Musselhorst.');
  await page.getByLabel(/Korte versie/).fill('Privé 😀 & niet namens school');
  await expect(preview).toContainText('Privé 😀 & niet namens school');
  await expect(page.getByTestId('bd-disclaimerShort-count')).toHaveText('28 tekens');
  await page.getByLabel(/Lange versie/).fill('x'.repeat(300));
  await expect(page.getByTestId('bd-disclaimerLong-count')).toContainText('te lang voor X');
  await page.close();
});

test('switching the language to English', async ({ shared }) => {
  const page = await openOptions(shared);
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Settings/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  await page.close();
});

test('a broken policy file: the field and the problem are named, nothing changes', async ({
  shared,
}) => {
  const page = await openOptions(shared);
  const broken = { ...regenboog, disclaimer: { long: 'Alleen een lange.' }, id: 'Regen Boog' };
  await page.getByTestId('policy-file').setInputFiles(file('kapot.json', JSON.stringify(broken)));
  const errors = page.getByTestId('policy-errors');
  await expect(errors).toContainText('Er is niets veranderd');
  await expect(errors).toContainText('disclaimer.short:');
  await expect(errors).toContainText('id: alleen kleine letters');
  await expect(page.getByTestId('policy-source')).toHaveAttribute('data-source', 'default');
  expect(await storedPack(page)).toBeUndefined();

  await page.getByTestId('policy-file').setInputFiles(file('half.json', '{"schemaVersion": 1,'));
  await expect(errors).toContainText('geen geldig JSON-bestand');
  expect(await storedPack(page)).toBeUndefined();
  await page.close();
});

test('an imported pack takes effect in a compose box; export gives it back; reset', async ({
  shared,
}) => {
  const page = await openOptions(shared);
  const text = JSON.stringify(regenboog, null, 2);
  await page.getByTestId('policy-file').setInputFiles(file('regenboog.json', text));
  await expect(page.getByTestId('policy-result')).toHaveText('Pakket geladen: cbs De Regenboog.');
  await expect(page.getByTestId('policy-source')).toHaveAttribute('data-source', 'user');

  // On a site: the pack's switched-off rule is silent and its extra words are reminded of,
  // from the worker and from the content script's own fallback alike.
  const f = fixture('x-post');
  const site = await shared.context.newPage();
  await site.goto(await servePlatformFixture(shared.context, f.name));
  const surface = platforms
    .find((p) => p.id === f.platform)!
    .surfaces.find((s) => s.id === f.surface)!;
  const editor = site.locator(surface.editor.join(', ')).first();
  await editor.click();
  await site.keyboard.type('bsn 111222333, hou het stil');
  const panel = site.locator('bedenk-dat-panel');
  await expect(panel.locator('[data-rule-id="confidentialMarker"]')).toContainText('hou het stil');
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toHaveCount(0);
  expect(await site.evaluate(() => window.__fixture!.state())).toBe('bsn 111222333, hou het stil');

  const cdp = await shared.context.newCDPSession(site);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await site.keyboard.type(', echt');
  await expect(panel.locator('[data-rule-id="confidentialMarker"]')).toContainText('hou het stil');
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toHaveCount(0);
  await site.close();

  // Export: the same JSON that was imported.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pakket opslaan als bestand' }).click();
  const saved = await (await download).path();
  expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(regenboog);

  // Reset: the default pack again, and its export is obs de Musselhorst's.
  await page.getByRole('button', { name: 'Terug naar het standaardpakket' }).click();
  await expect(page.getByTestId('policy-source')).toHaveAttribute('data-source', 'default');
  expect(await storedPack(page)).toBeUndefined();
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pakket opslaan als bestand' }).click();
  expect(JSON.parse(readFileSync(await (await again).path(), 'utf8'))).toEqual(
    musselhorstPolicyInput,
  );
  await page.close();
});

test('a reminder switched off in the options is gone from the compose box', async ({ shared }) => {
  const page = await openOptions(shared);
  const rule = page.locator('label[data-rule-id="confidentialMarker"] input');
  await expect(rule).toBeChecked();
  await rule.uncheck();
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Opgeslagen.');

  const site = await shared.context.newPage();
  await site.goto(await servePlatformFixture(shared.context, 'facebook-post'));
  const surface = platforms
    .find((p) => p.id === 'facebook')!
    .surfaces.find((s) => s.id === 'post')!;
  await site.locator(surface.editor.join(', ')).first().click();
  await site.keyboard.type('Even onder ons: het BSN van Daan is 111222333');
  const panel = site.locator('bedenk-dat-panel');
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toBeVisible();
  await expect(panel.locator('[data-rule-id="confidentialMarker"]')).toHaveCount(0);
  await site.close();
  await page.close();
});

test('a pack imported while a draft is open re-judges the same words, without a key pressed', async ({
  shared,
}) => {
  const page = await openOptions(shared);
  const site = await shared.context.newPage();
  await site.goto(await servePlatformFixture(shared.context, 'x-post'));
  const surface = platforms.find((p) => p.id === 'x')!.surfaces.find((s) => s.id === 'post')!;
  await site.locator(surface.editor.join(', ')).first().click();
  await site.keyboard.type('bsn 111222333, hou het stil');
  const panel = site.locator('bedenk-dat-panel');
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toBeVisible();
  await expect(panel.locator('[data-rule-id="confidentialMarker"]')).toHaveCount(0);

  // The school's pack switches the BSN reminder off and adds "hou het stil".
  await page.bringToFront();
  await page
    .getByTestId('policy-file')
    .setInputFiles(file('regenboog.json', JSON.stringify(regenboog)));
  await expect(page.getByTestId('policy-result')).toHaveText('Pakket geladen: cbs De Regenboog.');
  await site.bringToFront();
  await expect(panel.locator('[data-rule-id="confidentialMarker"]')).toContainText('hou het stil');
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toHaveCount(0);
  expect(await site.evaluate(() => window.__fixture!.state())).toBe('bsn 111222333, hou het stil');
  await site.close();
  await page.close();
});
