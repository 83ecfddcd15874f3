import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, launchWithExtension, test as base } from './fixtures';
import { extensionPage, openPopupFor, setSettings } from './popupPage';
import { fixture, servePlatformFixture } from './serve';

// The popup with the real extension, describing a fixture tab: status, pause, the contact
// form with its mailto: link. One browser per worker; each test opens its own pages.

type Shared = { shared: { context: BrowserContext; outside: string[] } };
const test = base.extend<object, Shared>({
  shared: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-popup-'));
      const launched = await launchWithExtension(dir);
      await use(launched);
      await launched.context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

const LEADER = {
  name: 'Anna de Vries',
  email: 'anna.devries@musselhorst.nl',
  phone: '0591 123 456',
};

/** Opens a fixture page under its real URL. */
async function openFixture(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(await servePlatformFixture(context, name));
  return page;
}

test.afterEach(async ({ shared }) => {
  for (const page of shared.context.pages()) await page.close();
  const page = await extensionPage(shared.context);
  await setSettings(page, {}); // back to the defaults for the next test
  await page.close();
});

test('status of a fixture tab: platform, open reminders, and pausing removes the panel', async ({
  shared,
}) => {
  const f = fixture('x-post');
  const page = await openFixture(shared.context, f.name);
  const editor = page.locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  await page.keyboard.type('Even onder ons: het BSN van Daan is 111222333');
  const panel = page.locator('bedenk-dat-panel');
  await expect(panel).toHaveAttribute('data-state', 'findings');
  // Both reminders, not the first one judged while typing (a full-suite run counted 1).
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toBeVisible();
  await expect(panel.locator('[data-rule-id="confidentialMarker"]')).toBeVisible();
  const open = await panel.locator('[data-severity="warning"], [data-severity="stop"]').count();
  expect(open).toBeGreaterThanOrEqual(2);

  const popup = await openPopupFor(shared.context, f.url);
  const status = popup.getByTestId('tab-status');
  await expect(status).toContainText('Bedenk dat kijkt mee op X.');
  await expect(status.locator('[data-open-reminders]')).toHaveAttribute(
    'data-open-reminders',
    String(open),
  );
  await expect(status).toContainText(`${open} open herinneringen`);
  // This week's numbers count the reminders the panel showed (numbers only).
  const shown = await panel.locator('[data-rule-id]').count();
  const week = popup.getByTestId('week');
  await expect(week).toContainText('Herinneringen getoond');
  expect(
    Number(await week.locator('[data-count="reminderShown"]').textContent()),
  ).toBeGreaterThanOrEqual(shown);

  // Pause on x.com: the panel leaves the page, the draft stays as it was.
  const onSwitch = popup.getByRole('switch', { name: 'Aan op x.com' });
  await expect(onSwitch).toBeChecked();
  await onSwitch.click();
  await expect(status).toContainText('Bedenk dat is gepauzeerd op x.com.');
  await expect(panel).toHaveCount(0);
  expect(await page.evaluate(() => window.__fixture!.state())).toBe(
    'Even onder ons: het BSN van Daan is 111222333',
  );
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' en 123456782');
  await expect
    .poll(() => page.evaluate(() => window.__fixture!.state()))
    .toBe('Even onder ons: het BSN van Daan is 111222333 en 123456782');
  await expect(panel).toHaveCount(0);

  // On again: the reminders come back when the user types.
  await onSwitch.click();
  await expect(onSwitch).toBeChecked();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('.');
  await expect(panel).toHaveAttribute('data-state', 'findings');
});

test('X switched off in the options: the popup says so, not "kijkt mee op X"', async ({
  shared,
}) => {
  const settingsPage = await extensionPage(shared.context);
  await setSettings(settingsPage, { platforms: { x: false } });
  const f = fixture('x-post');
  const page = await openFixture(shared.context, f.name);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Even onder ons: het BSN van Daan is 111222333');

  const popup = await openPopupFor(shared.context, f.url);
  const status = popup.getByTestId('tab-status');
  await expect(status.locator('[data-state]')).toHaveAttribute('data-state', 'offInOptions');
  await expect(status).toContainText(
    'Bedenk dat kijkt niet mee op X: uitgezet in je instellingen.',
  );
  await expect(status).not.toContainText('kijkt mee op X.');
  // No reminder count and no pause switch: neither would mean anything here.
  await expect(status.locator('[data-open-reminders]')).toHaveCount(0);
  await expect(popup.getByRole('switch')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Aanzetten in de instellingen' })).toBeVisible();
});

test('contact form: the draft of the compose box, and a mailto: link that decodes exactly', async ({
  shared,
}) => {
  const settingsPage = await extensionPage(shared.context);
  await setSettings(settingsPage, { name: 'Piet Jansen', leidinggevende: LEADER });

  const f = fixture('x-mobile'); // a React-controlled textarea: newlines and emoji as typed
  const page = await openFixture(shared.context, f.name);
  const draft = 'Sportdag 🏃‍♀️ & spelletjes\nTot morgen!\n\nGroetjes 😊';
  await page.locator('[data-testid="tweetTextarea_0"]').fill(draft);
  await expect.poll(() => page.evaluate(() => window.__fixture!.state())).toBe(draft);
  await expect(page.locator('bedenk-dat-panel')).toHaveCount(1); // Bedenk dat has seen the box

  const popup = await openPopupFor(shared.context, f.url);
  const contact = popup.getByTestId('contact');
  await expect(contact).toContainText('Aan: Anna de Vries, je leidinggevende');
  await expect(contact.getByLabel('Je concept (pas het aan of laat het weg)')).toHaveValue(draft);
  await expect(contact).toContainText(`Pagina: ${f.url}`);
  await contact.getByLabel('Je vraag').fill('Mag dit zo? Ja & nee, 100% #twijfel');

  const href = await contact.getByRole('link', { name: 'Mail openen' }).getAttribute('href');
  expect(href).not.toBeNull();
  // Parsed the way a mail program does (RFC 6068): address, then &-separated fields.
  const [address, query] = href!.slice('mailto:'.length).split('?') as [string, string];
  expect(address).toBe('anna.devries@musselhorst.nl');
  const fields = Object.fromEntries(
    query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
  );
  expect(fields).toEqual({
    subject: 'Vraag over een bericht op X',
    body: [
      'Hoi Anna de Vries,',
      '',
      'Mag dit zo? Ja & nee, 100% #twijfel',
      '',
      'Dit wil ik plaatsen:',
      '> Sportdag 🏃‍♀️ & spelletjes',
      '> Tot morgen!',
      '>',
      '> Groetjes 😊',
      '',
      `Pagina: ${f.url}`,
      '',
      'Groeten,',
      'Piet Jansen',
    ].join('\r\n'),
  });
  await expect(contact.getByRole('link', { name: 'Bellen: 0591 123 456' })).toHaveAttribute(
    'href',
    'tel:0591123456',
  );

  // Leaving the draft out takes it out of the message.
  await contact.getByRole('button', { name: 'Concept weglaten' }).click();
  const without = await contact.getByRole('link', { name: 'Mail openen' }).getAttribute('href');
  expect(decodeURIComponent(without!)).not.toContain('Sportdag');
  expect(shared.outside).toEqual([]);
});

test('no leidinggevende set: the popup says so and opens the options page', async ({ shared }) => {
  const f = fixture('facebook-post');
  await openFixture(shared.context, f.name);
  const popup = await openPopupFor(shared.context, f.url);
  const contact = popup.getByTestId('contact');
  await expect(contact).toContainText('Je hebt nog geen leidinggevende ingesteld.');
  await expect(contact.getByRole('link', { name: 'Mail openen' })).toHaveCount(0);
  const [options] = await Promise.all([
    shared.context.waitForEvent('page'),
    contact.getByRole('button', { name: 'Naar de instellingen' }).click(),
  ]);
  await expect.poll(() => options.url()).toMatch(/\/options\.html/);
});

test('"Vraag je leidinggevende" in the panel and in the nudge opens the contact form with this draft', async ({
  shared,
}) => {
  const settingsPage = await extensionPage(shared.context);
  await setSettings(settingsPage, { name: 'Piet Jansen', leidinggevende: LEADER });
  const f = fixture('x-post');
  const page = await openFixture(shared.context, f.name);
  const draft = 'Mag dit wel? Het BSN van Daan is 111222333';
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(draft);
  const finding = page.locator('bedenk-dat-panel [data-rule-id="confidentialBsn"]');
  await expect(finding).toBeVisible();

  const [fromPanel] = await Promise.all([
    shared.context.waitForEvent('page'),
    finding.locator('[data-action="contact"]').click(),
  ]);
  await expect(fromPanel).toHaveURL(/\/popup\.html\?tab=\d+$/);
  const contact = fromPanel.getByTestId('contact');
  await expect(contact).toContainText('Aan: Anna de Vries, je leidinggevende');
  await expect(contact.getByLabel('Je concept (pas het aan of laat het weg)')).toHaveValue(draft);
  await fromPanel.close();

  // The nudge on Post: "ask" goes back to the text, posts nothing, and opens the same form.
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.press('ControlOrMeta+Enter');
  const nudge = page.locator('[data-bedenk-dat="nudge"]');
  await expect(nudge).toBeVisible();
  const [fromNudge] = await Promise.all([
    shared.context.waitForEvent('page'),
    nudge.locator('[data-action="contact"]').click(),
  ]);
  await expect(fromNudge).toHaveURL(/\/popup\.html\?tab=\d+$/);
  await expect(nudge).toHaveCount(0);
  expect(await page.evaluate(() => window.__fixture!.posted)).toEqual([]);
  expect(await page.evaluate(() => window.__fixture!.state())).toBe(draft);
  await fromNudge.close();
  await page.close();
});
