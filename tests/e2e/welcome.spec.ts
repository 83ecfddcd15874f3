import type { BrowserContext, Locator } from '@playwright/test';
import { open, test, typeInto } from './compose';
import { expect } from './fixtures';
import { extensionIdOf, extensionPage, setSettings } from './popupPage';

// The welcome page's form for the school's own phone numbers and mail addresses (issue 13):
// what staff (or IT setting up a machine) enter there is the school's, so a draft with it gets
// no "private number" reminder — for a leidinggevende that was a stop.
// (A mobile number: the rules already take a landline in a vacancy as the school's own.)

const VACANCY = 'Vacature! Interesse? Bel 06 21 43 65 87 voor meer informatie';

/** The welcome page in a new tab, walked to its third step: the school's numbers form. */
async function schoolContactsForm(context: BrowserContext): Promise<Locator> {
  const welcome = await context.newPage();
  await welcome.goto(`chrome-extension://${await extensionIdOf(context)}/welcome.html`);
  for (const step of ['Stap 1 van 3', 'Stap 2 van 3']) {
    await expect(welcome.getByText(step)).toBeVisible();
    await welcome.getByRole('button', { name: 'Volgende' }).click();
  }
  return welcome.getByTestId('school-contacts');
}

test.afterEach(async ({ shared }) => {
  for (const page of shared.context.pages()) await page.close();
  const page = await extensionPage(shared.context);
  await setSettings(page, {}); // back to the defaults for the next test
  await page.close();
});

test("the school's number entered on the welcome page is no longer a stop in a leader's post", async ({
  shared,
}) => {
  const settings = await extensionPage(shared.context);
  await setSettings(settings, { role: 'leidinggevende' });

  // Before: the school's own number in a vacancy is a stop.
  const o = await open(shared.context, 'facebook-post');
  await typeInto(o, VACANCY);
  const phone = o.panel.locator('[data-rule-id="confidentialPhone"]');
  await expect(phone).toHaveAttribute('data-severity', 'stop');

  // The welcome page: a bad line is named and nothing is stored; then the number as written.
  const form = await schoolContactsForm(shared.context);
  const phones = form.getByLabel('Telefoonnummers van de school');
  await phones.fill('06 21 43 65 87\n0513 12');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('alert')).toContainText('“0513 12” is geen telefoonnummer');
  await expect(phones).toHaveAttribute('aria-invalid', 'true');
  await phones.fill('06-21436587');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('status')).toHaveText('Opgeslagen.');

  // After: typing on in the same draft, the number gets no phone reminder at all.
  await o.page.bringToFront();
  await o.editor.click();
  await o.page.keyboard.press('ControlOrMeta+End');
  await o.page.keyboard.type(' Groet!');
  await expect.poll(o.state).toBe(`${VACANCY} Groet!`);
  await expect(phone).toHaveCount(0);
});

test("saving the school's number re-judges an open draft with the same words: its phone reminder goes without retyping", async ({
  shared,
}) => {
  // Issue 13: the box kept the reminder made before the save until its words changed.
  const o = await open(shared.context, 'x-post');
  await typeInto(o, VACANCY);
  const phone = o.panel.locator('[data-rule-id="confidentialPhone"]');
  await expect(phone).toHaveAttribute('data-severity', /^(warning|stop)$/);

  const form = await schoolContactsForm(shared.context);
  await form.getByLabel('Telefoonnummers van de school').fill('06 21 43 65 87');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('status')).toHaveText('Opgeslagen.');

  // Not a key pressed in the box: the same words, judged again with the school's number.
  await o.page.bringToFront();
  await expect(phone).toHaveCount(0);
  expect(await o.state()).toBe(VACANCY);

  // Typing the identical draft again does not bring the old answer back.
  await o.editor.click();
  await o.page.keyboard.press('ControlOrMeta+A');
  await o.page.keyboard.type(VACANCY);
  await expect.poll(o.state).toBe(VACANCY);
  await expect(phone).toHaveCount(0);
});
