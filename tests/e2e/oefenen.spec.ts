import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { defaultPolicy } from '../../core/policy/musselhorst';
import { t } from '../../core/i18n';
import '../../utils/i18n'; // adds the extension pages' text (the practice page's examples)
import { expect, launchWithExtension, test as base } from './fixtures';

// First run and the practice page "Oefenen", in real Chromium with the built extension: the
// pages that open on install, the welcome's three steps, and practice boxes that run the same
// panel, disclaimer insert and nudge as the sites. One browser per worker.

type Shared = { shared: { context: BrowserContext; id: string } };
const test = base.extend<object, Shared>({
  shared: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-oefenen-'));
      const { context } = await launchWithExtension(dir);
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await use({ context, id: new URL(worker.url()).host });
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

const example = (key: Parameters<typeof t>[1]) => t('nl', key);

async function openPractice(shared: Shared['shared']): Promise<Page> {
  const page = await shared.context.newPage();
  await page.goto(`chrome-extension://${shared.id}/oefenen.html`);
  await expect(page.getByRole('heading', { name: /Oefenen/ })).toBeVisible();
  return page;
}

test('a fresh install opens the welcome and the practice page', async ({ shared }) => {
  await expect
    .poll(() =>
      shared.context
        .pages()
        .map((p) => new URL(p.url()).pathname)
        .sort(),
    )
    .toEqual(expect.arrayContaining(['/oefenen.html', '/welcome.html']));
});

test('welcome: choose a role, set the leidinggevende, done', async ({ shared }) => {
  const page = await shared.context.newPage();
  await page.goto(`chrome-extension://${shared.id}/welcome.html`);
  await expect(page.getByText('Stap 1 van 3')).toBeVisible();
  await page.getByRole('radio', { name: /Leidinggevende/ }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Stap 2 van 3')).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill('Marieke Jansen');
  await page.getByLabel('E-mailadres', { exact: true }).fill('geen adres');
  await page.getByRole('button', { name: 'Volgende' }).click();
  // A bad value is named and keeps the user on this step.
  await expect(page.getByLabel('E-mailadres', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.getByLabel('E-mailadres', { exact: true }).fill('directie@musselhorst.nl');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: 'Klaar!' })).toBeVisible();
  const stored = await page.evaluate(
    async () => (await chrome.storage.sync.get('settings'))['settings'],
  );
  expect(stored).toMatchObject({
    role: 'leidinggevende',
    leidinggevende: { name: 'Marieke Jansen', email: 'directie@musselhorst.nl' },
  });
  await page.getByRole('link', { name: 'Naar Oefenen' }).click();
  await expect(page).toHaveURL(/\/oefenen\.html$/);
  // Reset for the other tests.
  await page.evaluate(async () => {
    await (chrome.storage.sync as unknown as { clear(): Promise<void> }).clear();
  });
  await page.close();
});

test('a confidential example: the same reminders, then the nudge on Post', async ({ shared }) => {
  const page = await openPractice(shared);
  await page.getByRole('button', { name: 'Vertrouwelijk' }).click();
  const box = page.getByTestId('practice-box');
  await expect(box).toHaveValue(example('oefenen.textConfidential'));
  const panel = page.locator('bedenk-dat-panel');
  await expect(panel).toHaveAttribute('data-state', 'findings');
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toHaveAttribute(
    'data-severity',
    'stop',
  );
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toHaveAttribute(
    'data-article',
    '3',
  );

  // Post with reminders open: "Bij twijfel publiceert men niet." Back to the text first.
  await page.getByTestId('practice-post').click();
  const nudge = page.locator('[data-bedenk-dat="nudge"]');
  await expect(nudge).toContainText('Bij twijfel publiceert men niet.');
  await expect(nudge.locator('[data-rule-id="confidentialBsn"]')).toBeVisible();
  await nudge.locator('[data-action="cancel"]').click();
  await expect(nudge).toHaveCount(0);
  await expect(box).toHaveValue(example('oefenen.textConfidential'));
  await expect(page.getByTestId('practice-feed').locator('li')).toHaveCount(0);

  // Then post anyway: it lands in the practice feed, exactly once, and the box empties.
  await page.getByTestId('practice-post').click();
  await nudge.locator('[data-action="post-anyway"]').click();
  await expect(page.getByTestId('practice-feed').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('practice-feed')).toContainText('111222333');
  await expect(page.getByTestId('practice-status')).toHaveText(/niets verstuurd/);
  await expect(box).toHaveValue('');
  await expect(panel).toHaveAttribute('data-state', 'clean');
  await page.close();
});

test('a clean draft posts without a nudge', async ({ shared }) => {
  const page = await openPractice(shared);
  await page.getByRole('button', { name: 'Facebook' }).click();
  await page.getByTestId('practice-box').fill('Fijne herfstvakantie allemaal, tot maandag!');
  await expect(page.locator('bedenk-dat-panel')).toHaveAttribute('data-state', 'clean');
  await page.getByTestId('practice-post').click();
  await expect(page.getByTestId('practice-feed').locator('li')).toHaveCount(1);
  await expect(page.locator('[data-bedenk-dat="nudge"]')).toHaveCount(0);
  await page.close();
});

test('the disclaimer goes in through the editing commands: Ctrl+Z takes it out', async ({
  shared,
}) => {
  const page = await openPractice(shared);
  await page.getByRole('button', { name: 'X', exact: true }).click();
  await page.getByRole('button', { name: 'Mening over onderwijs' }).click();
  const box = page.getByTestId('practice-box');
  const draft = example('oefenen.textOpinion');
  const finding = page.locator('bedenk-dat-panel [data-rule-id="personalOrOnBehalf"]');
  await finding.locator('[data-action="insert-disclaimer"]').click();
  await expect(box).toHaveValue(`${draft}\n\n${defaultPolicy.disclaimer.long}`);

  // The reminder is answered, and the panel says what happened.
  await expect(finding).toHaveCount(0);
  await expect(page.locator('bedenk-dat-panel')).toContainText('Disclaimer toegevoegd');

  await box.press('ControlOrMeta+Z');
  await expect(box).toHaveValue(draft);
  await page.close();
});

test('practising as a leidinggevende raises the stakes (art. 5)', async ({ shared }) => {
  const page = await openPractice(shared);
  await page.getByRole('button', { name: 'Mening over onderwijs' }).click();
  const panel = page.locator('bedenk-dat-panel');
  await expect(panel.locator('[data-rule-id="personalOrOnBehalf"]')).toBeVisible();
  await expect(panel.locator('[data-rule-id="leaderRepresents"]')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Leidinggevende' }).check();
  await expect(panel.locator('[data-rule-id="leaderRepresents"]')).toHaveAttribute(
    'data-article',
    '5',
  );
  await page.close();
});

test('a photo of the sports day: consent, and names next to a photo', async ({ shared }) => {
  const page = await openPractice(shared);
  await page.getByRole('button', { name: 'Instagram' }).click();
  await page.getByRole('button', { name: "Foto's van de sportdag" }).click();
  await expect(page.getByTestId('practice-photo')).toBeVisible();
  const panel = page.locator('bedenk-dat-panel');
  const consent = panel.locator('[data-rule-id="photoConsent"]');
  await expect(consent).toHaveAttribute('data-article', '10');
  await consent.locator('[data-action="check-consent"]').click();
  await expect(consent).toHaveCount(0);
  // Without the photo, the photo reminders go.
  await page.getByRole('button', { name: 'Foto weghalen' }).click();
  await expect(panel.locator('[data-rule-id="photoNamedChild"]')).toHaveCount(0);
  await page.close();
});

test('ask your leidinggevende: the card says how to set one when none is set', async ({
  shared,
}) => {
  const page = await openPractice(shared);
  await page.getByRole('button', { name: 'Boos op een ouder' }).click();
  const panel = page.locator('bedenk-dat-panel');
  await panel.locator('[data-action="contact"]').first().click();
  const card = page.getByTestId('practice-contact');
  await expect(card).toContainText('nog geen leidinggevende');
  await expect(card.getByRole('link', { name: 'Leidinggevende instellen' })).toHaveAttribute(
    'href',
    /options\.html$/,
  );
  await page.close();
});

test("the practice box runs the sites' own pipeline: marks in place, the panel beside it, the same nudge", async ({
  shared,
}) => {
  const page = await openPractice(shared);
  await page.getByRole('button', { name: 'X', exact: true }).click();
  await page.getByRole('button', { name: 'Vertrouwelijk' }).click();
  const panel = page.locator('bedenk-dat-panel');
  await expect(panel).toHaveAttribute('data-state', 'findings');
  // The content script's marks (compose/marks.ts): boxes over the words in a textarea, in
  // our own shadow root; the practice page has no marking code of its own.
  const stops = page.locator('bedenk-dat-marks [data-bedenk-dat-mark="stop"]');
  await expect.poll(() => stops.count()).toBeGreaterThan(0);
  const before = await stops.count();
  // Placed by compose/placement.ts beside the composer, never over it.
  const composer = (await page.locator('.bd-composer').boundingBox())!;
  const card = (await panel.locator('[data-rule-id="confidentialBsn"]').boundingBox())!;
  const overlaps =
    card.x < composer.x + composer.width &&
    composer.x < card.x + card.width &&
    card.y < composer.y + composer.height &&
    composer.y < card.y + card.height;
  expect(overlaps).toBe(false);
  // "Negeren" holds for these words, as on the sites: the BSN's marks go with the reminder.
  await panel.locator('[data-rule-id="confidentialBsn"] [data-action="dismiss"]').click();
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toHaveCount(0);
  await expect.poll(() => stops.count()).toBeLessThan(before);
  // The nudge is the content script's SubmitGuard, in its own host element.
  await page.getByTestId('practice-post').click();
  await expect(page.locator('bedenk-dat-nudge [data-bedenk-dat="nudge"]')).toContainText(
    'Bij twijfel publiceert men niet.',
  );
  await page.close();
});
